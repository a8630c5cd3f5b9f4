package dev.alam.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Table-driven tests of the tokenizer's rules. Offsets are counted by hand in UTF-16 code units;
 * proclitic splitting is off except where a test is about it.
 */
class TokenizerTest {
  private static final Tokenizer TOKENIZER = Tokenizer.withoutProcliticSplitting();
  private static final TokenKind AR = TokenKind.ARABIC_WORD;
  private static final TokenKind LAT = TokenKind.LATIN_WORD;
  private static final TokenKind NUM = TokenKind.NUMBER;
  private static final TokenKind PUN = TokenKind.PUNCTUATION;
  private static final TokenKind SYM = TokenKind.SYMBOL;

  private static Arguments row(String input, Tuple... tokens) {
    return arguments(input, List.of(tokens));
  }

  private static Tuple t(String text, int start, int end, TokenKind kind) {
    return tuple(text, start, end, kind);
  }

  static Stream<Arguments> words() {
    return Stream.of(
        row("شمخاني،أن", t("شمخاني", 0, 6, AR), t("،", 6, 7, PUN), t("أن", 7, 9, AR)),
        row("البلد.جاءت", t("البلد", 0, 5, AR), t(".", 5, 6, PUN), t("جاءت", 6, 10, AR)),
        row("قال:«نعم»", t("قال", 0, 3, AR), t(":", 3, 4, PUN), t("«", 4, 5, PUN),
            t("نعم", 5, 8, AR), t("»", 8, 9, PUN)),
        row("مُحَمَّدٌ", t("مُحَمَّدٌ", 0, 9, AR)),
        row("ســلام", t("ســلام", 0, 6, AR)),
        row("ـــ", t("ـــ", 0, 3, SYM)), // nothing left after normalisation: not a word
        row("می\u200Cخواهم", t("می\u200Cخواهم", 0, 8, AR)), // ZWNJ inside a word
        row("و ب ل", t("و", 0, 1, AR), t("ب", 2, 3, AR), t("ل", 4, 5, AR)),
        row("\uFEFB \uFDF2", t("\uFEFB", 0, 1, AR), t("\uFDF2", 2, 3, AR)),
        row("CNNالعربية", t("CNN", 0, 3, LAT), t("العربية", 3, 10, AR)),
        row("well-known don't O\u2019Neil", t("well-known", 0, 10, LAT),
            t("don't", 11, 16, LAT), t("O\u2019Neil", 17, 23, LAT)),
        row("pre- 'quoted'", t("pre", 0, 3, LAT), t("-", 3, 4, PUN), t("'", 5, 6, PUN),
            t("quoted", 6, 12, LAT), t("'", 12, 13, PUN)),
        row("Москва", t("Москва", 0, 6, TokenKind.OTHER_WORD)),
        row("\uD800\uDF30\uD800\uDF31", // Gothic letters: one word of two surrogate pairs
            t("\uD800\uDF30\uD800\uDF31", 0, 4, TokenKind.OTHER_WORD)),
        row("a\uD800b", t("a", 0, 1, LAT), t("\uD800", 1, 2, SYM), t("b", 2, 3, LAT)),
        row("\uDC00", t("\uDC00", 0, 1, SYM)),
        row("كلمة\u200F أخرى", t("كلمة", 0, 4, AR), t("أخرى", 6, 10, AR)),
        row("\uFEFFمرحبا", t("مرحبا", 1, 6, AR)),
        row("\u202Bنص\u202C", t("نص", 1, 3, AR)),
        row("سطر\nسطر", t("سطر", 0, 3, AR), t("سطر", 4, 7, AR)),
        row("a\u00A0b\u200Bc", t("a", 0, 1, LAT), t("b", 2, 3, LAT), t("c", 4, 5, LAT)),
        row("...!!؟", t("...", 0, 3, PUN), t("!!", 3, 5, PUN), t("؟", 5, 6, PUN)));
  }

