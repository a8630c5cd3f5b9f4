package dev.alam.bench;

import dev.alam.Alam;
import dev.alam.Extraction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Cold load time and retained heap of one extractor, on demand: {@code Alam.builder().build()}
 * (lexicons, vocabulary and segmenter, name evidence, model, word clusters) timed in fresh JVMs,
 * each started for that one measurement. Run it with
 *
 * <pre>
 * mvn -B -q -Pcheck test-compile exec:exec -Dcheck=LoadTime -Dcheck.args=10
 * </pre>
 *
 * <p>It prints, over the runs, the minimum, median and maximum wall time of {@code build()}; the
 * wall time until the first extraction of a sentence has returned after it (the spelling
 * dictionary loads on a thread of its own while {@code build()} runs, and the first extraction
 * waits for it if it is not done); the CPU time the whole JVM spent until then (loading runs on
 * more than one thread); and the heap that stays in use after a full GC once the extractor is
 * built (the bundled, shared resources included: they are what one extractor holds). The JVM's
 * own start-up is not counted.
 */
public final class LoadTime {
  /** A sentence of the seed report's kind, for the first extraction. */
  private static final String FIRST_TEXT = "التقى وزير الخارجية الإيطالي نظيره الإسباني في مدريد.";

  private LoadTime() {}

  /** Runs {@code [RUNS]} fresh JVMs (default 10) and summarises them. */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length > 0 && args[0].equals("--child")) {
      child();
      return;
    }
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    double[][] results = new double[runs][];
    for (int i = 0; i < runs; i++) {
      Process p = new ProcessBuilder(launcher, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
          LoadTime.class.getName(), "--child").redirectErrorStream(true).start();
      String line;
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        line = out.readLine();
        out.transferTo(java.io.Writer.nullWriter());
      }
      if (p.waitFor() != 0 || line == null) {
        throw new IllegalStateException("child JVM failed: " + line);
      }
      results[i] = Arrays.stream(line.trim().split(" ")).mapToDouble(Double::parseDouble)
          .toArray();
      System.out.printf(Locale.ROOT,
          "run %2d: build %4.0f ms wall, first extraction done at %4.0f ms, %4.0f ms CPU, heap"
              + " %.1f MB%n", i + 1, results[i][0], results[i][3], results[i][1], results[i][2]);
    }
    String[] names = {"build, wall ms", "build + 1st extraction, JVM CPU ms",
        "retained heap, MB", "build + 1st extraction, wall ms"};
    for (int k = 0; k < names.length; k++) {
      double[] column = new double[runs];
      for (int i = 0; i < runs; i++) {
        column[i] = results[i][k];
      }
      Arrays.sort(column);
      System.out.printf(Locale.ROOT, "%-20s min %7.1f  median %7.1f  max %7.1f%n", names[k],
          column[0], column[runs / 2], column[runs - 1]);
    }
  }

  /** One measurement: prints wall ms, CPU ms and retained MB on one line. */
  private static void child() {
    var os = (com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean();
    long heapBefore = usedAfterGc();
    long cpu = os.getProcessCpuTime();
    long wall = System.nanoTime();
    Alam alam = Alam.builder().build();
    long built = System.nanoTime() - wall;
    // the first extraction waits for what loads in the background (the spelling dictionary)
    Extraction first = alam.extract(FIRST_TEXT);
    long ready = System.nanoTime() - wall;
    cpu = os.getProcessCpuTime() - cpu;
    long retained = usedAfterGc() - heapBefore;
    List<Object> keep = new ArrayList<>(List.of(alam, first)); // reachable until measured
    System.out.printf(Locale.ROOT, "%.1f %.1f %.2f %.1f%n", built / 1e6, cpu / 1e6,
        retained / (double) (1 << 20), ready / 1e6);
    if (keep.isEmpty()) {
      throw new AssertionError();
    }
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
