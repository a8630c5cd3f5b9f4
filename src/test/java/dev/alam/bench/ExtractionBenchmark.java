package dev.alam.bench;

import dev.alam.Alam;
import dev.alam.corpus.Corpora;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Alam's full extraction (tokenise, lexicons, grammars, statistical model with beam 3, merge,
 * clusters, relations) against plain OpenNLP {@code NameFinderME} with default features trained
 * on the same data ({@link OpenNlpBaseline}), on the same text in the same run. One operation
 * processes the whole {@link BenchmarkText}; the time ratio is Alam's time per operation over
 * OpenNLP's, and words/s = ops/s × words.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
public class ExtractionBenchmark {
  private String text;
  private List<String[]> sentences;
  private Alam alam;
  private Alam greedy;
  private TokenNameFinderModel baseline;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    text = BenchmarkText.load();
    sentences = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        sentences.add(line.trim().split(" +"));
      }
    }
    alam = Alam.builder().build();
    greedy = Alam.builder().beam(1).build();
    baseline = OpenNlpBaseline.train(Corpora.DEFAULT_ROOT);
    System.err.println("benchmark text: " + BenchmarkText.words(text) + " words, "
        + sentences.size() + " sentences");
  }

  @Benchmark
  public int alamExtract() {
    return alam.extract(text).entities().size();
  }

  @Benchmark
  public int alamExtractGreedy() {
    return greedy.extract(text).entities().size();
  }

  @Benchmark
  public int openNlpNameFinder() {
    NameFinderME finder = new NameFinderME(baseline);
    int n = 0;
    for (String[] sentence : sentences) {
      n += finder.find(sentence).length;
    }
    finder.clearAdaptiveData();
    return n;
  }
}
