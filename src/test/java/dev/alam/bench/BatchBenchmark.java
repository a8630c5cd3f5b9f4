package dev.alam.bench;

import dev.alam.Alam;
import dev.alam.Extraction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The batch API against one thread: the {@link BenchmarkText} cut into {@value #DOCUMENTS}
 * documents of consecutive sentences, extracted one after the other on the benchmark thread
 * ({@code sequential}) and with {@link Alam#extractAll} on the common fork-join pool ({@code
 * extractAll}), in the same run. The speedup is the sequential time per operation over the
 * batch time; it can reach the number of cores, at most.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
public class BatchBenchmark {
  static final int DOCUMENTS = 100;

  private List<String> documents;
  private Alam alam;

  @Setup
  public void setUp() {
    String[] lines = BenchmarkText.load().split("\n");
    documents = new ArrayList<>(DOCUMENTS);
    for (int d = 0; d < DOCUMENTS; d++) {
      int from = d * lines.length / DOCUMENTS;
      int to = (d + 1) * lines.length / DOCUMENTS;
      documents.add(String.join("\n", List.of(lines).subList(from, to)));
    }
    alam = Alam.builder().build();
    System.err.println("batch: " + documents.size() + " documents, "
        + BenchmarkText.words(String.join("\n", documents)) + " words, "
        + Runtime.getRuntime().availableProcessors() + " processors");
  }

  @Benchmark
  public int sequential() {
    int n = 0;
    for (String document : documents) {
      n += alam.extract(document).entities().size();
    }
    return n;
  }

  @Benchmark
  public int extractAll() {
    int n = 0;
    for (Extraction result : alam.extractAll(documents)) {
      n += result.entities().size();
    }
    return n;
  }
}
