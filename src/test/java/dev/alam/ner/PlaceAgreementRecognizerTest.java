package dev.alam.ner;

import static dev.alam.ner.MentionNotation.mentions;
import static dev.alam.ner.MentionNotation.ranges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.alam.Alam;
import dev.alam.text.Token;
import dev.alam.text.TokenizedText;
import dev.alam.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A city's name followed by a masculine singular nationality adjective names a body (a club),
 * not the city. Notation: a candidate is {@code TYPE/SOURCE:words}; several are separated by
 * {@code |}; the expected organisations are given by their words.
 */
class PlaceAgreementRecognizerTest {
  private static final NerResources RESOURCES = NerResources.bundled();
  private static final PlaceAgreementRecognizer STAGE = new PlaceAgreementRecognizer(RESOURCES);

  @ParameterizedTest(name = "[{index}] {0} / {1}")
  @CsvSource(delimiter = ';', value = {
      // A lexicon city or a model location, then a masculine singular adjective: a body.
      "فاز ليون الفرنسي على موناكو; CITY/GAZETTEER:ليون; ليون الفرنسي",
      "تعادل تشلسي الإنجليزي مع هامبورغ; LOCATION/MODEL:تشلسي; تشلسي الإنجليزي",
      "وفاز ريال مدريد الإسباني; LOCATION/MODEL:ريال مدريد; ريال مدريد الإسباني",
      "فاز ليون الفرنسي على هامبورغ الألماني; CITY/GAZETTEER:ليون | CITY/GAZETTEER:هامبورغ;"
          + " ليون الفرنسي | هامبورغ الألماني",
      // The city and the model's location over the same words make one body; so do a city
      // and the longer location it ends.
      "فاز ليون الفرنسي; CITY/GAZETTEER:ليون | LOCATION/MODEL:ليون; ليون الفرنسي",
      "وفاز ريال مدريد الإسباني; LOCATION/MODEL:ريال مدريد | CITY/GAZETTEER:مدريد;"
          + " ريال مدريد الإسباني",
      // Feminine, dual or plural adjectives agree with the city itself, or with other words.
      "زار مدينة ليون الفرنسية; CITY/GAZETTEER:ليون;",
      "رحب سكان ليون الفرنسيون; CITY/GAZETTEER:ليون;",
      // A name with the article is a masculine region: a place.
      "انسحب الجيش من الجولان السوري; LOCATION/MODEL:الجولان;",
      // Countries, lexicon regions, and names not followed by the adjective are left alone.
      "تعادل قطر القطري مع السد; COUNTRY/GAZETTEER:قطر;",
      "وصل إلى ليون أمس; CITY/GAZETTEER:ليون;",
      "وصل إلى ليون; CITY/GAZETTEER:ليون;",
      "زار كشمير الهندي; LOCATION/GAZETTEER:كشمير;",
      // The adjective in the next sentence agrees with nothing here.
      "وصل إلى ليون\\n\\nالفرنسي فاز; CITY/GAZETTEER:ليون;",
      // A city inside a longer candidate of another kind is that candidate's business.
      "وصل سفير باريس الفرنسي; CITY/GAZETTEER:باريس | OFFICE/GRAMMAR:سفير باريس الفرنسي;",
      "لعب ليون الفرنسي; PERSON/MODEL:ليون الفرنسي | CITY/GAZETTEER:ليون;"})
  void aPlaceNameBeforeAMasculineAdjectiveNamesABody(String text, String earlier,
      String expected) {
    TokenizedText tokenized = Tokenizer.standard().analyze(text.replace("\\n", "\n"));
    List<Mention> found = STAGE.recognize(tokenized, mentions(tokenized, earlier));

    assertThat(found).extracting(Mention::startToken, Mention::endToken)
        .containsExactlyInAnyOrderElementsOf(ranges(tokenized, expected));
    assertThat(found).allSatisfy(m -> {
      assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
      assertThat(m.source()).isEqualTo(Source.GRAMMAR);
      assertThat(m.linkId()).isNull();
    });
  }

