package dev.alam.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Label consistency over running text in the coarse scheme. Notation: sentences separated by
 * {@code |}, each {@code token/TAG} pairs separated by spaces; a sentence of {@code -} is a
 * filler sentence without names.
 */
class CoarseConsistencyTest {
  @ParameterizedTest(name = "[{index}] window {1}: {0}")
  @CsvSource(delimiter = ';', value = {
      // A name spreads to its untagged recurrence in a later or an earlier sentence.
      "زار/O ميلوفيتش/B-PERS | قال/O ميلوفيتش/O; 1;"
          + " زار/O ميلوفيتش/B-PERS | قال/O ميلوفيتش/B-PERS",
      "قال/O ميلوفيتش/O | زار/O ميلوفيتش/B-PERS; 1;"
          + " قال/O ميلوفيتش/B-PERS | زار/O ميلوفيتش/B-PERS",
      // ... up to the window's edge, and not beyond it.
      "ميلوفيتش/B-PERS | - | قال/O ميلوفيتش/O; 2; ميلوفيتش/B-PERS | - | قال/O ميلوفيتش/B-PERS",
      "ميلوفيتش/B-PERS | - | - | قال/O ميلوفيتش/O; 2; ميلوفيتش/B-PERS | - | - | قال/O ميلوفيتش/O",
      "ميلوفيتش/B-PERS | قال/O ميلوفيتش/O; 0; ميلوفيتش/B-PERS | قال/O ميلوفيتش/O",
      // Window 0 still spreads within the sentence.
      "زار/O ميلوفيتش/B-PERS وقال/O ميلوفيتش/O; 0; زار/O ميلوفيتش/B-PERS وقال/O ميلوفيتش/B-PERS",
      // A name of several words spreads whole; words compare normalised.
      "الأمم/B-ORG المتحدة/I-ORG | قالت/O الامم/O المتحدة/O; 1;"
          + " الأمم/B-ORG المتحدة/I-ORG | قالت/O الامم/B-ORG المتحدة/I-ORG",
      // A name tagged with two types in the window spreads as neither...
      "عمان/B-LOC | عمان/B-PERS | زار/O عمان/O; 2; عمان/B-LOC | عمان/B-PERS | زار/O عمان/O",
      // ... but a conflict outside the window does not block it.
      "عمان/B-PERS | - | - | عمان/B-LOC | زار/O عمان/O; 1;"
          + " عمان/B-PERS | - | - | عمان/B-LOC | زار/O عمان/B-LOC",
      // A tagged recurrence is never retagged, not even in part.
      "الأمم/B-ORG المتحدة/I-ORG | الأمم/B-MISC المتحدة/O; 1;"
          + " الأمم/B-ORG المتحدة/I-ORG | الأمم/B-MISC المتحدة/O",
      // Nor is a recurrence that an I- tag after it would run on into.
      "جون/B-PERS | جون/O سميث/I-PERS; 1; جون/B-PERS | جون/O سميث/I-PERS",
      // Names of fewer than three letters do not spread.
      "بي/B-ORG | قال/O بي/O; 1; بي/B-ORG | قال/O بي/O",
      // Nor do names of more than six words.
      "أ/B-ORG ب/I-ORG ج/I-ORG د/I-ORG هـ/I-ORG و/I-ORG ز/I-ORG | أ/O ب/O ج/O د/O هـ/O و/O ز/O; 1;"
          + " أ/B-ORG ب/I-ORG ج/I-ORG د/I-ORG هـ/I-ORG و/I-ORG ز/I-ORG"
          + " | أ/O ب/O ج/O د/O هـ/O و/O ز/O"})
  void namesSpreadToUntaggedRecurrencesInTheWindow(String document, int window,
      String expected) {
    List<List<String>> tokens = new ArrayList<>();
    List<List<String>> tags = new ArrayList<>();
    parse(document, tokens, tags);
    List<List<String>> expectedTokens = new ArrayList<>();
    List<List<String>> expectedTags = new ArrayList<>();
    parse(expected, expectedTokens, expectedTags);

    assertThat(CoarseConsistency.propagate(tokens, tags, window)).isEqualTo(expectedTags);
  }

  @Test
  void theInputIsLeftAsItWas() {
    List<List<String>> tokens = List.of(List.of("ميلوفيتش"), List.of("قال", "ميلوفيتش"));
    List<List<String>> tags = List.of(new ArrayList<>(List.of("B-PERS")),
        new ArrayList<>(List.of("O", "O")));

    List<List<String>> out = CoarseConsistency.propagate(tokens, tags, 1);

    assertThat(out.get(1)).containsExactly("O", "B-PERS");
    assertThat(tags.get(1)).containsExactly("O", "O");
  }

  private static void parse(String document, List<List<String>> tokens,
      List<List<String>> tags) {
    for (String sentence : document.split("\\|")) {
      List<String> words = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (String pair : sentence.strip().split(" ")) {
        if (pair.equals("-")) {
          words.addAll(List.of("في", "ذلك", "الوقت"));
          labels.addAll(List.of("O", "O", "O"));
          continue;
        }
        int slash = pair.lastIndexOf('/');
        words.add(pair.substring(0, slash));
        labels.add(pair.substring(slash + 1));
      }
      tokens.add(words);
      tags.add(labels);
    }
  }
}
