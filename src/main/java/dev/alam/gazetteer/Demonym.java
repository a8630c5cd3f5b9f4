package dev.alam.gazetteer;

import java.util.Objects;

/**
 * A nationality adjective or demonym in one gender, number and state: {@code الإيرانية} is the
 * definite feminine singular of the stem {@code إيراني}.
 *
 * @param code the country's ISO 3166-1 alpha-2 code
 * @param form the word(s) as written, e.g. {@code الإيرانيين}
 * @param stem the indefinite masculine singular it derives from ({@code إيراني}); for a broken
 *     plural listed as such, the indefinite form itself ({@code روس})
 * @param gender the form's gender
 * @param number the form's number
 * @param definite true if the form carries the article {@code ال}
 */
public record Demonym(
    String code, String form, String stem, Gender gender, GrammaticalNumber number,
    boolean definite) {
  /**
   * Validates the demonym.
   *
   * @throws NullPointerException if any reference is null
   * @throws IllegalArgumentException if {@code code} is not an accepted alpha-2 code or a text
   *     is blank
   */
  public Demonym {
    Lexicon.requireCode(code);
    Lexicon.requireText(form, "form");
    Lexicon.requireText(stem, "stem");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(number, "number");
  }
}
