package dev.alam.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionResolverTest {
  private final MentionResolver resolver = new MentionResolver();

  private static Mention m(EntityType type, int start, int end, Source source) {
    return new Mention(type, start, end, null, 0.9, source);
  }

  @Test
  void keepsAllowedNestingInDocumentOrder() {
    List<Mention> out = resolver.resolve(List.of(
        m(EntityType.COUNTRY, 6, 7, Source.GAZETTEER),
        m(EntityType.ORGANIZATION, 1, 7, Source.GRAMMAR),
        m(EntityType.OFFICE, 0, 7, Source.GRAMMAR)));
    assertThat(out).extracting(Mention::type, Mention::startToken, Mention::endToken)
        .containsExactly(
            tuple(EntityType.OFFICE, 0, 7),
            tuple(EntityType.ORGANIZATION, 1, 7),
            tuple(EntityType.COUNTRY, 6, 7));
  }

  @Test
  void crossingSpansKeepTheHigherRanked() {
    List<Mention> out = resolver.resolve(List.of(
        m(EntityType.PERSON, 3, 6, Source.MODEL),
        m(EntityType.OFFICE, 0, 4, Source.GRAMMAR)));
    assertThat(out).extracting(Mention::type).containsExactly(EntityType.OFFICE);
  }

  @Test
  void sameSpanTakesTheLexiconTypeOverTheModel() {
    List<Mention> out = resolver.resolve(List.of(
        m(EntityType.LOCATION, 2, 3, Source.MODEL),
        m(EntityType.COUNTRY, 2, 3, Source.GAZETTEER)));
    assertThat(out).extracting(Mention::type).containsExactly(EntityType.COUNTRY);
  }

  @Test
  void forbiddenNestingDropsTheLowerRanked() {
    // A PERSON cannot contain a COUNTRY: the longer model PERSON loses to the lexicon COUNTRY.
    List<Mention> out = resolver.resolve(List.of(
        m(EntityType.PERSON, 0, 3, Source.MODEL),
        m(EntityType.COUNTRY, 1, 2, Source.GAZETTEER)));
    assertThat(out).extracting(Mention::type).containsExactly(EntityType.COUNTRY);
  }

  @Test
  void longerWinsWithinOneSource() {
    List<Mention> out = resolver.resolve(List.of(
        m(EntityType.PERSON, 0, 1, Source.MODEL),
        m(EntityType.PERSON, 0, 2, Source.MODEL)));
    assertThat(out).extracting(Mention::endToken).containsExactly(2);
  }

  @Test
  void disjointMentionsAllSurvive() {
    List<Mention> out = resolver.resolve(List.of(
        m(EntityType.CITY, 4, 5, Source.GAZETTEER),
        m(EntityType.PERSON, 0, 2, Source.MODEL),
        m(EntityType.COUNTRY, 2, 3, Source.GAZETTEER)));
    assertThat(out).extracting(Mention::startToken).containsExactly(0, 2, 4);
  }

  @Test
  void emptyInputGivesEmptyOutput() {
    assertThat(resolver.resolve(List.of())).isEmpty();
  }

  @Test
  void nestingTableMatchesTheGuidelines() {
    assertThat(MentionResolver.mayContain(EntityType.OFFICE, EntityType.ORGANIZATION)).isTrue();
    assertThat(MentionResolver.mayContain(EntityType.ORGANIZATION, EntityType.COUNTRY)).isTrue();
    assertThat(MentionResolver.mayContain(EntityType.OFFICE, EntityType.COUNTRY)).isTrue();
    assertThat(MentionResolver.mayContain(EntityType.COUNTRY, EntityType.CITY)).isFalse();
    assertThat(MentionResolver.mayContain(EntityType.PERSON, EntityType.PERSON)).isFalse();
    assertThat(MentionResolver.mayContain(EntityType.OFFICE, EntityType.PERSON)).isFalse();
  }
}
