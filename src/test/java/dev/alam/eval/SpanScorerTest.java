package dev.alam.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanScorerTest {
  @Test
  void countsExactMatchesPerType() {
    List<Span> gold = List.of(new Span(0, 5, "PERSON"), new Span(10, 15, "COUNTRY"),
        new Span(10, 12, "CITY"));
    List<Span> predicted = List.of(new Span(0, 5, "PERSON"), new Span(10, 15, "CITY"),
        new Span(20, 25, "COUNTRY"));
    Scores s = SpanScorer.score(gold, predicted);
    assertThat(s.truePositives("PERSON")).isEqualTo(1);
    assertThat(s.falseNegatives("COUNTRY")).isEqualTo(1);
    assertThat(s.falsePositives("COUNTRY")).isEqualTo(1);
    assertThat(s.falsePositives("CITY")).isEqualTo(1);
    assertThat(s.falseNegatives("CITY")).isEqualTo(1);
    // micro over all: tp 1, fp 2, fn 2 -> P = R = F1 = 1/3
    double[] micro = s.micro(List.of("PERSON", "COUNTRY", "CITY"));
    assertThat(micro[0]).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(micro[1]).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(micro[2]).isCloseTo(1 / 3.0, within(1e-9));
  }

  @Test
  void eachPredictionMatchesOnce() {
    List<Span> gold = List.of(new Span(0, 5, "PERSON"), new Span(0, 5, "PERSON"));
    Scores s = SpanScorer.score(gold, List.of(new Span(0, 5, "PERSON")));
    assertThat(s.truePositives("PERSON")).isEqualTo(1);
    assertThat(s.falseNegatives("PERSON")).isEqualTo(1);
  }

  @Test
  void startToleranceAcceptsALaterStart() {
    List<Span> gold = List.of(new Span(0, 8, "ORG"));
    List<Span> predicted = List.of(new Span(1, 8, "ORG"));
    assertThat(SpanScorer.score(gold, predicted).truePositives("ORG")).isZero();
    Scores tolerant = SpanScorer.score(gold, predicted, (g, p) -> p.start() - g.start() == 1);
    assertThat(tolerant.truePositives("ORG")).isEqualTo(1);
    assertThat(tolerant.f1("ORG")).isEqualTo(1.0);
  }

  @Test
  void emptyScoresAreZeroNotNaN() {
    Scores s = SpanScorer.score(List.of(), List.of());
    assertThat(s.f1("PERSON")).isZero();
    assertThat(s.micro(List.of("PERSON"))).containsExactly(0, 0, 0);
  }
}
