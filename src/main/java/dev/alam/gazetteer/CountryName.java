package dev.alam.gazetteer;

import java.util.Objects;

/**
 * A name that denotes a country.
 *
 * @param code the country's ISO 3166-1 alpha-2 code, see {@link IsoCountries}
 * @param name the name as written, e.g. {@code الولايات المتحدة}
 * @param kind where the name comes from and what it is
 */
public record CountryName(String code, String name, Kind kind) {
  /** What kind of name a {@link CountryName} is. */
  public enum Kind {
    /** A name from CLDR or i18n-iso-countries (generated list). */
    NAME,
    /** A curated spelling variant or common alternative name ({@code أميركا}, {@code سورية}). */
    VARIANT,
    /** A well-established political reference to a state ({@code الكيان الصهيوني}). */
    REFERENCE
  }

  /**
   * Validates the name.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code code} is not an accepted alpha-2 code or {@code
   *     name} is blank
   */
  public CountryName {
    Lexicon.requireCode(code);
    Lexicon.requireText(name, "name");
    Objects.requireNonNull(kind, "kind");
  }
}
