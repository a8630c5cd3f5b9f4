package dev.alam.text;

import java.util.List;
import java.util.Objects;

/**
 * A text with its tokens and sentences, both in document order, both with UTF-16 offsets into
 * {@link #text()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class TokenizedText {
  private final String text;
  private final List<Token> tokens;
  private final List<Sentence> sentences;

  /**
   * Creates the analysis of {@code text}.
   *
   * @throws NullPointerException if any argument is null or a list contains null
   */
  public TokenizedText(String text, List<Token> tokens, List<Sentence> sentences) {
    this.text = Objects.requireNonNull(text, "text");
    this.tokens = List.copyOf(tokens);
    this.sentences = List.copyOf(sentences);
  }

  /** Returns the original text; never null. */
  public String text() {
    return text;
  }

  /** Returns the tokens in document order; unmodifiable, never null. */
  public List<Token> tokens() {
    return tokens;
  }

  /** Returns the sentences in document order; unmodifiable, never null. */
  public List<Sentence> sentences() {
    return sentences;
  }

  /**
   * Returns the tokens that lie within {@code sentence}, as an unmodifiable view.
   *
   * @throws NullPointerException if {@code sentence} is null
   */
  public List<Token> tokensOf(Sentence sentence) {
    Objects.requireNonNull(sentence, "sentence");
    int from = firstTokenAtOrAfter(sentence.start());
    int to = firstTokenAtOrAfter(sentence.end());
    return tokens.subList(from, to);
  }

  /** Returns the index of the first token starting at or after {@code offset}. */
  int firstTokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public String toString() {
    return "TokenizedText[" + tokens.size() + " tokens, " + sentences.size() + " sentences]";
  }
}
