package dev.alam.ner;

import java.util.Objects;

/**
 * A candidate mention found by a {@link Recognizer}, in token space: it covers the tokens {@code
 * [startToken, endToken)} of the text it was found in. The merge step turns accepted mentions
 * into {@link Entity entities} with character offsets.
 *
 * @param type what the mention names
 * @param startToken the index of its first token
 * @param endToken the index just past its last token
 * @param linkId the ISO 3166-1 alpha-2 code of a COUNTRY or of a CITY's country; null otherwise
 * @param confidence how sure the recogniser is, in {@code [0, 1]}
 * @param source which kind of recogniser found it
 */
public record Mention(
    EntityType type, int startToken, int endToken, String linkId, double confidence,
    Source source) {

  /**
   * Validates the mention.
   *
   * @throws NullPointerException if {@code type} or {@code source} is null
   * @throws IllegalArgumentException unless {@code 0 <= startToken < endToken} and {@code 0 <=
   *     confidence <= 1}
   */
  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    if (startToken < 0 || startToken >= endToken) {
      throw new IllegalArgumentException(
          "need 0 <= startToken < endToken, got [" + startToken + ", " + endToken + ")");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
  }

  /** Returns the number of tokens covered. */
  public int length() {
    return endToken - startToken;
  }

  /** Returns true if this mention covers every token of {@code other}. */
  public boolean contains(Mention other) {
    return startToken <= other.startToken && other.endToken <= endToken;
  }

  /** Returns true if the two mentions share a token but neither contains the other. */
  public boolean crosses(Mention other) {
    return startToken < other.endToken && other.startToken < endToken
        && !contains(other) && !other.contains(this);
  }

  /** Returns true if both cover exactly the same tokens. */
  public boolean sameSpan(Mention other) {
    return startToken == other.startToken && endToken == other.endToken;
  }
}
