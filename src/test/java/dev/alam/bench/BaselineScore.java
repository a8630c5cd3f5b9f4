package dev.alam.bench;

import dev.alam.corpus.Conll;
import dev.alam.corpus.Corpora;
import dev.alam.eval.Scores;
import dev.alam.eval.SpanScorer;
import dev.alam.model.CorpusTagger;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Scores the OpenNLP baseline ({@link OpenNlpBaseline}: {@code NameFinderME}, default features
 * and parameters, ANERcorp's training part) on the ANERcorp dev split with the project's scorer,
 * so that the model's figures in {@code models/README.md} have their baseline measured the same
 * way. Run on demand:
 *
 * <pre>
 * mvn -B -q test-compile exec:exec -Pbench -Dexec.executable=java \
 *   -Dexec.args="-cp %classpath dev.alam.bench.BaselineScore"
 * </pre>
 */
public final class BaselineScore {
  private BaselineScore() {}

  /** Trains the baseline, tags the dev split sentence by sentence, and prints the table. */
  public static void main(String[] args) throws IOException {
    TokenNameFinderModel model = OpenNlpBaseline.train(Corpora.DEFAULT_ROOT);
    NameFinderME finder = new NameFinderME(model);
    Scores scores = new Scores();
    for (Conll.Sentence s : Corpora.anercorpDev(Corpora.DEFAULT_ROOT)) {
      String[] tokens = s.tokens().toArray(new String[0]);
      String[] tags = new String[tokens.length];
      Arrays.fill(tags, "O");
      for (Span span : finder.find(tokens)) {
        for (int i = span.getStart(); i < span.getEnd(); i++) {
          tags[i] = (i == span.getStart() ? "B-" : "I-") + span.getType();
        }
      }
      finder.clearAdaptiveData();
      List<String> gold = new ArrayList<>();
      for (String t : s.outerTags()) {
        gold.add(Corpora.coarse(t));
      }
      scores.add(SpanScorer.score(CorpusTagger.spans(gold),
          CorpusTagger.spans(Arrays.asList(tags))));
    }
    System.out.println("OpenNLP NameFinderME, default features, ANERcorp train → ANERcorp dev\n"
        + scores.table(List.of("PERS", "LOC", "ORG", "MISC")));
  }
}