  static Stream<Arguments> numbers() {
    return Stream.of(
        row("٢٠١٩/١٠/٢٣", t("٢٠١٩/١٠/٢٣", 0, 10, NUM)),
        row("3.5", t("3.5", 0, 3, NUM)),
        row("في 3.5 ساعة", t("في", 0, 2, AR), t("3.5", 3, 6, NUM), t("ساعة", 7, 11, AR)),
        row("1,000,000 10:30", t("1,000,000", 0, 9, NUM), t("10:30", 10, 15, NUM)),
        row("٣٫٥ ١٬٠٠٠", t("٣٫٥", 0, 3, NUM), t("١٬٠٠٠", 4, 9, NUM)),
        row("2019.", t("2019", 0, 4, NUM), t(".", 4, 5, PUN)),
        row("3..5", t("3", 0, 1, NUM), t("..", 1, 3, PUN), t("5", 3, 4, NUM)),
        row("-5", t("-", 0, 1, PUN), t("5", 1, 2, NUM)),
        row("2019م", t("2019", 0, 4, NUM), t("م", 4, 5, AR)),
        row("٢٠١٩م", t("٢٠١٩", 0, 4, NUM), t("م", 4, 5, AR)),
        row("5G G20 3D.", t("5G", 0, 2, LAT), t("G20", 3, 6, LAT), t("3D", 7, 9, LAT),
            t(".", 9, 10, PUN)),
        row("3.5GB", t("3.5", 0, 3, NUM), t("GB", 3, 5, LAT)),
        row("٥G", t("٥", 0, 1, NUM), t("G", 1, 2, LAT)),
        row("\uFF15G", t("\uFF15", 0, 1, NUM), t("G", 1, 2, LAT)));
  }

  static Stream<Arguments> addresses() {
    return Stream.of(
        row("زوروا http://example.com/a?b=1.", t("زوروا", 0, 5, AR),
            t("http://example.com/a?b=1", 6, 30, TokenKind.URL), t(".", 30, 31, PUN)),
        row("(https://ar.wikipedia.org/wiki/Tehran_(city)).", t("(", 0, 1, PUN),
            t("https://ar.wikipedia.org/wiki/Tehran_(city)", 1, 44, TokenKind.URL),
            t(")", 44, 45, PUN), t(".", 45, 46, PUN)),
        row("[www.example.com]", t("[", 0, 1, PUN),
            t("www.example.com", 1, 16, TokenKind.URL), t("]", 16, 17, PUN)),
        row("«http://x.co»", t("«", 0, 1, PUN), t("http://x.co", 1, 12, TokenKind.URL),
            t("»", 12, 13, PUN)),
        row("http://x.com،وقال", t("http://x.com", 0, 12, TokenKind.URL), t("،", 12, 13, PUN),
            t("وقال", 13, 17, AR)),
        row("HTTPS://X.COM/", t("HTTPS://X.COM/", 0, 14, TokenKind.URL)),
        row("http://", t("http", 0, 4, LAT), t(":", 4, 5, PUN), t("//", 5, 7, PUN)),
        row("راسلونا على info@alam.dev.", t("راسلونا", 0, 7, AR), t("على", 8, 11, AR),
            t("info@alam.dev", 12, 25, TokenKind.EMAIL), t(".", 25, 26, PUN)),
        row("a.b-c+d@mail.example.org", t("a.b-c+d@mail.example.org", 0, 24, TokenKind.EMAIL)),
        row("a@b.com-", t("a@b.com", 0, 7, TokenKind.EMAIL), t("-", 7, 8, PUN)),
        row("user@localhost", t("user", 0, 4, LAT), t("@", 4, 5, PUN),
            t("localhost", 5, 14, LAT)),
        row("#إيران_اليوم", t("#إيران_اليوم", 0, 12, TokenKind.HASHTAG)),
        row("#وسم_عربي_2019", t("#وسم_عربي_2019", 0, 14, TokenKind.HASHTAG)),
        row("#Tehran2019، ثم", t("#Tehran2019", 0, 11, TokenKind.HASHTAG), t("،", 11, 12, PUN),
            t("ثم", 13, 15, AR)),
        row("#_ ##", t("#", 0, 1, PUN), t("_", 1, 2, PUN), t("##", 3, 5, PUN)),
        row("x#tag", t("x", 0, 1, LAT), t("#", 1, 2, PUN), t("tag", 2, 5, LAT)),
        row("@alam_dev: @محمد", t("@alam_dev", 0, 9, TokenKind.HANDLE), t(":", 9, 10, PUN),
            t("@", 11, 12, PUN), t("محمد", 12, 16, AR)));
  }

