package dev.alam.ner;

import static dev.alam.ner.MentionNotation.items;
import static dev.alam.ner.MentionNotation.mention;
import static org.assertj.core.api.Assertions.assertThat;
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
 * Label consistency within a document: a name an earlier stage found is proposed where its words
 * recur untouched. Notation: a mention is {@code TYPE:words#n}, the {@code n}-th occurrence of
 * the words in the text ({@code #1} if left out); several are separated by {@code |}.
 */
class NameConsistencyRecognizerTest {
  private static final NameConsistencyRecognizer STAGE =
      new NameConsistencyRecognizer(NerResources.bundled());

  @ParameterizedTest(name = "[{index}] {0} / {1}")
  @CsvSource(delimiter = ';', value = {
      // A name recurs: its recurrence is proposed with the same type, after a proclitic too.
      "زار خالد منصور طهران. وقال خالد منصور إن الوضع صعب; PERSON:خالد منصور;"
          + " PERSON:خالد منصور#2",
      "زار ميلوفيتش طهران، وقال ميلوفيتش إن الوضع صعب; PERSON:ميلوفيتش; PERSON:ميلوفيتش#2",
      "وصل أحمد زويل أمس. وقال احمد زويل إن العلم نور; PERSON:أحمد زويل; PERSON:احمد زويل",
      "زار ميلوفيتش طهران. التقى وزير الخارجية ميلوفيتش; PERSON:ميلوفيتش;"
          + " PERSON:ميلوفيتش#2",
      // Every recurrence, of every name.
      "قالت أرامكو إن ميلوفيتش زار أرامكو ثم غادر ميلوفيتش;"
          + " ORGANIZATION:أرامكو | PERSON:ميلوفيتش;"
          + " ORGANIZATION:أرامكو#2 | PERSON:ميلوفيتش#2",
      // Found with two types, a name is proposed as neither.
      "وصل عمان إلى عمان ثم التقى عمان; PERSON:عمان#1 | LOCATION:عمان#2;",
      // A recurrence that a candidate touches is left to it.
      "زار خالد منصور طهران. وقال خالد منصور إن الوضع صعب;"
          + " PERSON:خالد منصور | ORGANIZATION:منصور#2;",
      // One common word is not a name worth repeating; several words are.
      "قالت الحكومة إن الحكومة سترد; ORGANIZATION:الحكومة;",
      "قالت الحكومة الأفغانية إن الحكومة الأفغانية سترد; ORGANIZATION:الحكومة الأفغانية;"
          + " ORGANIZATION:الحكومة الأفغانية#2",
      // Only names of people, bodies, places and things spread; nor those without Arabic.
      "التقى وزير الخارجية أمس، وقال وزير الخارجية إن; OFFICE:وزير الخارجية;",
      "قالت Google إن Google سترد; ORGANIZATION:Google;"})
  void aNameIsProposedWhereItRecursUntouched(String text, String earlier, String expected) {
    TokenizedText tokenized = Tokenizer.standard().analyze(text);
    List<Mention> candidates = new ArrayList<>();
    for (String m : items(earlier)) {
      candidates.add(mention(tokenized, m));
    }
    List<Mention> expectedMentions = new ArrayList<>();
    for (String m : items(expected)) {
      expectedMentions.add(mention(tokenized, m));
    }

    assertThat(STAGE.recognize(tokenized, candidates))
        .extracting(Mention::type, Mention::startToken, Mention::endToken)
        .containsExactlyElementsOf(expectedMentions.stream()
            .map(m -> tuple(m.type(), m.startToken(),
                m.endToken()))
            .toList());
  }

  @Test
  void aRecurrenceDoesNotRunAcrossASentenceEnd() {
    TokenizedText oneLine = Tokenizer.standard().analyze("التقى خالد منصور أمس وقال خالد منصور");
    TokenizedText lines = Tokenizer.standard().analyze("التقى خالد منصور أمس\nوقال خالد\nمنصور");

    assertThat(lines.tokens()).extracting(Token::text)
        .isEqualTo(oneLine.tokens().stream().map(Token::text).toList());
    assertThat(lines.sentences()).hasSize(3);
    assertThat(STAGE.recognize(oneLine, List.of(mention(oneLine, "PERSON:خالد منصور"))))
        .extracting(Mention::startToken, Mention::endToken)
        .containsExactly(tuple(6, 8));
    assertThat(STAGE.recognize(lines, List.of(mention(lines, "PERSON:خالد منصور")))).isEmpty();
  }

  @Test
  void proposalsComeFromCoreferenceWithoutALink() {
    TokenizedText text = Tokenizer.standard().analyze("زار ميلوفيتش طهران. وقال ميلوفيتش");

    assertThat(STAGE.recognize(text, List.of(mention(text, "PERSON:ميلوفيتش"))))
        .singleElement().satisfies(m -> {
          assertThat(m.source()).isEqualTo(Source.COREFERENCE);
          assertThat(m.linkId()).isNull();
          assertThat(m.confidence()).isBetween(0.5, 1.0);
        });
    assertThat(STAGE.recognize(text, List.of())).isEmpty();
  }
}
