package dev.alam.ner;

import dev.alam.text.Sentence;
import dev.alam.text.Token;
import dev.alam.text.TokenizedText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The earlier candidates of some types, indexed by start token, for grammars that build on them.
 * Built per call; confined to one thread.
 */
final class MentionIndex {
  private final Map<Integer, Mention> longestByStart = new HashMap<>();

  MentionIndex(List<Mention> mentions, Set<EntityType> types) {
    for (Mention m : mentions) {
      if (types.contains(m.type())) {
        longestByStart.merge(m.startToken(), m,
            (a, b) -> b.length() > a.length()
                || (b.length() == a.length() && b.confidence() > a.confidence()) ? b : a);
      }
    }
  }

  /** The longest indexed mention starting at token {@code start}, or null. */
  Mention longestAt(int start) {
    return longestByStart.get(start);
  }

  /**
   * For each token, the index just past the last token of its sentence, so that no phrase runs
   * across a sentence boundary.
   */
  static int[] sentenceEnds(TokenizedText text) {
    List<Token> tokens = text.tokens();
    int[] ends = new int[tokens.size()];
    int t = 0;
    for (Sentence s : text.sentences()) {
      int first = t;
      while (t < tokens.size() && tokens.get(t).end() <= s.end()) {
        t++;
      }
      for (int k = first; k < t; k++) {
        ends[k] = t;
      }
    }
    for (; t < tokens.size(); t++) {
      ends[t] = tokens.size();
    }
    return ends;
  }
}
