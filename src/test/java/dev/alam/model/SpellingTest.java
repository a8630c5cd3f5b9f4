package dev.alam.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alam.text.SpellingDictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingTest {
  @ParameterizedTest(name = "{0}: dictionary {1}, spelling {2}")
  @CsvSource({
      "القاهرة, true, true",
      "القاهره, false, true", // ة written ه
      "الأمم, true, true",
      "الامم, false, true", // no hamza on the alef after ال
      "مستشفى, true, true",
      "مستشفي, true, true",
      "القاضى, false, true", // final ى for ي
      "اعلان, false, true", // no hamza on the first alef (إعلان)
      "ابراهيم, false, true",
      "كِتَابٌ, true, true", // diacritics dropped
      "كتـاب, true, true", // tatweel dropped
      "كاسياس, false, false", // foreign names
      "فولكسفاغن, false, false",
      "شيفروليه, false, false"})
  void knowsWordsWithTheHamzaOrFinalLetterTextLeavesOut(String word, boolean dictionary,
      boolean spelling) {
    assertThat(SpellingDictionary.standard().accepts(word)).isEqualTo(dictionary);
    assertThat(Spelling.standard().knows(word)).isEqualTo(spelling);
  }

  @Test
  void keepsAnswersForTheFirstWordsOnlyAndTheyDoNotChange() {
    Spelling spelling = new Spelling(SpellingDictionary.standard());
    for (int i = 0; i < Spelling.CACHE_LIMIT + 500; i++) {
      assertThat(spelling.knows("كاسياس" + i)).isFalse();
    }
    assertThat(spelling.cached()).isEqualTo(Spelling.CACHE_LIMIT);
    for (String w : new String[] {"القاهره", "كاسياس", "كاسياس0"}) {
      boolean first = spelling.knows(w);
      assertThat(spelling.knows(w)).isEqualTo(first)
          .isEqualTo(new Spelling(SpellingDictionary.standard()).knows(w));
    }
    assertThat(spelling.knows("القاهره")).isTrue(); // not cached, still answered
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"كِتَابٌ, كتاب", "كتـاب, كتاب", "كتاب, كتاب", "ـ, ''"})
  void stripsDiacriticsAndTatweel(String text, String stripped) {
    assertThat(Spelling.strip(text)).isEqualTo(stripped);
  }
}