  static Stream<Arguments> symbols() {
    return Stream.of(
        // man ZWJ woman ZWJ girl: three surrogate pairs joined into one emoji
        row("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
            t("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", 0, 8, SYM)),
        // the flags of Saudi Arabia and Egypt: regional indicators pair up
        row("\uD83C\uDDF8\uD83C\uDDE6\uD83C\uDDEA\uD83C\uDDEC",
            t("\uD83C\uDDF8\uD83C\uDDE6", 0, 4, SYM), t("\uD83C\uDDEA\uD83C\uDDEC", 4, 8, SYM)),
        row("\uD83D\uDC4D\uD83C\uDFFD", t("\uD83D\uDC4D\uD83C\uDFFD", 0, 4, SYM)), // skin tone
        row("\u2764\uFE0F!", t("\u2764\uFE0F", 0, 2, SYM), t("!", 2, 3, PUN)),
        row("1\uFE0F\u20E3 #\u20E3", t("1\uFE0F\u20E3", 0, 3, SYM), t("#\u20E3", 4, 6, SYM)),
        // a keycap encloses one character: a longer number stays whole, the mark is left over
        row("10\u20E3", t("10", 0, 2, NUM), t("\u20E3", 2, 3, SYM)),
        row("سلام😀", t("سلام", 0, 4, AR), t("😀", 4, 6, SYM)),
        row("\u064E\u064E", t("\u064E\u064E", 0, 2, SYM)), // marks with no letter
        row("100% $5", t("100", 0, 3, NUM), t("%", 3, 4, PUN), t("$", 5, 6, SYM),
            t("5", 6, 7, NUM)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"words", "numbers", "addresses", "symbols"})
  void tokenizesAsWorkedOutByHand(String input, List<Tuple> expected) {
    TokenizedText result = TOKENIZER.analyze(input);

    assertThat(result.tokens())
        .extracting(Token::text, Token::start, Token::end, Token::kind)
        .containsExactlyElementsOf(expected);
    TokenInvariants.check(input, result);
    TokenInvariants.checkNothingDropped(input, result.tokens());
  }

  static Stream<Arguments> norms() {
    return Stream.of(
        arguments("أَحْمَد", "احمد"),
        arguments("مدرسة", "مدرسه"),
        arguments("مصطفى", "مصطفي"),
        arguments("کتاب", "كتاب"),
        arguments("٢٠١٩/١٠", "2019/10"),
        arguments("\uFDF2", "الله"),
        arguments("ـــ", "ـــ"),
        arguments("Tehran", "Tehran"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("norms")
  void aTokenCarriesItsStandardNormalForm(String input, String norm) {
    assertThat(TOKENIZER.tokenize(input)).extracting(Token::norm).containsExactly(norm);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "  \n\t ", "\u200F\u200B\uFEFF", "\u2029\u00A0"})
  void textWithoutTokensGivesEmptyResults(String input) {
    TokenizedText result = TOKENIZER.analyze(input);

    assertThat(result.tokens()).isEmpty();
    assertThat(result.sentences()).isEmpty();
    assertThat(result.text()).isEqualTo(input);
  }

  @Test
  void nullIsRejectedByName() {
    assertThatNullPointerException().isThrownBy(() -> TOKENIZER.tokenize(null)).withMessage("text");
    assertThatNullPointerException().isThrownBy(() -> TOKENIZER.analyze(null)).withMessage("text");
    assertThatNullPointerException().isThrownBy(() -> Tokenizer.withSegmenter(null))
        .withMessage("segmenter");
  }

  @Test
  void theResultListsAreUnmodifiable() {
    TokenizedText result = TOKENIZER.analyze("نص. نص");

    assertThat(result.tokens()).isUnmodifiable();
    assertThat(result.sentences()).isUnmodifiable();
    assertThat(TOKENIZER.tokenize("نص")).isUnmodifiable();
  }

  /**
   * A segmenter whose evidence is the given words, frequent enough to split them off, and a
   * calibration word seen with every proclitic sequence, so that the attachment rates the
   * segmenter estimates from its vocabulary are not zero.
   */
  private static Tokenizer splittingOff(String... words) {
    Map<String, Integer> counts = new java.util.HashMap<>();
    counts.put("كتاب", 1000);
    for (String p : new String[] {"و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}) {
      counts.put(p + "كتاب", 100);
    }
    for (String word : words) {
      counts.put(word, 1_000_000);
    }
    return Tokenizer.withSegmenter(ProcliticSegmenter.of(Vocabulary.of(counts)));
  }

  @Test
  void procliticsBecomeTokensOfTheirOwn() {
    String input = "وبالعلم";
    TokenizedText result = splittingOff("العلم").analyze(input);

    assertThat(result.tokens())
        .extracting(Token::text, Token::start, Token::end, Token::norm, Token::kind)
        .containsExactly(
            tuple("و", 0, 1, "و", TokenKind.PROCLITIC),
            tuple("ب", 1, 2, "ب", TokenKind.PROCLITIC),
            tuple("العلم", 2, 7, "العلم", AR));
    TokenInvariants.check(input, result);
  }

  @Test
  void aProcliticKeepsItsDiacriticsAndTheWordItsOwn() {
    String input = "وَبِالعِلْمِ";
    TokenizedText result = splittingOff("العلم").analyze(input);

    assertThat(result.tokens())
        .extracting(Token::text, Token::start, Token::end, Token::norm, Token::kind)
        .containsExactly(
            tuple("وَ", 0, 2, "و", TokenKind.PROCLITIC),
            tuple("بِ", 2, 4, "ب", TokenKind.PROCLITIC),
            tuple("العِلْمِ", 4, 12, "العلم", AR));
    TokenInvariants.check(input, result);
  }

  @Test
  void aWordThatLostTheAlefOfItsArticleGetsItBackInItsNorm() {
    TokenizedText result = splittingOff("الاحزاب").analyze("للأحزاب");

    assertThat(result.tokens())
        .extracting(Token::text, Token::start, Token::end, Token::norm, Token::kind)
        .containsExactly(
            tuple("ل", 0, 1, "ل", TokenKind.PROCLITIC),
            tuple("لأحزاب", 1, 7, "الاحزاب", AR));
  }

  @Test
  void aTatweelBeforeTheProcliticStaysInTheProcliticsToken() {
    String input = "ـوبالعلم";
    TokenizedText result = splittingOff("العلم").analyze(input);

    assertThat(result.tokens())
        .extracting(Token::text, Token::start, Token::end, Token::kind)
        .containsExactly(
            tuple("ـو", 0, 2, TokenKind.PROCLITIC),
            tuple("ب", 2, 3, TokenKind.PROCLITIC),
            tuple("العلم", 3, 8, AR));
    TokenInvariants.checkNothingDropped(input, result.tokens());
  }

  @Test
  void aTatweelAfterAFormatControlStaysWithTheProclitic() {
    String input = "ب\u200Cـأمين";
    TokenizedText result = splittingOff("امين").analyze(input);

    assertThat(result.tokens())
        .extracting(Token::text, Token::start, Token::end, Token::kind)
        .containsExactly(
            tuple("ب\u200Cـ", 0, 3, TokenKind.PROCLITIC),
            tuple("أمين", 3, 7, AR));
    TokenInvariants.checkNothingDropped(input, result.tokens());
  }

  @Test
  void aFormatControlBetweenProcliticAndWordBelongsToNeither() {
    TokenizedText result = splittingOff("العلم").analyze("و\u200Cالعلم");

    assertThat(result.tokens())
        .extracting(Token::text, Token::start, Token::end, Token::kind)
        .containsExactly(
            tuple("و", 0, 1, TokenKind.PROCLITIC),
            tuple("العلم", 2, 7, AR));
  }

  @Test
  void aSplitInsideALigatureIsNotMade() {
    Tokenizer tokenizer = splittingOff("اعبون");
    ProcliticSegmenter.Split split =
        ProcliticSegmenter.of(Vocabulary.of(Map.of("اعبون", 1_000_000))).split("لاعبون");
    assumeThat(split.proclitics()).as("the segmenter splits ل off لاعبون").isEqualTo(1);

    // ﻻ is one character standing for ل and ا: the proclitic cannot be cut out of it.
    assertThat(tokenizer.tokenize("\uFEFBعبون"))
        .extracting(Token::text, Token::start, Token::end, Token::kind)
        .containsExactly(tuple("\uFEFBعبون", 0, 5, AR));
  }

  @Test
  void withoutProcliticSplittingAWordStaysWhole() {
    assertThat(TOKENIZER.tokenize("وبالعلم"))
        .extracting(Token::text, Token::kind)
        .containsExactly(tuple("وبالعلم", AR));
  }
}
