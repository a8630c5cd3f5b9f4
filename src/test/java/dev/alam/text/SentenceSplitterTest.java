package dev.alam.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Sentence boundaries, checked through {@link Tokenizer#analyze(String)}. */
class SentenceSplitterTest {
  private static final Tokenizer TOKENIZER = Tokenizer.withoutProcliticSplitting();

  private static Arguments row(String input, String... sentences) {
    return arguments(input, List.of(sentences));
  }

  static Stream<Arguments> sentences() {
    return Stream.of(
        row("ذهب. جاء", "ذهب.", "جاء"),
        row("هل جاء؟ نعم", "هل جاء؟", "نعم"),
        row("What? Yes! No.", "What?", "Yes!", "No."),
        row("البلد.جاءت", "البلد.", "جاءت"),
        row("انتظر... ثم", "انتظر...", "ثم"),
        row("انتظر… ثم", "انتظر…", "ثم"),
        // A run of different terminal marks ends one sentence.
        row("ماذا؟! نعم", "ماذا؟!", "نعم"),
        row("Really?!? Yes", "Really?!?", "Yes"),
        row("...!!", "...!!"),
        // Closing quotes and brackets after the full stop stay with the sentence.
        row("قال: \"انتهى.\" ثم ذهب.", "قال: \"انتهى.\"", "ثم ذهب."),
        row("«انتهى.» ثم", "«انتهى.»", "ثم"),
        row("(انتهى.) ثم", "(انتهى.)", "ثم"),
        row("He said \u201Cno.\u201D Then", "He said \u201Cno.\u201D", "Then"),
        // Abbreviations do not end a sentence.
        row("قال د. علي إن", "قال د. علي إن"),
        row("Mr. Smith left. He stayed.", "Mr. Smith left.", "He stayed."),
        row("e.g. this one", "e.g. this one"),
        row("قال د.", "قال د."),
        // A single letter after a number is a unit or era, not an initial: 2019 م.
        row("عام 2019 م. ثم", "عام 2019 م.", "ثم"),
        // … but a letter of an initialism is, even after a number: 7000 ق.م. (BC).
        row("حوالي 7000 ق.م. بدأت", "حوالي 7000 ق.م. بدأت"),
        row("7000ق.م. بدأت", "7000ق.م. بدأت"),
        row("the U.S. Army", "the U.S. Army"),
        // Full stops inside numbers do not end a sentence; after a number they do.
        row("بلغ 3.5 مليون", "بلغ 3.5 مليون"),
        row("في عام 2019. ثم", "في عام 2019.", "ثم"),
        row("في ٢٠١٩/١٠/٢٣. ثم", "في ٢٠١٩/١٠/٢٣.", "ثم"),
        // Line breaks end a sentence, even after an abbreviation.
        row("سطر أول\nسطر ثان", "سطر أول", "سطر ثان"),
        row("سطر أول\r\nسطر ثان", "سطر أول", "سطر ثان"),
        row("سطر\u2029سطر", "سطر", "سطر"),
        row("ذهب.\n\nجاء.", "ذهب.", "جاء."),
        row("د.\nعلي", "د.", "علي"),
        // A sentence spans its tokens only, without the space around them.
        row("   نص   ", "نص"),
        row("\uFEFFنص.\u200F", "نص."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sentences")
  void splitsIntoSentencesAsWorkedOutByHand(String input, List<String> expected) {
    TokenizedText result = TOKENIZER.analyze(input);

    assertThat(result.sentences())
        .extracting(sentence -> input.substring(sentence.start(), sentence.end()))
        .containsExactlyElementsOf(expected);
    TokenInvariants.check(input, result);
  }

  static Stream<Arguments> overLongRuns() {
    String word = "كلمة ";
    return Stream.of(
        arguments("1200 words without a sentence end", word.repeat(1200), List.of(500, 500, 200)),
        arguments("a comma in the second half of the cap",
            word.repeat(400) + "، " + word.repeat(300), List.of(401, 300)),
        arguments("a comma only in the first half", word.repeat(100) + "، " + word.repeat(600),
            List.of(500, 201)),
        arguments("a semicolon and a colon, the later one wins",
            word.repeat(300) + "؛ " + word.repeat(100) + ": " + word.repeat(300),
            List.of(402, 300)),
        arguments("a bracket at the cap stays with its word, cut at the space before",
            word.repeat(499) + "(كلمة) " + word.repeat(10), List.of(499, 13)),
        arguments("full stops with closing brackets attached", ".)".repeat(600),
            List.of(500, 500, 200)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overLongRuns")
  void aRunWithoutASentenceEndIsCutAfterAtMostMaxTokens(String name, String input,
      List<Integer> sizes) {
    TokenizedText result = TOKENIZER.analyze(input);

    assertThat(result.sentences()).extracting(s -> result.tokensOf(s).size())
        .containsExactlyElementsOf(sizes);
    assertThat(sizes).allMatch(size -> size <= SentenceSplitter.MAX_TOKENS);
    TokenInvariants.check(input, result);
  }
}
