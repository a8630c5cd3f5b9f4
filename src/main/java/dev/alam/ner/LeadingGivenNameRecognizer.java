package dev.alam.ner;

import dev.alam.text.Token;
import dev.alam.text.TokenizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Puts back the first name the statistical model leaves out of a person's name. The model
 * often starts a name at its second word when the first is a given name it has rarely seen
 * ({@code الفنانة مها أحمد} found as {@code أحمد}). A given name right before a PERSON of the
 * model, in the same sentence and not part of another candidate, belongs to it, unless the
 * counts say it is mostly a common word ({@code حياة}, {@code أفكار}: {@link
 * NerResources#isGivenNameRatherThanWord}). In ANERcorp's training part, 16 of the 25 such given
 * names before a person's name are part of it (and 2 of the other 9 are annotation slips:
 * {@code محمد زيدان} as two names).
 *
 * <p>Proposes the longer PERSON; the merge step then drops the model's shorter one. Runs after
 * the statistical model, whose candidates it reads. Immutable and thread-safe.
 */
public final class LeadingGivenNameRecognizer implements Recognizer {
  /** The confidence of a lengthened name. */
  static final double CONFIDENCE = 0.8;

  private final NerResources resources;

  /**
   * Creates the stage.
   *
   * @throws NullPointerException if {@code resources} is null
   */
  public LeadingGivenNameRecognizer(NerResources resources) {
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  @Override
  public List<Mention> recognize(TokenizedText text, List<Mention> earlier) {
    List<Token> tokens = text.tokens();
    boolean[] covered = null; // worked out only if some model person has a given name before it
    int[] sentenceEnd = null;
    List<Mention> out = new ArrayList<>();
    for (Mention m : earlier) {
      int before = m.startToken() - 1;
      if (m.type() != EntityType.PERSON || m.source() != Source.MODEL || before < 0
          || !resources.isGivenNameRatherThanWord(tokens.get(before))) {
        continue;
      }
      if (covered == null) {
        covered = coverage(tokens.size(), earlier);
        sentenceEnd = MentionIndex.sentenceEnds(text);
      }
      if (!covered[before] && sentenceEnd[before] > m.startToken()) {
        // the model's names do not overlap, so no two of these are the same
        out.add(new Mention(EntityType.PERSON, before, m.endToken(), null, CONFIDENCE,
            Source.GRAMMAR));
      }
    }
    return out;
  }

  /** Which tokens some candidate covers. */
  private static boolean[] coverage(int size, List<Mention> earlier) {
    boolean[] covered = new boolean[size];
    for (Mention m : earlier) {
      for (int k = m.startToken(); k < m.endToken(); k++) {
        covered[k] = true;
      }
    }
    return covered;
  }

  /**
   * Lengthens, in place, each PERS name of coarse BIO tags over {@code tokens} (one sentence)
   * whose preceding untagged token is a given name ({@link
   * NerResources#isGivenNameRatherThanWord}).
   *
   * @param tags one coarse BIO tag per token; modified
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code tags} and {@code tokens} differ in size
   */
  public static void retagCoarse(NerResources resources, List<Token> tokens, List<String> tags) {
    Objects.requireNonNull(resources, "resources");
    Recognizers.requireOneTagPerToken(tokens, tags);
    for (int i = 1; i < tags.size(); i++) {
      if (tags.get(i).equals("B-PERS") && tags.get(i - 1).equals("O")
          && resources.isGivenNameRatherThanWord(tokens.get(i - 1))) {
        tags.set(i - 1, "B-PERS");
        tags.set(i, "I-PERS");
      }
    }
  }
}
