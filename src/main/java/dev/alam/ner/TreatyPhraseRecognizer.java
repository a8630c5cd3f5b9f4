package dev.alam.ner;

import dev.alam.text.Token;
import dev.alam.text.TokenizedText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The treaty grammar (MISC): a treaty head ({@code الاتفاق}, {@code اتفاقية}, {@code معاهدة},
 * {@code ميثاق}, {@code بروتوكول}) followed by a chain that says which one — an adjective
 * ({@code الاتفاق النووي}), a complement ({@code اتفاق السلام}) or a place ({@code اتفاقية
 * باريس}). A bare or demonstrative head ({@code هذا الاتفاق}) or one with only generic adjectives
 * ({@code الاتفاقية الجديدة}) is not a name.
 *
 * <p>Immutable and thread-safe.
 */
public final class TreatyPhraseRecognizer implements Recognizer {
  private final PhraseScanner scanner;
  private final NerResources resources;

  /**
   * Creates the recogniser.
   *
   * @throws NullPointerException if {@code resources} is null
   */
  public TreatyPhraseRecognizer(NerResources resources) {
    this.resources = Objects.requireNonNull(resources, "resources");
    this.scanner = new PhraseScanner(resources);
  }

  @Override
  public List<Mention> recognize(TokenizedText text, List<Mention> earlier) {
    List<Token> tokens = text.tokens();
    int[] sentenceEnd = MentionIndex.sentenceEnds(text);
    MentionIndex places = new MentionIndex(earlier,
        EnumSet.of(EntityType.COUNTRY, EntityType.CITY, EntityType.LOCATION));
    MentionIndex none = new MentionIndex(List.of(), EnumSet.noneOf(EntityType.class));
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!"treaty".equals(resources.phraseRole(t))) {
        continue;
      }
      PhraseScanner.Chain chain = scanner.scan(tokens, i + 1, !NerResources.isDefinite(t),
          sentenceEnd[i], places, none, PhraseScanner.Mode.MISC);
      if (chain.end() > i + 1) {
        out.add(new Mention(EntityType.MISC, i, chain.end(), null, 0.75, Source.GRAMMAR));
      }
    }
    return out;
  }
}
