package dev.alam.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alam.text.Token;
import dev.alam.text.TokenizedText;
import java.util.List;

/**
 * The notation the recogniser tests write candidates in: {@code TYPE[/SOURCE]:words[#n]}, the
 * {@code n}-th occurrence of the words in the text ({@code #1} if left out), from {@code SOURCE}
 * ({@code GRAMMAR} if left out); several are separated by {@code " | "}.
 */
final class MentionNotation {
  private MentionNotation() {}

  /** The items of a {@code " | "}-separated list; none for null or blank. */
  static List<String> items(String notation) {
    if (notation == null || notation.isBlank()) {
      return List.of();
    }
    return List.of(notation.strip().split(" \\| "));
  }

  /** The mentions of a {@code " | "}-separated list of {@code TYPE[/SOURCE]:words[#n]}. */
  static List<Mention> mentions(TokenizedText text, String notation) {
    List<Mention> out = new java.util.ArrayList<>();
    for (String m : items(notation)) {
      out.add(mention(text, m));
    }
    return out;
  }

  /**
   * The {@code (startToken, endToken)} ranges of a {@code " | "}-separated list of {@code
   * words[#n]}, for comparing with what a stage found.
   */
  static List<org.assertj.core.groups.Tuple> ranges(TokenizedText text, String notation) {
    List<org.assertj.core.groups.Tuple> out = new java.util.ArrayList<>();
    for (String words : items(notation)) {
      Mention m = mention(text, "MISC:" + words);
      out.add(org.assertj.core.api.Assertions.tuple(m.startToken(), m.endToken()));
    }
    return out;
  }

  /** The mention {@code TYPE[/SOURCE]:words[#n]}, by token indices of {@code text}. */
  static Mention mention(TokenizedText text, String notation) {
    int colon = notation.indexOf(':');
    int slash = notation.indexOf('/');
    boolean sourced = slash >= 0 && slash < colon;
    int hash = notation.lastIndexOf('#');
    String words = notation.substring(colon + 1, hash < 0 ? notation.length() : hash);
    int occurrence = hash < 0 ? 1 : Integer.parseInt(notation.substring(hash + 1));
    int at = -1;
    for (int n = 0; n < occurrence; n++) {
      at = text.text().indexOf(words, at + 1);
    }
    int start = -1;
    int end = -1;
    List<Token> tokens = text.tokens();
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).start() == at) {
        start = k;
      }
      if (tokens.get(k).end() == at + words.length()) {
        end = k + 1;
      }
    }
    assertThat(start).as(words + " in " + text.text()).isNotNegative();
    return new Mention(EntityType.valueOf(notation.substring(0, sourced ? slash : colon)), start,
        end, null, 0.9,
        sourced ? Source.valueOf(notation.substring(slash + 1, colon)) : Source.GRAMMAR);
  }
}
