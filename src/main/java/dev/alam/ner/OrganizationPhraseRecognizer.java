package dev.alam.ner;

import dev.alam.gazetteer.GazetteerMatch;
import dev.alam.gazetteer.Term;
import dev.alam.text.Token;
import java.util.ArrayList;
import java.util.List;
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
public final class OrganizationPhraseRecognizer extends GrammarRecognizer {

  /**
   * Creates the recogniser.
   *
   * @throws NullPointerException if {@code resources} is null
   */
  public OrganizationPhraseRecognizer(NerResources resources) {
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
      int limit = sentenceEnd[i];
      Optional<GazetteerMatch<Term>> head = resources.organizationHeads.longestAt(tokens, i);
      if (head.isEmpty() || head.get().endToken() > limit
          || NerResources.isPlural(head.get().values().get(0))) {
        continue;
      }
      int headEnd = head.get().endToken();
      boolean indefinite = !NerResources.isDefinite(tokens.get(headEnd - 1));
      PhraseScanner.Chain chain = scanner.scan(tokens, headEnd, indefinite, limit, places, bodies,
          PhraseScanner.Mode.ORGANIZATION);
      if (chain.end() > headEnd && chain.named()) {
        out.add(new Mention(EntityType.ORGANIZATION, i, chain.end(), null, 0.8,
            Source.GRAMMAR));
      }
    }
    return out;
  }
}
