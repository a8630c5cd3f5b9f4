package dev.alam.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.alam.text.Token;
import dev.alam.text.TokenKind;
import dev.alam.text.Tokenizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
  private static final Tokenizer WHOLE_WORDS = Tokenizer.withoutProcliticSplitting();

  private static final Gazetteer<String> COUNTRIES = Gazetteer.<String>builder()
      .add("الولايات المتحدة", "US")
      .add("الولايات المتحدة الأمريكية", "US-long")
      .add("المتحدة", "adjective")
      .add("أمريكا", "US")
      .add("إيران", "IR")
      .add("الإيراني", "IR-nisba")
      .add("أفغانستان", "AF")
      .add("روسيا", "RU")
      .add("الصين", "CN")
      .add("البوسنة والهرسك", "BA")
      .add("عمان", "OM")
      .add("عمّان", "JO")
      .build();

  /** Builds tokens by hand: "P:" marks a proclitic; words are separated by one space. */
  private static List<Token> tokens(String... parts) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (String part : parts) {
      boolean proclitic = part.startsWith("P:");
      String text = proclitic ? part.substring(2) : part;
      TokenKind kind = proclitic ? TokenKind.PROCLITIC : TokenKind.ARABIC_WORD;
      out.add(new Token(text, offset, offset + text.length(),
          dev.alam.text.Normalizer.standard().normalizeToString(text), kind));
      offset += text.length() + (proclitic ? 0 : 1);
    }
    return out;
  }

  @Test
  void keyOfNormalisesEachToken() {
    assertThat(Gazetteer.keyOf("الولايات المتحدة")).containsExactly("الولايات", "المتحده");
    assertThat(Gazetteer.keyOf("أمريكا")).containsExactly("امريكا");
  }

  @Test
  void keyOfRejectsTextWithoutTokens() {
    assertThatThrownBy(() -> Gazetteer.keyOf("   ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void longestMatchWinsOverShorterPrefix() {
    List<Token> input = WHOLE_WORDS.tokenize("زار الولايات المتحدة الأمريكية أمس");
    assertThat(COUNTRIES.longestAt(input, 1)).hasValueSatisfying(m -> {
      assertThat(m.startToken()).isEqualTo(1);
      assertThat(m.endToken()).isEqualTo(4);
      assertThat(m.values()).containsExactly("US-long");
    });
  }

  @Test
  void longestMatchesReportsOverlappingCandidatesAtEachIndex() {
    List<Token> input = WHOLE_WORDS.tokenize("الولايات المتحدة الأمريكية");
    assertThat(COUNTRIES.longestMatches(input))
        .extracting(GazetteerMatch::startToken, GazetteerMatch::endToken, GazetteerMatch::values)
        .containsExactly(tuple(0, 3, List.of("US-long")), tuple(1, 2, List.of("adjective")));
  }

  @Test
  void nonOverlappingMatchesSkipWhatTheLongestMatchCovers() {
    List<Token> input = WHOLE_WORDS.tokenize("الولايات المتحدة الأمريكية وإيران");
    assertThat(COUNTRIES.nonOverlappingMatches(input))
        .extracting(GazetteerMatch::startToken, GazetteerMatch::endToken)
        .containsExactly(tuple(0, 3));
  }

  @Test
  void allMatchesListsNestedMatchesOuterFirst() {
    List<Token> input = WHOLE_WORDS.tokenize("الولايات المتحدة الأمريكية");
    assertThat(COUNTRIES.allMatches(input))
        .extracting(GazetteerMatch::startToken, GazetteerMatch::endToken)
        .containsExactly(tuple(0, 3), tuple(0, 2), tuple(1, 2));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "أمريكا, US", "امريكا, US", "أميركا,", "إيران, IR", "ايران, IR", "الإيراني, IR-nisba",
      "الايراني, IR-nisba", "إيرانَ, IR", "الصين, CN"})
  void spellingVariantsThatNormaliseAlikeMatch(String word, String expected) {
    List<Token> input = WHOLE_WORDS.tokenize(word);
    if (expected == null) {
      assertThat(COUNTRIES.longestMatches(input)).isEmpty();
    } else {
      assertThat(COUNTRIES.longestMatches(input)).singleElement()
          .extracting(GazetteerMatch::values).isEqualTo(List.of(expected));
    }
  }

  @Test
  void homographsShareOneKeyAndKeepBothValues() {
    assertThat(COUNTRIES.get("عمان")).containsExactly("OM", "JO");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"الصينية", "إيرانية", "أفغانستانية", "بالصين"})
  void noMatchInsideALongerToken(String word) {
    assertThat(COUNTRIES.longestMatches(WHOLE_WORDS.tokenize(word))).isEmpty();
  }

  @Test
  void matchesAfterHandSplitProclitics() {
    List<Token> input = tokens("P:و", "أفغانستان", "P:ب", "الصين");
    assertThat(COUNTRIES.longestMatches(input))
        .extracting(GazetteerMatch::startToken, GazetteerMatch::endToken, GazetteerMatch::values)
        .containsExactly(tuple(1, 2, List.of("AF")), tuple(3, 4, List.of("CN")));
  }

  @Test
  void matchesAfterProcliticsSplitByTheStandardTokenizer() {
    // (Tokenizer.standard() leaves وأفغانستان whole at present; the hand-split case is tested above.)
    String text = "زار وفد بالصين ولإيران وروسيا";
    List<Token> input = Tokenizer.standard().tokenize(text);
    List<GazetteerMatch<String>> matches = COUNTRIES.longestMatches(input);
    assertThat(matches)
        .extracting(m -> text.substring(m.charStart(input), m.charEnd(input)))
        .containsExactly("الصين", "إيران", "روسيا");
  }

  @Test
  void keyWordThatTheTokenizerSplitStillMatches() {
    List<Token> input = tokens("البوسنة", "P:و", "الهرسك");
    assertThat(COUNTRIES.longestMatches(input)).singleElement().satisfies(m -> {
      assertThat(m.startToken()).isZero();
      assertThat(m.endToken()).isEqualTo(3);
      assertThat(m.values()).containsExactly("BA");
    });
  }

  @Test
  void unsplitInputMatchesWholeKeyWords() {
    assertThat(COUNTRIES.longestMatches(WHOLE_WORDS.tokenize("البوسنة والهرسك")))
        .extracting(GazetteerMatch::endToken).containsExactly(2);
  }

  @Test
  void emptyInputAndEmptyGazetteerGiveNoMatches() {
    assertThat(COUNTRIES.longestMatches(List.of())).isEmpty();
    Gazetteer<String> empty = Gazetteer.<String>builder().build();
    assertThat(empty.size()).isZero();
    assertThat(empty.maxKeyLength()).isZero();
    assertThat(empty.allMatches(WHOLE_WORDS.tokenize("إيران"))).isEmpty();
  }

  @Test
  void longestAtTheEndOfTheListIsEmpty() {
    List<Token> input = WHOLE_WORDS.tokenize("إيران");
    assertThat(COUNTRIES.longestAt(input, 1)).isEmpty();
    assertThatThrownBy(() -> COUNTRIES.longestAt(input, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void sizeCountsKeysAndMaxKeyLengthCountsTokens() {
    assertThat(COUNTRIES.size()).isEqualTo(11); // عمان and عمّان share a key
    assertThat(COUNTRIES.maxKeyLength()).isEqualTo(3);
  }

  @Test
  void duplicatePayloadsUnderOneKeyAreStoredOnce() {
    Gazetteer<String> g = Gazetteer.<String>builder().add("إيران", "IR").add("ايران", "IR").build();
    assertThat(g.get("إيران")).containsExactly("IR");
  }

  @Test
  void builderRejectsBadKeys() {
    Gazetteer.Builder<String> b = Gazetteer.builder();
    assertThatThrownBy(() -> b.add(List.of(), "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.add(List.of("a b"), "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a b");
    assertThatThrownBy(() -> b.add("إيران", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void gazetteersAlreadyBuiltDoNotSeeLaterAdditions() {
    Gazetteer.Builder<String> b = Gazetteer.<String>builder().add("إيران", "IR");
    Gazetteer<String> first = b.build();
    b.add("العراق", "IQ");
    assertThat(first.get("العراق")).isEmpty();
    assertThat(b.build().get("العراق")).containsExactly("IQ");
  }

  @Test
  void matchingIsLinearOnInputFullOfPartialMatches() {
    // Every token starts a 40-token key that never completes: a matcher that did not stop at the
    // longest key length would do quadratic work here.
    Gazetteer.Builder<String> b = Gazetteer.builder();
    b.add(Collections.nCopies(40, "ايران").stream().toList().subList(0, 39), "short");
    List<String> longKey = new ArrayList<>(Collections.nCopies(39, "ايران"));
    longKey.add("العراق");
    b.add(longKey, "long");
    Gazetteer<String> g = b.build();
    List<Token> input = WHOLE_WORDS.tokenize("إيران ".repeat(200_000));
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      List<GazetteerMatch<String>> matches = g.longestMatches(input);
      assertThat(matches).hasSize(200_000 - 38);
      assertThat(matches).allMatch(m -> m.tokenCount() == 39);
    });
  }

  @Test
  void eightThreadsSharingOneGazetteerGetTheSequentialAnswer() throws Exception {
    List<Token> input = WHOLE_WORDS.tokenize(
        "الولايات المتحدة الأمريكية وإيران والصين وأفغانستان ".repeat(500));
    List<GazetteerMatch<String>> expected = COUNTRIES.allMatches(input);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<GazetteerMatch<String>>>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> COUNTRIES.allMatches(input)));
      }
      for (Future<List<GazetteerMatch<String>>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void matchRejectsEmptySpans() {
    assertThatThrownBy(() -> new GazetteerMatch<>(2, 2, List.of("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GazetteerMatch<String>(0, 1, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
