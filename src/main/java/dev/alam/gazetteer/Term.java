package dev.alam.gazetteer;

import java.util.Objects;

/**
 * A word or fixed phrase of a closed lexicon class, with its grammar: an office title ({@code
 * وزيرة}), an organisation or event head noun, an honorific, a name particle or a reporting
 * verb.
 *
 * @param form the form as written, e.g. {@code مستشاري}
 * @param lemma its dictionary form, e.g. {@code مستشار}; equal to {@code form} for the lemma
 *     itself
 * @param gender its gender (for a verb: its subject's)
 * @param number its number (for a verb: its subject's)
 */
public record Term(String form, String lemma, Gender gender, GrammaticalNumber number) {
  /**
   * Validates the term.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if a text is blank
   */
  public Term {
    Lexicon.requireText(form, "form");
    Lexicon.requireText(lemma, "lemma");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(number, "number");
  }
}
