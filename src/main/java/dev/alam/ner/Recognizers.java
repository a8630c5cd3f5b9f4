package dev.alam.ner;

import dev.alam.text.Token;
import java.util.List;
import java.util.Objects;

/**
 * The bundled recognisers in pipeline order. {@link #grammar(NerResources)} are the stages that
 * run before the statistical model (which uses their candidates as features);
 * {@link #afterModel(NerResources)} reads its candidates, and {@link #coreference(NerResources)}
 * runs last. Stateless.
 */
public final class Recognizers {
  private Recognizers() {}

  /**
   * Returns the lexicon and grammar stages: places and named bodies, dates, organisation
   * phrases, treaties, events, offices, person names.
   *
   * @throws NullPointerException if {@code resources} is null
   */
  public static List<Recognizer> grammar(NerResources resources) {
    Objects.requireNonNull(resources, "resources");
    return List.of(
        new LexiconRecognizer(resources),
        new DateRecognizer(resources),
        new OrganizationPhraseRecognizer(resources),
        new TreatyPhraseRecognizer(resources),
        new EventPhraseRecognizer(resources),
        new OfficePhraseRecognizer(resources),
        new PersonNameRecognizer(resources));
  }

  /**
   * Returns the stages that run right after the statistical model, whose candidates are not
   * its features: the agreement rule that tells a club from its city ({@link
   * PlaceAgreementRecognizer}), the first names the model leaves out ({@link
   * LeadingGivenNameRecognizer}), quoted titles of works ({@link QuotedTitleRecognizer}), the
   * names of sports clubs ({@link ClubNameRecognizer}) and of stadiums ({@link
   * VenueNameRecognizer}).
   *
   * @throws NullPointerException if {@code resources} is null
   */
  public static List<Recognizer> afterModel(NerResources resources) {
    return List.of(new PlaceAgreementRecognizer(resources),
        new LeadingGivenNameRecognizer(resources), new QuotedTitleRecognizer(),
        new ClubNameRecognizer(resources), new VenueNameRecognizer(resources));
  }

  /**
   * Returns the stages that run last, over everything found before: label consistency (a name
   * found once is the same name wherever it recurs) and surname coreference.
   *
   * @throws NullPointerException if {@code resources} is null
   */
  public static List<Recognizer> coreference(NerResources resources) {
    return List.of(new NameConsistencyRecognizer(resources),
        new SurnameCoreferenceRecognizer(resources));
  }

  /**
   * Checks the arguments of a coarse retagging rule.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code tags} and {@code tokens} differ in size
   */
  static void requireOneTagPerToken(List<Token> tokens, List<String> tags) {
    if (Objects.requireNonNull(tags, "tags").size() != tokens.size()) {
      throw new IllegalArgumentException(
          tags.size() + " tags for " + tokens.size() + " tokens");
    }
  }
}
