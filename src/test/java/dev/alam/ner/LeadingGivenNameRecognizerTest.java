package dev.alam.ner;

import static dev.alam.ner.MentionNotation.mention;
import static dev.alam.ner.MentionNotation.mentions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.alam.text.Token;
import dev.alam.text.TokenizedText;
import dev.alam.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A given name right before a person the model found is the first word of that person's name.
 * Notation: a candidate is {@code TYPE/SOURCE:words}, several separated by {@code |}; the
 * expected name is given by its words.
 */
class LeadingGivenNameRecognizerTest {
  private static final NerResources RESOURCES = NerResources.bundled();
  private static final LeadingGivenNameRecognizer STAGE =
      new LeadingGivenNameRecognizer(RESOURCES);

  @ParameterizedTest(name = "[{index}] {0} / {1}")
  @CsvSource(delimiter = ';', value = {
      "قدمت الفنانة مها أحمد برنامجا; PERSON/MODEL:أحمد; مها أحمد",
      "والفنانة منى عبدالغني تطل علينا; PERSON/MODEL:عبدالغني; منى عبدالغني",
      // A given name written with the article is one too.
      "وقال الوليد بن طلال; PERSON/MODEL:بن طلال; الوليد بن طلال",
      // Words the list of given names holds but the counts say are common, and words that are
      // no given names: not names.
      "ومحاولة تأمل حياة لوركا شاعرا; PERSON/MODEL:لوركا;",
      "وقال ان خطاب الاسد حول; PERSON/MODEL:الاسد;",
      "الشكوك على جالينوس كثيرة; PERSON/MODEL:جالينوس;",
      "قال الموهوب تامر حبيب; PERSON/MODEL:تامر حبيب;",
      // Only before the model's persons, not before other candidates or other kinds.
      "قدمت الفنانة مها أحمد; PERSON/GRAMMAR:أحمد;",
      "زارت مها باريس; CITY/GAZETTEER:باريس;",
      // A given name already inside a candidate, or in the sentence before, stays there.
      "قدمت مها أحمد; PERSON/MODEL:أحمد | ORGANIZATION/GRAMMAR:قدمت مها;",
      "وصلت مها\\nأحمد قال; PERSON/MODEL:أحمد;",
      "أحمد قال; PERSON/MODEL:أحمد;"})
  void aGivenNameBeforeAModelPersonJoinsIt(String text, String earlier, String expected) {
    TokenizedText tokenized = Tokenizer.standard().analyze(text.replace("\\n", "\n"));
    List<Mention> found = STAGE.recognize(tokenized, mentions(tokenized, earlier));

    if (expected == null) {
      assertThat(found).isEmpty();
    } else {
      Mention name = mention(tokenized, "PERSON/GRAMMAR:" + expected.strip());
      assertThat(found).extracting(Mention::type, Mention::startToken, Mention::endToken,
          Mention::source).containsExactly(
              tuple(EntityType.PERSON, name.startToken(), name.endToken(), Source.GRAMMAR));
    }
  }

  @Test
  void givenNamesThatAreMostlyWordsAreNotTakenForNames() {
    for (String word : List.of("مها", "منى", "تامر")) {
      assertThat(RESOURCES.isGivenNameRatherThanWord(token(word))).as(word).isTrue();
    }
    // all three are on the list of given names, and mostly words in the annotated corpora
    for (String word : List.of("حياة", "خطاب", "أفكار")) {
      assertThat(RESOURCES.isGivenName(token(word))).as(word).isTrue();
      assertThat(RESOURCES.isGivenNameRatherThanWord(token(word))).as(word).isFalse();
    }
    assertThat(RESOURCES.isGivenNameRatherThanWord(token("باريس"))).isFalse();
  }

  private static Token token(String word) {
    List<Token> tokens = Tokenizer.withoutProcliticSplitting().tokenize(word);
    assertThat(tokens).hasSize(1);
    return tokens.get(0);
  }

  @Test
  void coarseTagsTakeTheGivenNameIn() {
    assertThat(retag("قدمت الفنانة مها أحمد برنامجا", "O O O B-PERS O"))
        .isEqualTo("O O B-PERS I-PERS O");
    // Only before the first word of a name, only an untagged word, only a name of a person.
    assertThat(retag("قدمت مها أحمد علي", "O O B-PERS I-PERS")).isEqualTo("O B-PERS I-PERS I-PERS");
    assertThat(retag("قدمت مها أحمد", "O B-ORG B-PERS")).isEqualTo("O B-ORG B-PERS");
    assertThat(retag("قدمت مها باريس", "O O B-LOC")).isEqualTo("O O B-LOC");
    assertThat(retag("وتتميز أفكار سيباستيان", "O O O B-PERS")).isEqualTo("O O O B-PERS");
    List<Token> tokens = Tokenizer.standard().tokenize("مها أحمد");
    assertThatThrownBy(() -> LeadingGivenNameRecognizer.retagCoarse(RESOURCES, tokens,
        new ArrayList<>(List.of("O")))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFacadeFindsTheWholeName() {
    dev.alam.Alam alam = dev.alam.Alam.builder().build();
    String text = "كما قدمت الفنانة مها أحمد برنامجا جديدا";

    assertThat(alam.extract(text).entities()).extracting(Entity::type, Entity::text)
        .contains(tuple(EntityType.PERSON, "مها أحمد"))
        .doesNotContain(tuple(EntityType.PERSON, "أحمد"));
    assertThat(alam.tagCoarse(List.of(text.split(" "))))
        .containsExactly("O", "O", "O", "B-PERS", "I-PERS", "O", "O");
  }

  private static String retag(String text, String tags) {
    return CoarseTags.retag(text, tags, (tokens, t) -> LeadingGivenNameRecognizer.retagCoarse(RESOURCES, tokens, t));
  }
}
