package dev.alam.ner;

import dev.alam.gazetteer.GazetteerMatch;
import dev.alam.gazetteer.Term;
import dev.alam.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The office grammar: a title head ({@code وزير}, {@code أمين}, {@code الأمين العام}, {@code
 * المتحدث باسم} …, in every gender and number) with the construct chain that scopes it (see
 * {@link PhraseScanner}), taking in the organisation and the nationality adjective found before:
 * {@code أمين مجلس الأمن القومي الروسي} ⊃ {@code مجلس الأمن القومي الروسي} ⊃ {@code الروسي}.
 *
 * <p>A definite singular title with no chain ({@code الرئيس}, {@code المفتي}) is an office of
 * lower confidence; a bare plural ({@code الوكلاء}) is not. An indefinite title with no chain is not an office, nor is a title word that is also a
 * given name and continues a person's name ({@code محمد أمين …}), nor a title word inside a
 * longer title ({@code الوزراء} in {@code رئيس الوزراء}).
 *
 * <p>Runs after the lexicon and organisation recognisers. Immutable and thread-safe.
 */
public final class OfficePhraseRecognizer extends GrammarRecognizer {

  /**
   * Creates the recogniser.
   *
   * @throws NullPointerException if {@code resources} is null
   */
  public OfficePhraseRecognizer(NerResources resources) {
    super(resources);
  }

  @Override
  List<Mention> recognize(Input in) {
    List<Token> tokens = in.tokens();
    int[] sentenceEnd = in.sentenceEnd();
    MentionIndex places = in.places();
    MentionIndex bodies = in.bodies();
    List<Mention> out = new ArrayList<>();
    int insideHead = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int limit = sentenceEnd[i];
      Optional<GazetteerMatch<Term>> title = resources.officeTitles.longestAt(tokens, i);
      if (title.isEmpty() || title.get().endToken() > limit) {
        continue;
      }
      int headEnd = title.get().endToken();
      if (i < insideHead) {
        continue; // الوزراء inside رئيس الوزراء is not an office of its own
      }
      insideHead = headEnd;
      boolean indefinite = !NerResources.isDefinite(tokens.get(headEnd - 1));
      if (indefinite && headEnd == i + 1 && resources.isGivenName(tokens.get(i)) && i > 0
          && sentenceEnd[i - 1] == limit && NerResources.isArabicWord(tokens.get(i - 1))
          && (resources.isGivenName(tokens.get(i - 1))
              || resources.isKnownPersonWord(tokens.get(i - 1)))) {
        continue; // محمد أمين بشناق: a title word that is also a given name, inside a name
      }
      PhraseScanner.Chain chain = scanner.scan(tokens, headEnd, indefinite, limit, places,
          bodies, PhraseScanner.Mode.OFFICE);
      if (chain.end() > headEnd) {
        out.add(new Mention(EntityType.OFFICE, i, chain.end(), null, 0.85, Source.GRAMMAR));
      } else if (!indefinite && !NerResources.isPlural(title.get().values().get(0))) {
        out.add(new Mention(EntityType.OFFICE, i, headEnd, null, 0.6, Source.GRAMMAR));
      }
    }
    return out;
  }
}
