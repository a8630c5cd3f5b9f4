package dev.alam.ner;

import dev.alam.text.Token;
import dev.alam.text.TokenKind;
import dev.alam.text.TokenizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Label consistency within a document: a name that an earlier stage found somewhere in the text
 * is a name wherever else it occurs, with the same type. A PERSON, ORGANIZATION, LOCATION or MISC
 * candidate of up to {@value #MAX_LENGTH} words gives a new candidate (source {@link
 * Source#COREFERENCE}) at every other occurrence of the same words that no candidate touches
 * yet. Names found with two different types are left alone, and so are one-word names that are
 * common words or function words ({@code الحكومة}, {@code اليوم}).
 *
 * <p>Immutable and thread-safe; linear in the number of tokens.
 */
public final class NameConsistencyRecognizer implements Recognizer {
  static final int MAX_LENGTH = 6;
  private static final String CONFLICT = "";
  private static final Set<EntityType> TYPES = Set.of(EntityType.PERSON,
      EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.MISC);

  private final NerResources resources;

  /**
   * Creates the stage.
   *
   * @throws NullPointerException if {@code resources} is null
   */
  public NameConsistencyRecognizer(NerResources resources) {
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  @Override
  public List<Mention> recognize(TokenizedText text, List<Mention> earlier) {
    List<Token> tokens = text.tokens();
    Map<String, String> typeOf = new HashMap<>();
    Set<String> firstWords = new HashSet<>();
    boolean[] covered = new boolean[tokens.size()];
    for (Mention m : earlier) {
      for (int k = m.startToken(); k < m.endToken(); k++) {
        covered[k] = true;
      }
      if (!TYPES.contains(m.type()) || m.length() > MAX_LENGTH || !isName(tokens, m)) {
        continue;
      }
      typeOf.merge(key(tokens, m.startToken(), m.endToken()), m.type().name(),
          (a, b) -> a.equals(b) ? a : CONFLICT);
      firstWords.add(tokens.get(m.startToken()).norm());
    }
    List<Mention> out = new ArrayList<>();
    if (typeOf.isEmpty()) {
      return out;
    }
    int[] sentenceEnd = MentionIndex.sentenceEnds(text);
    for (int i = 0; i < tokens.size(); i++) {
      if (covered[i] || !firstWords.contains(tokens.get(i).norm())) {
        continue;
      }
      for (int end = Math.min(sentenceEnd[i], i + MAX_LENGTH); end > i; end--) {
        String type = typeOf.get(key(tokens, i, end));
        if (type == null || type.equals(CONFLICT) || anyCovered(covered, i, end)) {
          continue;
        }
        out.add(new Mention(EntityType.valueOf(type), i, end, null, 0.7, Source.COREFERENCE));
        for (int k = i; k < end; k++) {
          covered[k] = true;
        }
        i = end - 1;
        break;
      }
    }
    return out;
  }

  /** A candidate worth repeating: has an Arabic word, and is not one common word. */
  private boolean isName(List<Token> tokens, Mention m) {
    boolean arabic = false;
    for (int k = m.startToken(); k < m.endToken(); k++) {
      arabic |= tokens.get(k).kind() == TokenKind.ARABIC_WORD;
    }
    if (!arabic) {
      return false;
    }
    if (m.length() > 1) {
      return true;
    }
    Token t = tokens.get(m.startToken());
    return t.norm().length() >= 3 && !resources.isFunctionWord(t) && !resources.isCommonWord(t);
  }

  private static boolean anyCovered(boolean[] covered, int from, int to) {
    for (int k = from; k < to; k++) {
      if (covered[k]) {
        return true;
      }
    }
    return false;
  }

  private static String key(List<Token> tokens, int from, int to) {
    if (to - from == 1) {
      return tokens.get(from).norm();
    }
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(tokens.get(k).norm());
    }
    return b.toString();
  }
}
