package dev.alam.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Proclitic splitting as the {@link Tokenizer} applies it: text, offsets, norm and kind. */
class ProcliticTokenizerTest {
  private static final Tokenizer TOKENIZER = Tokenizer.standard();
  private static final TokenKind P = TokenKind.PROCLITIC;
  private static final TokenKind W = TokenKind.ARABIC_WORD;

  static Stream<Arguments> splitWords() {
    return Stream.of(
        Arguments.of("وأوزبكستان", List.of(
            tuple("و", 0, 1, "و", P), tuple("أوزبكستان", 1, 10, "اوزبكستان", W))),
        Arguments.of("لإيران", List.of(
            tuple("ل", 0, 1, "ل", P), tuple("إيران", 1, 6, "ايران", W))),
        Arguments.of("بالإتفاق", List.of(
            tuple("ب", 0, 1, "ب", P), tuple("الإتفاق", 1, 8, "الاتفاق", W))),
        // The base keeps its own characters and offsets; its norm gets the article back.
        Arguments.of("للأحزاب", List.of(
            tuple("ل", 0, 1, "ل", P), tuple("لأحزاب", 1, 7, "الاحزاب", W))),
        Arguments.of("للبنان", List.of(
            tuple("ل", 0, 1, "ل", P), tuple("لبنان", 1, 6, "لبنان", W))),
        Arguments.of("وبالتالي", List.of(
            tuple("و", 0, 1, "و", P), tuple("ب", 1, 2, "ب", P),
            tuple("التالي", 2, 8, "التالي", W))),
        // A diacritic stays with the letter it belongs to, the proclitic's with the proclitic.
        Arguments.of("وَأَفْغَانِسْتَانَ", List.of(
            tuple("وَ", 0, 2, "و", P), tuple("أَفْغَانِسْتَانَ", 2, 18, "افغانستان", W))),
        Arguments.of("لِلأَحْزَابِ", List.of(
            tuple("لِ", 0, 2, "ل", P), tuple("لأَحْزَابِ", 2, 12, "الاحزاب", W))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("splitWords")
  void splitsProcliticsIntoTokensOfTheirOwn(String word, List<Tuple> expected) {
    List<Token> tokens = TOKENIZER.tokenize(word);
    assertThat(tokens)
        .extracting(Token::text, Token::start, Token::end, Token::norm, Token::kind)
        .containsExactlyElementsOf(expected);
    assertInvariants(word, tokens);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"باتروشيف", "كابول", "لبنان", "فرنسا", "وزير", "بلد", "وَزِيرُ"})
  void keepsWordsThatMerelyBeginWithAProcliticLetter(String word) {
    List<Token> tokens = TOKENIZER.tokenize(word);
    assertThat(tokens)
        .extracting(Token::text, Token::start, Token::end, Token::kind)
        .containsExactly(tuple(word, 0, word.length(), W));
  }

  @Test
  void splitsWithinASentenceAtTheRightOffsets() {
    String text = "التقى باتروشيف في كابول بوزير خارجية لبنان وفرنسا، ثم سافر لإيران.";
    List<Token> tokens = TOKENIZER.tokenize(text);
    assertThat(tokens)
        .filteredOn(t -> t.kind() == P)
        .extracting(Token::text, Token::start)
        .containsExactly(
            tuple("ب", text.indexOf("بوزير")),
            tuple("و", text.indexOf("وفرنسا")),
            tuple("ل", text.indexOf("لإيران")));
    assertThat(tokens)
        .filteredOn(t -> t.kind() == W)
        .extracting(Token::norm)
        .containsExactly("التقي", "باتروشيف", "في", "كابول", "وزير", "خارجيه", "لبنان", "فرنسا",
            "ثم", "سافر", "ايران");
    assertInvariants(text, tokens);
  }

  @Test
  void keepsProcliticsAttachedWhenAskedTo() {
    assertThat(Tokenizer.withoutProcliticSplitting().tokenize("وأوزبكستان"))
        .extracting(Token::text, Token::kind)
        .containsExactly(tuple("وأوزبكستان", W));
  }

  private static void assertInvariants(String input, List<Token> tokens) {
    int previousEnd = 0;
    for (Token t : tokens) {
      assertThat(input.substring(t.start(), t.end())).isEqualTo(t.text());
      assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
      previousEnd = t.end();
    }
  }
}
