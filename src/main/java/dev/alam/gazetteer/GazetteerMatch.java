package dev.alam.gazetteer;

import dev.alam.text.Token;
import java.util.List;
import java.util.Objects;

/**
 * A key of a {@link Gazetteer} found in a token list.
 *
 * <p>The span is in <em>token indices</em> of the list that was matched, half-open: the match
 * covers {@code tokens.subList(startToken, endToken)}. Use {@link #charStart(List)} and {@link
 * #charEnd(List)} for the UTF-16 offsets in the original text.
 *
 * @param startToken index of the first matched token
 * @param endToken index just past the last matched token
 * @param values the payloads stored under the matched key, in insertion order; never empty
 * @param <V> the payload type
 */
public record GazetteerMatch<V>(int startToken, int endToken, List<V> values) {
  /**
   * Validates the match.
   *
   * @throws NullPointerException if {@code values} is null or holds null
   * @throws IllegalArgumentException unless {@code 0 <= startToken < endToken} and {@code values}
   *     is not empty
   */
  public GazetteerMatch {
    if (startToken < 0 || startToken >= endToken) {
      throw new IllegalArgumentException(
          "need 0 <= startToken < endToken, got [" + startToken + ", " + endToken + ")");
    }
    values = List.copyOf(Objects.requireNonNull(values, "values"));
    if (values.isEmpty()) {
      throw new IllegalArgumentException("values is empty");
    }
  }

  /** Returns the number of tokens matched. */
  public int tokenCount() {
    return endToken - startToken;
  }

  /**
   * Returns the UTF-16 offset in the original text where the match starts.
   *
   * @param tokens the token list this match was found in
   * @throws IndexOutOfBoundsException if {@code tokens} is shorter than the match
   */
  public int charStart(List<Token> tokens) {
    return tokens.get(startToken).start();
  }

  /**
   * Returns the UTF-16 offset in the original text just past the match.
   *
   * @param tokens the token list this match was found in
   * @throws IndexOutOfBoundsException if {@code tokens} is shorter than the match
   */
  public int charEnd(List<Token> tokens) {
    return tokens.get(endToken - 1).end();
  }
}
