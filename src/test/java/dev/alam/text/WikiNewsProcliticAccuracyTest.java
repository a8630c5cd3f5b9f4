package dev.alam.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds the measured proclitic segmentation accuracy on the WikiNews gold ({@code
 * ../shared/corpora/wikinews-farasa}), which no part of the vocabulary was built from. The
 * figures in {@code models/README.md} come from {@link WikiNewsProcliticGold#main}.
 */
class WikiNewsProcliticAccuracyTest {
  private static List<WikiNewsProcliticGold.Word> words;

  @BeforeAll
  static void readGold() throws IOException {
    assertThat(WikiNewsProcliticGold.FILE)
        .as("the WikiNews gold, read relative to the project root").exists();
    words = WikiNewsProcliticGold.read();
  }

  @Test
  void readsEveryGoldWord() {
    assertThat(words).hasSize(18_300);
    assertThat(words).filteredOn(w -> w.proclitics() > 0).hasSize(2_323);
  }

  @ParameterizedTest(name = "{0} → {1} ({2} proclitic letters, article restored: {3})")
  @CsvSource({
      "و+ال+تلفزيون, والتلفزيون, 1, false",
      "ل+ال+أحزاب, للاحزاب, 1, true",
      "ل+ال+لغ+ة, للغه, 1, true",
      "و+ب+ال+نسب+ة, وبالنسبه, 2, false",
      "ب, ب, 0, false",
      "ثقاف+ة, ثقافه, 0, false",
      "+, +, 0, false",
  })
  void parsesGoldSegmentations(String segmented, String norm, int proclitics, boolean restored) {
    assertThat(WikiNewsProcliticGold.parse(segmented))
        .isEqualTo(new WikiNewsProcliticGold.Word(segmented, norm, proclitics, restored));
  }

  @Test
  void wordAccuracyOnTheWholeSetIsAtLeast98Percent() {
    WikiNewsProcliticGold.Score all =
        WikiNewsProcliticGold.score(ProcliticSegmenter.standard(), "all", words);
    System.out.println("WikiNews proclitics: " + all);
    assertThat(all.accuracy()).isGreaterThanOrEqualTo(0.98);
    assertThat(all.accuracyWithProclitic()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void wordAccuracyOnTheUntunedTestHalfIsAtLeast98Percent() {
    WikiNewsProcliticGold.Score test = WikiNewsProcliticGold.score(
        ProcliticSegmenter.standard(), "test", WikiNewsProcliticGold.test(words));
    System.out.println("WikiNews proclitics: " + test);
    assertThat(test.accuracy()).isGreaterThanOrEqualTo(0.98);
    assertThat(test.accuracyStartingWithLetter()).isGreaterThanOrEqualTo(0.93);
  }
}
