package dev.alam.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of tokenisation and sentence splitting on random and adversarial text. */
class TokenizerPropertyTest {
  private static final Tokenizer PLAIN = Tokenizer.withoutProcliticSplitting();
  // Splits often: the remainders of many generated words are in this vocabulary.
  private static final Tokenizer SPLITTING = Tokenizer.withSegmenter(ProcliticSegmenter.of(
      Vocabulary.of(Map.of("العلم", 1_000_000, "الاحزاب", 1_000_000, "امين", 1_000_000,
          "المجلس", 1_000_000, "ايران", 1_000_000))));

  @Provide
  Arbitrary<String> texts() {
    return TextArbitraries.texts();
  }

  @Property
  void invariantsHoldWithoutProcliticSplitting(@ForAll("texts") String text) {
    TokenizedText result = PLAIN.analyze(text);

    TokenInvariants.check(text, result);
    TokenInvariants.checkNothingDropped(text, result.tokens());
  }

  @Property
  void invariantsHoldWithProcliticSplitting(@ForAll("texts") String text) {
    TokenizedText result = SPLITTING.analyze(text);

    TokenInvariants.check(text, result);
    TokenInvariants.checkNothingDropped(text, result.tokens());
  }

  @Property(tries = 300)
  void invariantsHoldWithTheStandardTokenizer(@ForAll("texts") String text) {
    TokenizedText result = Tokenizer.standard().analyze(text);

    TokenInvariants.check(text, result);
    TokenInvariants.checkNothingDropped(text, result.tokens());
  }

  @Property
  void analysisIsDeterministic(@ForAll("texts") String text) {
    TokenizedText first = SPLITTING.analyze(text);
    TokenizedText again = SPLITTING.analyze(new String(text.toCharArray()));

    assertThat(again.tokens()).isEqualTo(first.tokens());
    assertThat(again.sentences()).isEqualTo(first.sentences());
    assertThat(Tokenizer.withoutProcliticSplitting().analyze(text).tokens())
        .isEqualTo(PLAIN.analyze(text).tokens());
  }

  @Property
  void tokenizeGivesTheTokensOfAnalyze(@ForAll("texts") String text) {
    assertThat(SPLITTING.tokenize(text)).isEqualTo(SPLITTING.analyze(text).tokens());
  }

  @Property
  void aTokensNormIsItsStandardNormalFormOrItsTextWhenThatIsEmpty(@ForAll("texts") String text) {
    for (Token token : PLAIN.tokenize(text)) {
      String norm = Normalizer.standard().normalizeToString(token.text());
      assertThat(token.norm()).isEqualTo(norm.isEmpty() ? token.text() : norm);
    }
  }

  /**
   * Whitespace separates tokens completely: the tokens of two texts joined by a space are the
   * tokens of each, the second shifted. Nothing is carried over from one to the other.
   */
  @Property
  void tokensDoNotDependOnTextBeyondWhitespace(
      @ForAll("texts") String left, @ForAll("texts") String right) {
    String joined = left + " " + right;
    List<Token> expected = new ArrayList<>(SPLITTING.tokenize(left));
    int shift = left.length() + 1;
    for (Token token : SPLITTING.tokenize(right)) {
      expected.add(new Token(token.text(), token.start() + shift, token.end() + shift,
          token.norm(), token.kind()));
    }

    assertThat(SPLITTING.tokenize(joined)).isEqualTo(expected);
  }

  @Property
  void aTextWithoutTokensHasNoSentences(@ForAll("texts") String text) {
    TokenizedText result = PLAIN.analyze(text);

    assertThat(result.sentences().isEmpty()).isEqualTo(result.tokens().isEmpty());
  }
}
