package dev.alam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alam.corpus.Conll;
import dev.alam.eval.Scores;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The office target on the Wojood sample's validation part ({@code
 * ../shared/corpora/wojood-sample/val.txt}): OCC precision and recall of at least 0.60, scored
 * by {@link Evaluation#wojood}.
 */
class WojoodValTest {
  private static final Path VAL = Path.of("..", "shared", "corpora", "wojood-sample", "val.txt");

  @Test
  void officePrecisionAndRecallMeetTheTarget() throws IOException {
    List<Conll.Sentence> sentences = Conll.read(VAL);
    Scores scores = Evaluation.wojood(Alam.builder().build(), sentences);
    System.out.println("Wojood val (" + VAL + ")\n" + scores.table(List.of("OCC", "PERS", "ORG")));

    // The README of the corpora counts 33 OCC mentions in val: the reader must see all of them.
    assertThat(scores.truePositives("OCC") + scores.falseNegatives("OCC")).isEqualTo(33);
    assertThat(scores.precision("OCC")).as("OCC precision").isGreaterThanOrEqualTo(0.60);
    assertThat(scores.recall("OCC")).as("OCC recall").isGreaterThanOrEqualTo(0.60);
  }
}
