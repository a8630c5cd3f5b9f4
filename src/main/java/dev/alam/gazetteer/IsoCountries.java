package dev.alam.gazetteer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ISO 3166-1 alpha-2 country codes the lexicons may use: those of {@link
 * Locale#getISOCountries()} plus {@code XK} (Kosovo, a user-assigned code in wide use, and in
 * both CLDR and i18n-iso-countries).
 *
 * <p>Stateless and thread-safe.
 */
public final class IsoCountries {
  private static final Set<String> CODES;

  static {
    TreeSet<String> codes = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
    codes.add("XK");
    CODES = Set.copyOf(codes);
  }

  private IsoCountries() {}

  /** Returns every accepted code, as an unmodifiable set of upper-case two-letter strings. */
  public static Set<String> codes() {
    return CODES;
  }

  /**
   * Returns true if {@code code} is an accepted alpha-2 code, in upper case.
   *
   * @throws NullPointerException if {@code code} is null
   */
  public static boolean isAssigned(String code) {
    return CODES.contains(code);
  }
}
