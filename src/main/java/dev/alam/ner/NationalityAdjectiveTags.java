package dev.alam.ner;

import dev.alam.corpus.Conll;
import dev.alam.text.Token;
import java.util.List;
import java.util.Objects;

/**
 * Keeps nationality adjectives untagged in the coarse scheme, as ANNOTATION.md maps them. The
 * statistical model now and then tags a definite nationality adjective standing alone as a name
 * ({@code الفريق الايفواري} as ORG). Extraction resolves such a span to the lexicon's COUNTRY
 * adjective, which the coarse scheme leaves untagged; this does the same to coarse tags. Only
 * definite singular forms are untagged: an indefinite one can be a person's name ({@code
 * كينيون}, PERS four times in ANERcorp's training part), and AQMAR tags a people by its plural
 * ({@code الأمريكيين}, PERS 14 times in its training part). The training parts tag a definite
 * singular adjective by itself twice in 1,615 occurrences (both in AQMAR). Country names that a
 * nisba form spells too ({@code السعودية}) are left alone. Stateless.
 */
public final class NationalityAdjectiveTags {
  private NationalityAdjectiveTags() {}

  /**
   * Untags, in place, each name of coarse BIO tags over {@code tokens} (one sentence) whose
   * words are exactly a definite singular nationality adjective of the lexicon and not a
   * country's name.
   *
   * @param tags one coarse BIO tag per token; modified
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code tags} and {@code tokens} differ in size
   */
  public static void retagCoarse(NerResources resources, List<Token> tokens, List<String> tags) {
    Objects.requireNonNull(resources, "resources");
    Recognizers.requireOneTagPerToken(tokens, tags);
    for (Conll.TokenSpan span : Conll.spans(tags)) {
      if (resources.isDefiniteSingularNisba(tokens, span.start(), span.end())
          && !resources.isCityOrCountry(tokens, span.start(), span.end())) {
        for (int k = span.start(); k < span.end(); k++) {
          tags.set(k, "O");
        }
      }
    }
  }
}