  @Test
  void coarseTagsOfAPlaceBeforeAMasculineAdjectiveBecomeOrg() {
    assertThat(retag("فاز ليون الفرنسي على موناكو", "O B-LOC O O B-LOC"))
        .isEqualTo("O B-ORG O O B-LOC");
    assertThat(retag("وفاز ريال مدريد الإسباني", "O O B-LOC I-LOC O"))
        .isEqualTo("O O B-ORG I-ORG O");
    // Two names in a row: only the one the adjective follows.
    assertThat(retag("فاز ليون مدريد الإسباني", "O B-LOC B-LOC O"))
        .isEqualTo("O B-LOC B-ORG O");
    // Feminine adjective, article, other types, and a name at the end stay as they are.
    assertThat(retag("زار ليون الفرنسية", "O B-LOC O")).isEqualTo("O B-LOC O");
    assertThat(retag("انسحب من الجولان السوري", "O O B-LOC O")).isEqualTo("O O B-LOC O");
    assertThat(retag("قال زيدان الفرنسي", "O B-PERS O")).isEqualTo("O B-PERS O");
    assertThat(retag("زار ليون", "O B-LOC")).isEqualTo("O B-LOC");
  }

  @Test
  void retaggingChecksItsArguments() {
    List<Token> tokens = Tokenizer.standard().tokenize("زار ليون");
    List<String> tags = new ArrayList<>(List.of("O"));
    assertThatThrownBy(() -> PlaceAgreementRecognizer.retagCoarse(RESOURCES, tokens, tags))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 tags for 2 tokens");
    assertThatThrownBy(() -> PlaceAgreementRecognizer.namesBody(RESOURCES, tokens, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PlaceAgreementRecognizer(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void anAdjectiveThatStartsALongerDemonymDoesNotCount() {
    List<Token> tokens = Tokenizer.standard().tokenize("الكوري الجنوبي");
    assertThat(tokens).hasSize(2);
    assertThat(RESOURCES.isMasculineNisba(tokens, 0)).isFalse();
    assertThat(RESOURCES.isMasculineNisba(tokens, 1)).isFalse();
    assertThatThrownBy(() -> RESOURCES.isMasculineNisba(tokens, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void onlyADefiniteMasculineSingularAdjectiveByItselfCounts() {
    assertThat(masculine("الفرنسي")).isTrue();
    assertThat(masculine("الإنجليزي")).isTrue();
    assertThat(masculine("الفرنسية")).isFalse();
    assertThat(masculine("فرنسي")).isFalse();
    assertThat(masculine("الفرنسيين")).isFalse();
    assertThat(masculine("فرنسا")).isFalse();
    assertThat(masculine("الملعب")).isFalse();
  }

  @Test
  void theFacadeReportsTheClubAndTagsItOrgInTheCoarseScheme() {
    Alam alam = Alam.builder().build();
    String text = "فاز ليون الفرنسي على موناكو";

    List<Entity> entities = alam.extract(text).entities();

    assertThat(entities).extracting(Entity::type, Entity::text)
        .contains(tuple(EntityType.ORGANIZATION, "ليون الفرنسي"))
        .doesNotContain(tuple(EntityType.ORGANIZATION, "ليون"));
    assertThat(alam.tagCoarse(List.of(text.split(" ")))).startsWith("O", "B-ORG", "O");
    assertThat(alam.tagCoarse(List.of("زار", "مدينة", "ليون", "الفرنسية")))
        .containsExactly("O", "O", "B-LOC", "O");
  }

  private static boolean masculine(String word) {
    List<Token> tokens = Tokenizer.standard().tokenize(word);
    return tokens.size() == 1 && RESOURCES.isMasculineNisba(tokens, 0);
  }

  private static String retag(String text, String tags) {
    return CoarseTags.retag(text, tags, (tokens, t) -> PlaceAgreementRecognizer.retagCoarse(RESOURCES, tokens, t));
  }
}
