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
 * A stadium's name after its head noun is a MISC. Notation: a candidate is {@code
 * TYPE/SOURCE:words}; several are separated by {@code |}; the expected names by their words.
 */
class VenueNameRecognizerTest {
  private static final NerResources RESOURCES = NerResources.bundled();
  private static final VenueNameRecognizer STAGE = new VenueNameRecognizer(RESOURCES);

  @ParameterizedTest(name = "[{index}] {0} / {1}")
  @CsvSource(delimiter = ';', value = {
      // In quotation marks, found or not.
      "فاز على استاد \" سلتيك بارك \" في غلاسكو; ; سلتيك بارك",
      "لعب على ملعب « الإمارات » في لندن; LOCATION/MODEL:الإمارات; الإمارات",
      // A name an earlier stage found right after the head, whatever its type.
      "على ملعب سانتياغو برنابيو الخاص; ORGANIZATION/MODEL:سانتياغو برنابيو; سانتياغو برنابيو",
      "على ملعب ثاني بن جاسم; PERSON/MODEL:ثاني بن جاسم | PERSON/GRAMMAR:ثاني; ثاني بن جاسم",
      // A stadium named by its city is left to the city; so is a country's.
      "على استاد الدوحة; CITY/GAZETTEER:الدوحة | LOCATION/MODEL:الدوحة;",
      "على استاد قطر; COUNTRY/GAZETTEER:قطر | LOCATION/MODEL:قطر;",
      // The head inside a name (the Wikipedia convention), nothing after the head, a name in
      // the next sentence, a name not right after the head.
      "على ملعب سانتياغو برنابيو; LOCATION/MODEL:ملعب سانتياغو برنابيو;",
      "على ملعب العاصمة; ;",
      "على ملعب\\n\\nسانتياغو فاز; PERSON/MODEL:سانتياغو;",
      "على ملعب في مدريد; CITY/GAZETTEER:مدريد;",
      // A club's ground is the club's: an organisation of one definite word.
      "فاز الزمالك على ملعب الأهلي; ORGANIZATION/MODEL:الأهلي;"})
  void findsStadiumNames(String text, String earlier, String expected) {
    TokenizedText tokenized = Tokenizer.standard().analyze(text.replace("\\n", "\n"));
    List<Mention> found = STAGE.recognize(tokenized, mentions(tokenized, earlier));

    assertThat(found).extracting(Mention::startToken, Mention::endToken)
        .containsExactlyInAnyOrderElementsOf(ranges(tokenized, expected));
    assertThat(found).allSatisfy(m -> {
      assertThat(m.type()).isEqualTo(EntityType.MISC);
      assertThat(m.source()).isEqualTo(Source.GRAMMAR);
    });
  }

  @Test
  void coarseTagsOfAStadiumBecomeMisc() {
    assertThat(retag("على ملعب سانتياغو برنابيو", "O O B-ORG I-ORG"))
        .isEqualTo("O O B-MISC I-MISC");
    assertThat(retag("على استاد \" فارول \" في", "O O O O O O"))
        .isEqualTo("O O O B-MISC O O");
    assertThat(retag("على ملعب ثاني بن جاسم .", "O O B-PERS I-PERS I-PERS O"))
        .isEqualTo("O O B-MISC I-MISC I-MISC O");
    // The city's stadium, the head inside the name, and an untagged word stay as they are.
    assertThat(retag("على استاد الدوحة", "O O B-LOC")).isEqualTo("O O B-LOC");
    assertThat(retag("على ملعب سانتياغو برنابيو", "O B-LOC I-LOC I-LOC"))
        .isEqualTo("O B-LOC I-LOC I-LOC");
    assertThat(retag("على ملعب العاصمة", "O O O")).isEqualTo("O O O");
    assertThat(retag("على ملعب الأهلي", "O O B-ORG")).isEqualTo("O O B-ORG");
  }

  @Test
  void argumentsAreChecked() {
    List<Token> tokens = Tokenizer.standard().tokenize("ملعب فيسر");
    assertThatThrownBy(() -> VenueNameRecognizer.retagCoarse(RESOURCES, tokens,
        new ArrayList<>(List.of("O")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 tags for 2 tokens");
    assertThatThrownBy(() -> new VenueNameRecognizer(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void theFacadeReportsTheStadiumAsMisc() {
    Alam alam = Alam.builder().build();

    List<Entity> entities = alam.extract("أقيمت المباراة على استاد \" سلتيك بارك \" في غلاسكو .")
        .entities();

    assertThat(entities).extracting(Entity::type, Entity::text)
        .contains(tuple(EntityType.MISC, "سلتيك بارك"));
  }

  private static String retag(String text, String tags) {
    return CoarseTags.retag(text, tags,
        (tokens, t) -> VenueNameRecognizer.retagCoarse(RESOURCES, tokens, t));
  }
}
