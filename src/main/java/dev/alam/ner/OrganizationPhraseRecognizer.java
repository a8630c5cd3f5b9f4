package dev.alam.ner;

import dev.alam.gazetteer.GazetteerMatch;
import dev.alam.gazetteer.Term;
import dev.alam.text.Token;
import dev.alam.text.TokenizedText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The organisation-phrase grammar: a singular organisation head noun ({@code مجلس}, {@code
 * وزارة}, {@code الحكومة}, {@code حزب} …) with its construct chain and adjectives (see {@link
 * PhraseScanner}) is an ORGANIZATION when the chain names something — a nationality adjective or
 * place ({@code الحكومة الأفغانية}), a domain noun ({@code مجلس الأمن القومي الروسي}), or a word
 * at home in names. A plural head ({@code الأحزاب السياسية الأفغانية}) or a chain of generic
 * adjectives ({@code التنظيم الإرهابي}) is a description, not a name.
 *
 * <p>Runs after {@link LexiconRecognizer}, whose places it uses. Immutable and thread-safe.
 */
public final class OrganizationPhraseRecognizer implements Recognizer {
  private final PhraseScanner scanner;
  private final NerResources resources;

  /**
   * Creates the recogniser.
   *
   * @throws NullPointerException if {@code resources} is null
   */
  public OrganizationPhraseRecognizer(NerResources resources) {
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
      int limit = sentenceEnd[i];
      Optional<GazetteerMatch<Term>> head = resources.organizationHeads.longestAt(tokens, i);
      if (head.isEmpty() || head.get().endToken() > limit
          || NerResources.isPlural(head.get().values().get(0))) {
        continue;
      }
      int headEnd = head.get().endToken();
      boolean indefinite = !NerResources.isDefinite(tokens.get(headEnd - 1));
      PhraseScanner.Chain chain = scanner.scan(tokens, headEnd, indefinite, limit, places, none,
          PhraseScanner.Mode.ORGANIZATION);
      if (chain.end() > headEnd && chain.named()) {
        out.add(new Mention(EntityType.ORGANIZATION, i, chain.end(), null, 0.8,
            Source.GRAMMAR));
      }
    }
    return out;
  }
}
