package dev.alam.gazetteer;

import java.util.Objects;

/**
 * A word with a class label from a curated word list: a function word and its class ({@code
 * preposition}, {@code relative} …), or a phrase word and its role ({@code modifier}, {@code
 * generic}, {@code domain}).
 *
 * @param form the word as written (careful spelling)
 * @param tag the class or role, lower case
 */
public record TaggedWord(String form, String tag) {
  /**
   * Validates the word.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is blank
   */
  public TaggedWord {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(tag, "tag");
    if (form.isBlank() || tag.isBlank()) {
      throw new IllegalArgumentException("form and tag must not be blank");
    }
  }
}
