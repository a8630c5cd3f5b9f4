package dev.alam.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the normaliser and its offset map, for every subset of the rules. */
class NormalizerPropertyTest {

  @Provide
  Arbitrary<String> texts() {
    return TextArbitraries.texts();
  }

  @Provide
  Arbitrary<Set<NormalizationRule>> rules() {
    return Arbitraries.subsetOf(NormalizationRule.values());
  }

  @Property
  void normalizeAndNormalizeToStringAgree(
      @ForAll("texts") String text, @ForAll("rules") Set<NormalizationRule> rules) {
    Normalizer normalizer = Normalizer.of(rules);

    assertThat(normalizer.normalize(text).normalized())
        .isEqualTo(normalizer.normalizeToString(text));
  }

  @Property
  void normalizationIsIdempotent(
      @ForAll("texts") String text, @ForAll("rules") Set<NormalizationRule> rules) {
    Normalizer normalizer = Normalizer.of(rules);
    String once = normalizer.normalizeToString(text);

    assertThat(normalizer.normalizeToString(once)).isEqualTo(once);
    assertThat(normalizer.isNormalized(once)).isTrue();
  }

  @Property
  void theMapIsMonotoneAndStaysInsideTheOriginal(
      @ForAll("texts") String text, @ForAll("rules") Set<NormalizationRule> rules) {
    NormalizedText n = Normalizer.of(rules).normalize(text);

    for (int i = 0; i < n.length(); i++) {
      assertThat(n.originalStart(i)).isBetween(0, text.length() - 1);
      assertThat(n.originalEnd(i)).isBetween(n.originalStart(i) + 1, text.length());
      if (i > 0) {
        assertThat(n.originalStart(i)).isGreaterThanOrEqualTo(n.originalStart(i - 1));
        assertThat(n.originalEnd(i)).isGreaterThanOrEqualTo(n.originalEnd(i - 1));
      }
      assertThat(splitsPair(text, n.originalStart(i)) || splitsPair(text, n.originalEnd(i)))
          .as("span of normalised char %d splits a surrogate pair", i).isFalse();
    }
  }

  /**
   * The map covers the original exactly: normalised characters sharing a span are what that span
   * normalises to, different spans do not overlap, and every original character outside all spans
   * is one the rules delete.
   */
  @Property
  void theMapCoversTheOriginal(
      @ForAll("texts") String text, @ForAll("rules") Set<NormalizationRule> rules) {
    Normalizer normalizer = Normalizer.of(rules);
    NormalizedText n = normalizer.normalize(text);
    boolean[] covered = new boolean[text.length()];
    int previousEnd = 0;
    for (int i = 0; i < n.length(); ) {
      int start = n.originalStart(i);
      int end = n.originalEnd(i);
      int j = i;
      while (j < n.length() && n.originalStart(j) == start) {
        assertThat(n.originalEnd(j)).isEqualTo(end);
        j++;
      }
      assertThat(start).isGreaterThanOrEqualTo(previousEnd);
      assertThat(n.normalized().substring(i, j))
          .isEqualTo(normalizer.normalizeToString(text.substring(start, end)));
      for (int k = start; k < end; k++) {
        covered[k] = true;
      }
      previousEnd = end;
      i = j;
    }
    for (int k = 0; k < text.length(); k++) {
      if (!covered[k]) {
        assertThat(normalizer.normalizeToString(String.valueOf(text.charAt(k))))
            .as("uncovered original char %d U+%04X", k, (int) text.charAt(k)).isEmpty();
      }
    }
  }

  @Property
  void spanBoundariesMapConsistently(
      @ForAll("texts") String text, @ForAll("rules") Set<NormalizationRule> rules) {
    NormalizedText n = Normalizer.of(rules).normalize(text);
    int length = n.length();

    assertThat(n.toOriginalStart(length)).isEqualTo(text.length());
    assertThat(n.toOriginalEnd(0)).isZero();
    for (int b = 0; b <= length; b++) {
      if (b < length) {
        assertThat(n.toOriginalStart(b)).isEqualTo(n.originalStart(b));
        assertThat(n.toOriginalStart(b + 1)).isGreaterThanOrEqualTo(n.toOriginalStart(b));
      }
      if (b > 0) {
        assertThat(n.toOriginalEnd(b)).isEqualTo(n.originalEnd(b - 1));
        assertThat(n.toOriginalEnd(b)).isGreaterThanOrEqualTo(n.toOriginalEnd(b - 1));
        assertThat(n.toOriginalEnd(b)).isGreaterThan(n.toOriginalStart(b - 1));
      }
    }
  }

  /**
   * A normalised span whose ends fall between sources (not inside an expanded ligature or a
   * surrogate pair) maps to an original span that normalises back to exactly it.
   */
  @Property
  void aCleanNormalizedSpanRoundTrips(
      @ForAll("texts") String text, @ForAll("rules") Set<NormalizationRule> rules) {
    Normalizer normalizer = Normalizer.of(rules);
    NormalizedText n = normalizer.normalize(text);
    for (int s = 0; s < n.length(); s++) {
      if (!isSourceBoundary(n, s)) {
        continue;
      }
      for (int e = s + 1; e <= n.length(); e++) {
        if (!isSourceBoundary(n, e)) {
          continue;
        }
        String original = text.substring(n.toOriginalStart(s), n.toOriginalEnd(e));
        assertThat(normalizer.normalizeToString(original))
            .as("[%d, %d)", s, e)
            .isEqualTo(n.normalized().substring(s, e));
      }
    }
  }

  private static boolean isSourceBoundary(NormalizedText n, int b) {
    return b == 0 || b == n.length() || n.originalStart(b) != n.originalStart(b - 1);
  }

  private static boolean splitsPair(String text, int index) {
    return index > 0 && index < text.length()
        && Character.isHighSurrogate(text.charAt(index - 1))
        && Character.isLowSurrogate(text.charAt(index));
  }
}
