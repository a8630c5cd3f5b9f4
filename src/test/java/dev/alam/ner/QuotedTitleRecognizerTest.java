package dev.alam.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.alam.Alam;
import dev.alam.text.Token;
import dev.alam.text.TokenizedText;
import dev.alam.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A quoted title right after a noun that announces a work is a MISC. */
class QuotedTitleRecognizerTest {
  private static final QuotedTitleRecognizer STAGE = new QuotedTitleRecognizer();

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = ';', value = {
      "قدمت برنامجا بعنوان « الناس وأنا » على القناة; الناس وأنا",
      "وشارك في مسلسل \" قلب الدنيا \" العام الماضي; قلب الدنيا",
      "صدر كتاب “روسيا بوتين” أمس; روسيا بوتين",
      // ANERcorp writes quotation marks as two apostrophes, apart or together.
      "تعرض القناة برنامج ' ' حوار من القلب ' ' كل جمعة; حوار من القلب",
      "تعرض القناة برنامج '' حوار من القلب '' كل جمعة; حوار من القلب",
      // A head with the article or a proclitic, and two titles in one sentence.
      "وفي البرنامج « حكايات » وبرنامج « أصل الكلمة »; حكايات | أصل الكلمة",
      "ونشر الرواية « اللص والكلاب » وفيلم « الكرنك »; اللص والكلاب | الكرنك",
      // No head, no marks, no closing mark, nothing but punctuation, or too long: no title.
      "قال إن « الشرق الأوسط » هددت;",
      "قدمت برنامجا بعنوان الناس وأنا;",
      "قدمت برنامج « الناس وأنا;",
      "قدمت برنامج « 2007 »;",
      "قدمت برنامج « ، »;",
      "قدمت برنامج « واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة »;",
      // A single apostrophe does not close a doubled one.
      "برنامج ' ' حكايات ' أمس;",
      // A title stays in its head's sentence, holds no quotation of its own, and is not read
      // again for heads inside it.
      "قدمت برنامج « الناس . وأنا » اليوم;",
      "برنامج « برنامج « الناس » »; الناس",
      "برنامج \" فيلم \" س \"; فيلم"})
  void findsQuotedTitlesAfterAWorkNoun(String text, String expected) {
    TokenizedText tokenized = Tokenizer.standard().analyze(text);

    List<Mention> found = STAGE.recognize(tokenized, List.of());

    List<String> titles = new ArrayList<>();
    for (Mention m : found) {
      assertThat(m.type()).isEqualTo(EntityType.MISC);
      assertThat(m.source()).isEqualTo(Source.GRAMMAR);
      titles.add(text.substring(tokenized.tokens().get(m.startToken()).start(),
          tokenized.tokens().get(m.endToken() - 1).end()));
    }
    assertThat(titles).containsExactlyElementsOf(expected == null ? List.of()
        : Arrays.stream(expected.split(" \\| ")).map(String::strip).toList());
  }

  @Test
  void coarseTagsOfATitleBecomeMiscOverWhatWasInside() {
    assertThat(retag("صدر كتاب « روسيا بوتين » أمس", "O O O B-LOC B-PERS O O"))
        .isEqualTo("O O O B-MISC I-MISC O O");
    assertThat(retag("برنامج « حكايات » أمس", "O O O O O")).isEqualTo("O O B-MISC O O");
    // A name running on past the closing mark keeps its part outside.
    assertThat(retag("برنامج « حكايات » أمس", "O O B-ORG I-ORG I-ORG"))
        .isEqualTo("O O B-MISC B-ORG I-ORG");
    assertThat(retag("قال إن « الشرق الأوسط » هددت", "O O O B-ORG I-ORG O O"))
        .isEqualTo("O O O B-ORG I-ORG O O");
    List<Token> tokens = Tokenizer.standard().tokenize("برنامج « حكايات »");
    assertThatThrownBy(() -> QuotedTitleRecognizer.retagCoarse(tokens, new ArrayList<>()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 tags for 4");
  }

  @Test
  void theFacadeReportsTheTitleWithWhatItContainsNested() {
    Alam alam = Alam.builder().build();
    String text = "صدر أمس كتاب « روسيا بوتين » للكاتبة";

    assertThat(alam.extract(text).entities()).extracting(Entity::type, Entity::text)
        .contains(tuple(EntityType.MISC, "روسيا بوتين"), tuple(EntityType.COUNTRY, "روسيا"));
    assertThat(alam.tagCoarse(List.of(text.split(" "))))
        .containsExactly("O", "O", "O", "O", "B-MISC", "I-MISC", "O", "O");
  }

  private static String retag(String text, String tags) {
    return CoarseTags.retag(text, tags, QuotedTitleRecognizer::retagCoarse);
  }
}
