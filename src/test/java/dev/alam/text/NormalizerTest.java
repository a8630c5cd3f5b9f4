package dev.alam.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NormalizerTest {

  /**
   * One row per rule behaviour: an input that only {@code rule} changes, and what it becomes.
   * Expected values are written out from the Unicode code charts, not taken from the code.
   */
  static Stream<Arguments> ruleRows() {
    return Stream.of(
        // Presentation forms: ligatures and contextual shapes become plain letters.
        arguments(NormalizationRule.PRESENTATION_FORMS, "\uFEFB", "\u0644\u0627"), // ﻻ → لا
        arguments(NormalizationRule.PRESENTATION_FORMS, "\uFDF2", "\u0627\u0644\u0644\u0647"), // ﷲ → الله
        arguments(NormalizationRule.PRESENTATION_FORMS, "\uFE91\uFEAE", "\u0628\u0631"), // ﺑﺮ → بر
        arguments(NormalizationRule.PRESENTATION_FORMS, "\uFEEA\uFEF4", "\u0647\u064A"), // ﻪﻴ → هي
        // Diacritics: harakat, tanwin, shadda, sukun, superscript alef, Quranic marks.
        arguments(NormalizationRule.DIACRITICS, "مُحَمَّد", "محمد"),
        arguments(NormalizationRule.DIACRITICS, "كتابًا", "كتابا"),
        arguments(NormalizationRule.DIACRITICS, "مِنْ", "من"),
        arguments(NormalizationRule.DIACRITICS, "ه\u0670ذا", "هذا"),
        arguments(NormalizationRule.DIACRITICS, "ا\u0654", "ا"),
        arguments(NormalizationRule.DIACRITICS, "ا\u065F", "ا"),
        arguments(NormalizationRule.DIACRITICS, "قال\u06D6", "قال"),
        arguments(NormalizationRule.DIACRITICS, "ص\u0610", "ص"),
        arguments(NormalizationRule.DIACRITICS, "ا\u06ED", "ا"),
        // Tatweel.
        arguments(NormalizationRule.TATWEEL, "ســــلام", "سلام"),
        // Alef variants.
        arguments(NormalizationRule.ALEF_VARIANTS, "أحمد", "احمد"),
        arguments(NormalizationRule.ALEF_VARIANTS, "إيران", "ايران"),
        arguments(NormalizationRule.ALEF_VARIANTS, "آسيا", "اسيا"),
        arguments(NormalizationRule.ALEF_VARIANTS, "\u0671لله", "الله"), // alef wasla
        // Alef maqsura.
        arguments(NormalizationRule.ALEF_MAQSURA, "مصطفى", "مصطفي"),
        // Teh marbuta.
        arguments(NormalizationRule.TEH_MARBUTA, "مدينة", "مدينه"),
        // Persian and Urdu letters.
        arguments(NormalizationRule.PERSIAN_LETTERS, "\u06CC", "\u064A"), // ی → ي
        arguments(NormalizationRule.PERSIAN_LETTERS, "\u06A9", "\u0643"), // ک → ك
        arguments(NormalizationRule.PERSIAN_LETTERS, "\u06C0", "\u0647"), // ۀ → ه
        arguments(NormalizationRule.PERSIAN_LETTERS, "پا\u06A9ستان", "پاكستان"),
        arguments(NormalizationRule.PERSIAN_LETTERS, "ا\u06CCران", "ايران"),
        // Digits.
        arguments(NormalizationRule.DIGITS, "٢٠١٩", "2019"),
        arguments(NormalizationRule.DIGITS, "۱۳۹۸", "1398"),
        arguments(NormalizationRule.DIGITS, "٣٫٥", "3.5"),
        arguments(NormalizationRule.DIGITS, "١٬٠٠٠", "1,000"),
        // Format controls.
        arguments(NormalizationRule.FORMAT_CONTROLS, "a\u200Eb", "ab"), // LRM
        arguments(NormalizationRule.FORMAT_CONTROLS, "كتاب\u200F", "كتاب"), // RLM
        arguments(NormalizationRule.FORMAT_CONTROLS, "\u061C123", "123"), // ALM
        arguments(NormalizationRule.FORMAT_CONTROLS, "من\u200Cها", "منها"), // ZWNJ
        arguments(NormalizationRule.FORMAT_CONTROLS, "ل\u200Dا", "لا"), // ZWJ
        arguments(NormalizationRule.FORMAT_CONTROLS, "\uFEFFنص", "نص"), // BOM
        arguments(NormalizationRule.FORMAT_CONTROLS, "\u202Bنص\u202C", "نص"), // RLE … PDF
        arguments(NormalizationRule.FORMAT_CONTROLS, "\u202Eنص\u202C", "نص"), // RLO … PDF
        arguments(NormalizationRule.FORMAT_CONTROLS, "\u2067نص\u2069", "نص"), // RLI … PDI
        arguments(NormalizationRule.FORMAT_CONTROLS, "co\u00ADop", "coop"), // soft hyphen
        arguments(NormalizationRule.FORMAT_CONTROLS, "a\u2060b", "ab")); // word joiner
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("ruleRows")
  void aRuleOnItsOwnRewritesItsCharacters(NormalizationRule rule, String input, String expected) {
    Normalizer normalizer = Normalizer.of(EnumSet.of(rule));

    assertThat(normalizer.normalizeToString(input)).isEqualTo(expected);
    assertThat(normalizer.normalize(input).normalized()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} off: {1} stays")
  @MethodSource("ruleRows")
  void everyOtherRuleLeavesTheCharactersOfARuleAlone(
      NormalizationRule rule, String input, String expected) {
    Normalizer withoutRule = Normalizer.of(EnumSet.complementOf(EnumSet.of(rule)));

    assertThat(withoutRule.normalizeToString(input)).isEqualTo(input);
    assertThat(withoutRule.isNormalized(input)).isTrue();
  }

  @ParameterizedTest(name = "standard: {1} → {2}")
  @MethodSource("ruleRows")
  void theStandardNormalizerAppliesEveryRule(
      NormalizationRule rule, String input, String expected) {
    assertThat(Normalizer.standard().normalizeToString(input)).isEqualTo(expected);
  }

  static Stream<Arguments> interactions() {
    return Stream.of(
        // A ligature's letters pass through the other rules: ﻷ → لأ → لا.
        arguments(EnumSet.of(NormalizationRule.PRESENTATION_FORMS), "\uFEF7", "\u0644\u0623"),
        arguments(EnumSet.allOf(NormalizationRule.class), "\uFEF7", "\u0644\u0627"),
        arguments(EnumSet.allOf(NormalizationRule.class), "\uFE93", "\u0647"), // ﺓ → ة → ه
        // Spacing mark forms become the plain mark, without the space NFKC puts before them.
        arguments(EnumSet.of(NormalizationRule.PRESENTATION_FORMS), "ب\uFE76", "ب\u064E"),
        arguments(EnumSet.of(NormalizationRule.PRESENTATION_FORMS), "ب\uFC60", "ب\u064E\u0651"),
        arguments(EnumSet.of(NormalizationRule.PRESENTATION_FORMS), "ب\uFE77", "ب\u0640\u064E"),
        arguments(EnumSet.allOf(NormalizationRule.class), "ب\uFE76", "ب"),
        arguments(EnumSet.allOf(NormalizationRule.class), "ب\uFC60", "ب"),
        arguments(EnumSet.allOf(NormalizationRule.class), "ب\uFCF2", "ب"),
        // Teh marbuta goal becomes teh marbuta, and heh only if TEH_MARBUTA is on too.
        arguments(EnumSet.of(NormalizationRule.PERSIAN_LETTERS), "\u06C3", "\u0629"),
        arguments(EnumSet.allOf(NormalizationRule.class), "\u06C3", "\u0647"),
        // Characters outside the Arabic script pass through untouched.
        arguments(EnumSet.allOf(NormalizationRule.class), "Tehran 2019 😀 Ünïcode", "Tehran 2019 😀 Ünïcode"),
        // The empty rule set is the identity.
        arguments(EnumSet.noneOf(NormalizationRule.class), "أَحْمَد\u200F ﻻ ٢", "أَحْمَد\u200F ﻻ ٢"));
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("interactions")
  void rulesCombine(Set<NormalizationRule> rules, String input, String expected) {
    assertThat(Normalizer.of(rules).normalizeToString(input)).isEqualTo(expected);
    assertThat(Normalizer.of(rules).normalize(input).normalized()).isEqualTo(expected);
  }

  @Test
  void noPresentationFormNormalizesToTextWithALeadingOrTrailingSpace() {
    Normalizer normalizer = Normalizer.of(EnumSet.of(NormalizationRule.PRESENTATION_FORMS));
    List<String> spaced = new ArrayList<>();
    for (char c = '\uFB50'; c < '\uFF00'; c++) {
      String n = normalizer.normalizeToString(String.valueOf(c));
      if (!n.equals(n.strip())) {
        spaced.add(String.format("U+%04X", (int) c));
      }
    }
    assertThat(spaced).isEmpty();
  }

  /**
   * Spans per normalised character, {@code [start, end)} in the original, worked out by hand:
   * marks and tatweel widen the letter before them, format controls belong to nothing, a
   * ligature's letters and a surrogate pair's halves share one span.
   */
  static Stream<Arguments> offsetMaps() {
    return Stream.of(
        arguments("مُحَمَّد", "محمد",
            List.of(tuple(0, 2), tuple(2, 4), tuple(4, 7), tuple(7, 8))),
        arguments("ســلام", "سلام",
            List.of(tuple(0, 3), tuple(3, 4), tuple(4, 5), tuple(5, 6))),
        arguments("ـسلام", "سلام", // a leading tatweel has no letter to attach to
            List.of(tuple(1, 2), tuple(2, 3), tuple(3, 4), tuple(4, 5))),
        arguments("\u200Fأن\u200F", "ان", List.of(tuple(1, 2), tuple(2, 3))),
        arguments("\uFEFB", "لا", List.of(tuple(0, 1), tuple(0, 1))),
        arguments("\uFEFB\u064E", "لا", List.of(tuple(0, 2), tuple(0, 2))),
        arguments("ب\uFC60ت", "بت", List.of(tuple(0, 2), tuple(2, 3))),
        arguments("\uD835\uDC00ى", "\uD835\uDC00ي", List.of(tuple(0, 2), tuple(0, 2), tuple(2, 3))),
        arguments("\uD83C\uDF0D\u064Eة", "\uD83C\uDF0Dه",
            List.of(tuple(0, 3), tuple(0, 3), tuple(3, 4))),
        arguments("٢٠١٩", "2019",
            List.of(tuple(0, 1), tuple(1, 2), tuple(2, 3), tuple(3, 4))));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("offsetMaps")
  void everyNormalizedCharacterMapsToItsOriginalSpan(
      String input, String normalized, List<Tuple> spans) {
    NormalizedText text = Normalizer.standard().normalize(input);

    assertThat(text.original()).isEqualTo(input);
    assertThat(text.normalized()).isEqualTo(normalized);
    List<Tuple> actual = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      actual.add(tuple(text.originalStart(i), text.originalEnd(i)));
    }
    assertThat(actual).containsExactlyElementsOf(spans);
  }

  @Test
  void aNormalizedSpanMapsBackToTheOriginalSpanThatProducedIt() {
    String input = "قال مُحَمَّد\u200F";
    NormalizedText text = Normalizer.standard().normalize(input);
    int start = text.normalized().indexOf("محمد");

    int from = text.toOriginalStart(start);
    int to = text.toOriginalEnd(start + 4);

    assertThat(input.substring(from, to)).isEqualTo("مُحَمَّد");
    assertThat(text.toOriginalStart(text.length())).isEqualTo(input.length());
    assertThat(text.toOriginalEnd(0)).isZero();
  }

  @Test
  void unchangedTextGetsTheIdentityMap() {
    NormalizedText text = Normalizer.standard().normalize("Tehran");

    assertThat(text.normalized()).isSameAs(text.original());
    assertThat(text.originalStart(3)).isEqualTo(3);
    assertThat(text.originalEnd(3)).isEqualTo(4);
    assertThat(text.toOriginalStart(6)).isEqualTo(6);
  }

  @Test
  void bothHalvesOfASurrogatePairMapToThePairInUnchangedTextToo() {
    NormalizedText text = Normalizer.standard().normalize("a\uD83D\uDE00b");

    assertThat(text.normalized()).isSameAs(text.original());
    assertThat(List.of(text.originalStart(1), text.originalEnd(1))).containsExactly(1, 3);
    assertThat(List.of(text.originalStart(2), text.originalEnd(2))).containsExactly(1, 3);
    assertThat(text.toOriginalEnd(2)).isEqualTo(3);
    assertThat(text.toOriginalStart(2)).isEqualTo(1);
  }

  @Test
  void offsetsOutsideTheNormalizedTextAreRejected() {
    NormalizedText text = Normalizer.standard().normalize("أن");

    assertThatThrownBy(() -> text.originalStart(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> text.originalEnd(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> text.toOriginalStart(3))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> text.toOriginalEnd(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void emptyTextNormalizesToEmptyText() {
    NormalizedText text = Normalizer.standard().normalize("");

    assertThat(text.normalized()).isEmpty();
    assertThat(text.toOriginalStart(0)).isZero();
    assertThat(text.toOriginalEnd(0)).isZero();
  }

  @Test
  void textOfDeletedCharactersOnlyNormalizesToEmptyText() {
    NormalizedText text = Normalizer.standard().normalize("\u200Fـــَ\uFEFF");

    assertThat(text.normalized()).isEmpty();
    assertThat(text.toOriginalStart(0)).isEqualTo(6);
  }

  @Test
  void normalizeRangeNormalizesOnlyTheRange() {
    assertThat(Normalizer.standard().normalizeRange("أحمد وإيران", 5, 11)).isEqualTo("وايران");
    assertThat(Normalizer.standard().normalizeRange("أحمد", 1, 1)).isEmpty();
    assertThatThrownBy(() -> Normalizer.standard().normalizeRange("أحمد", 2, 5))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void ofTheFullRuleSetIsTheStandardNormalizer() {
    Normalizer all = Normalizer.of(EnumSet.allOf(NormalizationRule.class));

    assertThat(all.rules()).containsExactlyInAnyOrder(NormalizationRule.values());
    assertThat(Normalizer.standard().rules()).isEqualTo(all.rules());
  }

  @Test
  void theRuleSetIsCopiedAndUnmodifiable() {
    Set<NormalizationRule> rules = EnumSet.of(NormalizationRule.TATWEEL);
    Normalizer normalizer = Normalizer.of(rules);
    rules.add(NormalizationRule.DIACRITICS);

    assertThat(normalizer.rules()).containsExactly(NormalizationRule.TATWEEL);
    assertThat(normalizer.normalizeToString("بَـ")).isEqualTo("بَ");
    assertThatThrownBy(() -> normalizer.rules().add(NormalizationRule.DIGITS))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    Normalizer normalizer = Normalizer.standard();
    Set<NormalizationRule> withNull = new HashSet<>(Arrays.asList(NormalizationRule.TATWEEL, null));

    assertThatNullPointerException().isThrownBy(() -> Normalizer.of(null)).withMessage("rules");
    assertThatNullPointerException().isThrownBy(() -> Normalizer.of(withNull))
        .withMessageContaining("rules");
    assertThatNullPointerException().isThrownBy(() -> normalizer.normalize(null))
        .withMessage("text");
    assertThatNullPointerException().isThrownBy(() -> normalizer.normalizeToString(null))
        .withMessage("text");
    assertThatNullPointerException().isThrownBy(() -> normalizer.normalizeRange(null, 0, 0))
        .withMessage("text");
    assertThatNullPointerException().isThrownBy(() -> normalizer.isNormalized(null))
        .withMessage("text");
  }
}
