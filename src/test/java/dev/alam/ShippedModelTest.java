package dev.alam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alam.corpus.Conll;
import dev.alam.corpus.Corpora;
import dev.alam.eval.Scores;
import dev.alam.model.TextDomain;
import dev.alam.text.CorpusSentences;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled statistical model, scored through the facade on fixed held-out data, so that a
 * broken model cannot land. The floors sit a few points under what the shipped model measures
 * (in brackets), and well above what a broken one does: all-O output scores 0, shuffled
 * outcomes 0.03, the model without its word clusters 0.70 and without its domain features 0.63
 * on ANERcorp dev.
 *
 * <ul>
 *   <li>ANERcorp dev (the last tenth of {@code anercorp/train.txt}, 398 sentences), {@link
 *       Evaluation#conll}, news: micro F1 at least 0.73 (0.800);
 *   <li>AQMAR dev, Wikipedia: micro F1 at least 0.62 (0.693);
 *   <li>NewsFANE's held-out part, COUNTRY recall on Nation spans at least 0.90 (130/133).
 * </ul>
 *
 * <p>The dev tables must also be exactly those {@code models/README.md} reports for the shipped
 * model: any change to the features, the decoder, the stages before the model or the rules after
 * it that changes a single tag shows here, and a retrained model updates both.
 */
class ShippedModelTest {
  private static final List<String> TYPES = List.of("PERS", "LOC", "ORG", "MISC");

  @Test
  void anercorpDevScoresAreTheDocumentedOnesAboveTheFloor() throws IOException {
    List<Conll.Sentence> dev = Corpora.anercorpDev(CorpusSentences.CORPORA);
    Scores scores = Evaluation.conll(Alam.builder().build(), dev);
    System.out.println("ANERcorp dev\n" + scores.table(TYPES));

    // The corpora's README counts 3,973 sentences: the dev split is 3973 - 3973 * 9 / 10.
    assertThat(dev).hasSize(398);
    assertThat(scores.micro(TYPES)[2]).as("micro F1").isGreaterThanOrEqualTo(0.73);
    assertThat(scores.table(TYPES)).as("the table of models/README.md")
        .isEqualToNormalizingNewlines("""
        type             gold   pred     tp       P       R      F1
        PERS              297    294    236  0.8027  0.7946  0.7986
        LOC               275    291    252  0.8660  0.9164  0.8905
        ORG               294    286    219  0.7657  0.7449  0.7552
        MISC              103     79     61  0.7722  0.5922  0.6703
        micro                                0.8084  0.7926  0.8004
        """);
  }

  @Test
  void aqmarDevScoresAsWikipediaAreTheDocumentedOnesAboveTheFloor() throws IOException {
    List<Conll.Sentence> dev = Conll.read(CorpusSentences.CORPORA.resolve("aqmar/dev.txt"));
    Scores scores = Evaluation.conll(
        Alam.builder().textDomain(TextDomain.WIKIPEDIA).build(), dev);
    System.out.println("AQMAR dev, Wikipedia\n" + scores.table(TYPES));

    assertThat(scores.micro(TYPES)[2]).as("micro F1").isGreaterThanOrEqualTo(0.62);
    assertThat(scores.table(TYPES)).as("the table of models/README.md")
        .isEqualToNormalizingNewlines("""
        type             gold   pred     tp       P       R      F1
        PERS              292    292    230  0.7877  0.7877  0.7877
        LOC               146    128    102  0.7969  0.6986  0.7445
        ORG               114     98     73  0.7449  0.6404  0.6887
        MISC              660    487    363  0.7454  0.5500  0.6330
        micro                                0.7642  0.6337  0.6928
        """);
  }

  @Test
  void newsFaneCountryRecallOnNationSpansIsAboveTheFloor() throws IOException {
    List<Conll.Sentence> heldOut = Corpora.newsFaneHeldOut(CorpusSentences.CORPORA);
    int[] recall = Evaluation.nationRecall(Alam.builder().build(), heldOut);
    System.out.println("NewsFANE held-out COUNTRY recall: " + recall[0] + "/" + recall[1]);

    assertThat(recall[1]).as("Nation spans").isGreaterThan(100);
    assertThat((double) recall[0] / recall[1]).as("recall").isGreaterThanOrEqualTo(0.90);
  }
}
