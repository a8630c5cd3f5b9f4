package dev.alam.text;

/**
 * A sentence: the span from its first token's start to its last token's end, in UTF-16 indices
 * of the original input.
 *
 * @param start the first index of the sentence
 * @param end the index just past the sentence
 */
public record Sentence(int start, int end) {
  /**
   * Validates the span.
   *
   * @throws IllegalArgumentException unless {@code 0 <= start < end}
   */
  public Sentence {
    if (start < 0 || start >= end) {
      throw new IllegalArgumentException("need 0 <= start < end, got [" + start + ", " + end + ")");
    }
  }
}
