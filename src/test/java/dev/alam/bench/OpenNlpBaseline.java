package dev.alam.bench;

import dev.alam.corpus.Conll;
import dev.alam.corpus.Corpora;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * The peer the statistical model is measured against: plain Apache OpenNLP {@code NameFinderME}
 * with its default features and parameters (maxent, 100 iterations, cutoff 5), trained on the
 * same data as Alam's model, ANERcorp's training part, with corpus tokens as they are.
 */
final class OpenNlpBaseline {
  private OpenNlpBaseline() {}

  /** Trains the baseline model on ANERcorp's training part. */
  static TokenNameFinderModel train(Path corpora) throws IOException {
    List<NameSample> samples = new ArrayList<>();
    for (Conll.Sentence s : Corpora.anercorpTrain(corpora)) {
      samples.add(sample(s));
    }
    Iterator<NameSample> it = samples.iterator();
    ObjectStream<NameSample> stream = new ObjectStream<>() {
      private Iterator<NameSample> current = it;

      @Override
      public NameSample read() {
        return current.hasNext() ? current.next() : null;
      }

      @Override
      public void reset() {
        current = samples.iterator();
      }
    };
    return NameFinderME.train("ar", null, stream, TrainingParameters.defaultParams(),
        new TokenNameFinderFactory(null, java.util.Map.of(), new BioCodec()));
  }

  /** A corpus sentence as an OpenNLP sample with coarse types. */
  static NameSample sample(Conll.Sentence s) {
    List<String> tags = new ArrayList<>();
    for (String t : s.outerTags()) {
      tags.add(Corpora.coarse(t));
    }
    List<Span> spans = new ArrayList<>();
    for (Conll.TokenSpan t : Conll.spans(tags)) {
      spans.add(new Span(t.start(), t.end(), t.type()));
    }
    // Adaptive data is cleared at every sentence in training, as the benchmarks do when tagging.
    return new NameSample(s.tokens().toArray(new String[0]), spans.toArray(new Span[0]), true);
  }
}
