package dev.alam.ner;

import dev.alam.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The treaty grammar (MISC): a treaty head ({@code الاتفاق}, {@code اتفاقية}, {@code معاهدة},
 * {@code ميثاق}, {@code بروتوكول}) followed by a chain that says which one — an adjective
 * ({@code الاتفاق النووي}), a complement ({@code اتفاق السلام}) or a place ({@code اتفاقية
 * باريس}). A bare or demonstrative head ({@code هذا الاتفاق}) or one with only generic adjectives
 * ({@code الاتفاقية الجديدة}) is not a name.
 *
 * <p>Immutable and thread-safe.
 */
public final class TreatyPhraseRecognizer extends GrammarRecognizer {

  /**
   * Creates the recogniser.
   *
   * @throws NullPointerException if {@code resources} is null
   */
  public TreatyPhraseRecognizer(NerResources resources) {
    super(resources);
  }

  @Override
  List<Mention> recognize(Input in) {
    List<Token> tokens = in.tokens();
    int[] sentenceEnd = in.sentenceEnd();
    MentionIndex places = in.places();
    MentionIndex bodies = in.bodies();
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!"treaty".equals(resources.phraseRole(t))) {
        continue;
      }
      PhraseScanner.Chain chain = scanner.scan(tokens, i + 1, !NerResources.isDefinite(t),
          sentenceEnd[i], places, bodies, PhraseScanner.Mode.MISC);
      if (chain.end() > i + 1) {
        out.add(new Mention(EntityType.MISC, i, chain.end(), null, 0.75, Source.GRAMMAR));
      }
    }
    return out;
  }
}
