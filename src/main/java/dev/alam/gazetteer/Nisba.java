package dev.alam.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Inflects a nationality adjective (nisba) from its stem, the indefinite masculine singular
 * ending in {@code ي}. For {@code إيراني}, each form also with the article {@code ال}:
 *
 * <ul>
 *   <li>masculine singular {@code إيراني}, feminine singular {@code إيرانية};
 *   <li>masculine plural {@code إيرانيون} (nominative) and {@code إيرانيين} (oblique), feminine
 *       plural {@code إيرانيات};
 *   <li>masculine dual {@code إيرانيان} and {@code إيرانيين}, feminine dual {@code إيرانيتان}
 *       and {@code إيرانيتين}.
 * </ul>
 *
 * <p>Undiacritised, the masculine dual oblique is spelled like the plural oblique; both analyses
 * are returned. A stem of several words ({@code كوري جنوبي}) inflects every word alike and puts
 * the article on every word ({@code الكورية الجنوبية}). Broken plurals ({@code الروس}, {@code
 * الأفغان}) are not derivable and live in {@code demonyms-irregular.tsv}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Nisba {
  private static final String ARTICLE = "ال";
  private static final char YEH = 'ي';

  private Nisba() {}

  /** The suffix, gender and number of each derived form, in output order. */
  private enum Form {
    MS("", Gender.MASCULINE, GrammaticalNumber.SINGULAR),
    FS("ة", Gender.FEMININE, GrammaticalNumber.SINGULAR),
    MP_NOM("ون", Gender.MASCULINE, GrammaticalNumber.PLURAL),
    MP_OBL("ين", Gender.MASCULINE, GrammaticalNumber.PLURAL),
    FP("ات", Gender.FEMININE, GrammaticalNumber.PLURAL),
    MD_NOM("ان", Gender.MASCULINE, GrammaticalNumber.DUAL),
    MD_OBL("ين", Gender.MASCULINE, GrammaticalNumber.DUAL),
    FD_NOM("تان", Gender.FEMININE, GrammaticalNumber.DUAL),
    FD_OBL("تين", Gender.FEMININE, GrammaticalNumber.DUAL);

    final String suffix;
    final Gender gender;
    final GrammaticalNumber number;

    Form(String suffix, Gender gender, GrammaticalNumber number) {
      this.suffix = suffix;
      this.gender = gender;
      this.number = number;
    }
  }

  /**
   * Returns every form of the nisba {@code stem}: the nine forms listed above, indefinite then
   * definite, 18 in all.
   *
   * @param code the ISO 3166-1 alpha-2 code the adjective refers to
   * @param stem the indefinite masculine singular, one or more space-separated words each ending
   *     in {@code ي} and none starting with {@code ال}
   * @return the forms, unmodifiable
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code code} is not an accepted alpha-2 code or {@code
   *     stem} is not a well-formed stem
   */
  public static List<Demonym> forms(String code, String stem) {
    Objects.requireNonNull(code, "code");
    String[] words = words(stem);
    List<Demonym> out = new ArrayList<>(2 * Form.values().length);
    for (boolean definite : new boolean[] {false, true}) {
      for (Form form : Form.values()) {
        StringBuilder text = new StringBuilder();
        for (String word : words) {
          if (text.length() > 0) {
            text.append(' ');
          }
          text.append(definite ? ARTICLE : "").append(word).append(form.suffix);
        }
        out.add(new Demonym(code, text.toString(), stem, form.gender, form.number, definite));
      }
    }
    return List.copyOf(out);
  }

  private static String[] words(String stem) {
    Objects.requireNonNull(stem, "stem");
    String[] words = stem.split(" ", -1);
    for (String word : words) {
      if (word.length() < 2 || word.charAt(word.length() - 1) != YEH) {
        throw new IllegalArgumentException(
            "a nisba stem's words must end in ي, got '" + stem + "'");
      }
      if (word.startsWith(ARTICLE)) {
        throw new IllegalArgumentException("a nisba stem is indefinite, got '" + stem + "'");
      }
    }
    return words;
  }
}
