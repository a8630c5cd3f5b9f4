package dev.alam.bench;

import dev.alam.text.Tokenizer;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Alam's normalise + tokenise (with proclitic splitting and sentences) against Lucene's
 * {@code ArabicAnalyzer} (standard tokenizer, normalisation, stop words, light stemming) on the
 * same text in the same run. One operation processes the whole {@link BenchmarkText} ({@code
 * words} words, printed at setup); words/s = ops/s × words.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class TokenizerBenchmark {
  private String text;
  private Tokenizer tokenizer;
  private Analyzer lucene;

  @Setup
  public void setUp() {
    text = BenchmarkText.load();
    tokenizer = Tokenizer.standard();
    lucene = new ArabicAnalyzer();
    System.err.println("benchmark text: " + BenchmarkText.words(text) + " words, "
        + text.length() + " chars");
  }

  @TearDown
  public void tearDown() {
    lucene.close();
  }

  @Benchmark
  public int alamNormalizeTokenize() {
    return tokenizer.analyze(text).tokens().size();
  }

  @Benchmark
  public int luceneArabicAnalyzer() throws IOException {
    int n = 0;
    try (TokenStream ts = lucene.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        n += term.length() > 0 ? 1 : 0;
      }
      ts.end();
    }
    return n;
  }
}
