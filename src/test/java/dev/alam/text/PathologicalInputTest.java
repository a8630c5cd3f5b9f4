package dev.alam.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A guard against quadratic blow-up, not a benchmark: analysing 2 MB of a pathological pattern
 * takes well under a second of CPU when the tokenizer is linear and hours when it is quadratic.
 *
 * <p>The limit is on the analysing thread's CPU time, so that other processes on a shared build
 * machine do not make it flaky; a wall-clock limit, far above it, stops a run that would never
 * end. A run stopped that way keeps its thread busy until the JVM exits, so when several cases
 * fail, the first one is the culprit.
 */
class PathologicalInputTest {
  private static final int SIZE = 2 << 20; // 2 Mi UTF-16 code units
  /**
   * The slowest case takes about 0.75 s on the build machine (the first, with the JIT still
   * compiling); a heap that the rest of the suite has filled was seen to make such runs up to
   * twice as slow, so the limit leaves room for that and more. Quadratic would be hours.
   */
  private static final Duration CPU_LIMIT = Duration.ofSeconds(5);
  private static final Duration WALL_LIMIT = Duration.ofSeconds(30);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static String repeat(String unit) {
    return unit.repeat(SIZE / unit.length());
  }

  static Stream<Arguments> inputs() {
    return Stream.of(
        arguments("one-letter words and full stops", repeat("a.")),
        arguments("an e-mail local part that ends at an @ without a domain", repeat("a.") + "@"),
        arguments("an e-mail local part before an invalid domain", repeat("a_") + "@x"),
        arguments("digits and dots before an @", repeat("1.a.") + "@"),
        arguments("local parts before a long domain without a dot", "a@" + repeat("b-")),
        arguments("hash signs", repeat("#")),
        arguments("hashes and underscores", repeat("#_")),
        arguments("at signs", repeat("@")),
        arguments("URL schemes", repeat("http://")),
        arguments("closing brackets after a URL", "http://a" + repeat(")")),
        arguments("closing square brackets after a URL", "http://a" + repeat("]")),
        arguments("trailing punctuation after a URL", "http://a" + repeat(".)")),
        arguments("an Arabic word without spaces", repeat("وبالعلم")),
        arguments("diacritics", repeat("\u064E")),
        arguments("tatweel", repeat("ـ")),
        arguments("emoji joined by ZWJ", repeat("\uD83D\uDE00\u200D")),
        arguments("keycaps", repeat("1\uFE0F\u20E3")),
        arguments("numbers with separators", repeat("1.")),
        arguments("lone high surrogates", repeat("\uD800")),
        arguments("question and exclamation marks", repeat("؟!")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void analysingTwoMegabytesOfAPathologicalPatternTakesLinearTime(String name, String input) {
    long[] cpu = new long[1];
    TokenizedText result = assertTimeoutPreemptively(WALL_LIMIT, () -> {
      long before = THREADS.getCurrentThreadCpuTime();
      TokenizedText analysed = Tokenizer.standard().analyze(input);
      cpu[0] = THREADS.getCurrentThreadCpuTime() - before;
      return analysed;
    }, name);

    assertThat(Duration.ofNanos(cpu[0])).as("CPU time for %s", name).isLessThan(CPU_LIMIT);
    TokenInvariants.check(input, result);
  }
}
