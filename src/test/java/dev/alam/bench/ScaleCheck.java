package dev.alam.bench;

import dev.alam.Alam;
import dev.alam.Extraction;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The scale check, on demand (too slow for every build; {@code ScaleTest} guards linearity on
 * smaller inputs there): extraction from a 20 MB report and from 5 MB runs without spaces, each
 * timed once in a warmed-up JVM, with its memory. Run it in a JVM of its own:
 *
 * <pre>
 * mvn -B -q -Pcheck test-compile exec:exec -Dcheck=ScaleCheck
 * </pre>
 *
 * The profile gives the JVM a 1 GB heap ({@code -Dcheck.jvm=...} changes it), so a run that
 * completes shows that memory stays within it.
 *
 * <p>Inputs, built from the {@link BenchmarkText} (sizes in UTF-8 bytes, as on disk):
 *
 * <ul>
 *   <li>the report: the benchmark text repeated to 20 MB, one sentence per line;
 *   <li>no spaces: the same text with all whitespace removed, to 5 MB: words glued into long
 *       tokens, sentences only at full stops;
 *   <li>no sentence ends: the words joined by Arabic commas without any space or full stop, to
 *       5 MB: one run that only the sentence cap cuts.
 * </ul>
 *
 * For each it prints the wall and CPU time of the extracting thread, MB and tokens per second, the
 * highest heap use sampled every 10 ms during the call (the text itself included), and the heap
 * the result holds after a full GC (the text excluded), also per MB of input.
 */
public final class ScaleCheck {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ScaleCheck() {}

  /** Runs the check: {@code [REPORT_MB [RUN_MB]]}, default 20 and 5. */
  public static void main(String[] args) throws InterruptedException {
    long reportMb = args.length > 0 ? Long.parseLong(args[0]) : 20;
    long runMb = args.length > 1 ? Long.parseLong(args[1]) : 5;
    String base = BenchmarkText.load();
    Alam alam = Alam.builder().build();
    for (int i = 0; i < 5; i++) {
      alam.extract(base); // warm up
    }
    System.out.printf(Locale.ROOT, "max heap %d MB, %d processors%n",
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    measure(alam, "report", BenchmarkText.repeatTo(base, reportMb << 20));
    measure(alam, "no spaces", BenchmarkText.repeatTo(base.replaceAll("\\s+", ""), runMb << 20));
    measure(alam, "no sentence ends",
        BenchmarkText.repeatTo(base.replaceAll("[\\s.!?؟…]+", "،"), runMb << 20));
  }

  private static void measure(Alam alam, String name, String text) throws InterruptedException {
    double mb = BenchmarkText.utf8Length(text) / (double) (1 << 20);
    int words = BenchmarkText.words(text);
    long before = usedAfterGc();
    AtomicLong peak = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    long gcBefore = gcMillis();
    sampler.start();
    long wall = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    Extraction result = alam.extract(text);
    cpu = THREADS.getCurrentThreadCpuTime() - cpu;
    wall = System.nanoTime() - wall;
    sampler.interrupt();
    sampler.join();
    long gc = gcMillis() - gcBefore;
    long held = usedAfterGc() - before;
    System.out.printf(Locale.ROOT, "%-16s %6.1f MB, %,d chars, %,d words, %,d tokens, %,d "
            + "sentences, %,d entities%n", name, mb, text.length(), words,
        result.tokens().size(), result.sentences().size(), result.entities().size());
    System.out.printf(Locale.ROOT, "%-16s wall %.1f s, CPU %.1f s (GC %.1f s), %.2f MB/s, %,.0f "
            + "tokens/s; peak heap %,d MB; result holds %,d MB = %.1f MB per MB of input%n", "",
        wall / 1e9, cpu / 1e9, gc / 1e3, mb / (wall / 1e9),
        result.tokens().size() / (wall / 1e9), peak.get() >> 20, held >> 20,
        held / (double) (1 << 20) / mb);
    if (result.tokens().isEmpty()) {
      throw new AssertionError("no tokens"); // keeps the result reachable until measured
    }
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }
}
