package dev.alam.text;

import java.util.Objects;

/**
 * A token of an input text.
 *
 * @param text the token's characters, exactly {@code input.substring(start, end)}
 * @param start the first UTF-16 index of the token in the original input
 * @param end the UTF-16 index just past the token in the original input
 * @param norm the token's normalised form ({@link Normalizer#standard()}); for a word that lost
 *     the alef of its article to a {@code ل} proclitic ({@code للأحزاب → ل + لأحزاب}) the article
 *     is restored ({@code الاحزاب}); never empty
 * @param kind what the token is
 */
public record Token(String text, int start, int end, String norm, TokenKind kind) {
  /**
   * Validates the token.
   *
   * @throws NullPointerException if any reference is null
   * @throws IllegalArgumentException unless {@code 0 <= start < end}, {@code text} is {@code end -
   *     start} characters long and {@code norm} is not empty
   */
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(norm, "norm");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || start >= end) {
      throw new IllegalArgumentException("need 0 <= start < end, got [" + start + ", " + end + ")");
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "text length " + text.length() + " does not match span [" + start + ", " + end + ")");
    }
    if (norm.isEmpty()) {
      throw new IllegalArgumentException("norm is empty for token '" + text + "'");
    }
  }

  /** Returns the token's length in UTF-16 code units. */
  public int length() {
    return end - start;
  }
}
