package dev.alam.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Arabic text all benchmarks run on, so that peers are compared on the same input: the
 * first 40,000 tokens of ANERcorp (news) re-joined into running text, one sentence per line,
 * from {@code ../shared/corpora}. Fails if the corpus is missing rather than silently measuring
 * something else.
 */
final class BenchmarkText {
  static final Path CORPUS = Path.of("../shared/corpora/anercorp/train.txt");
  static final int TOKENS = 40_000;

  private BenchmarkText() {}

  /** Returns the benchmark text. */
  static String load() {
    try {
      StringBuilder b = new StringBuilder(TOKENS * 7);
      int n = 0;
      for (String line : Files.readAllLines(CORPUS, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          b.append('\n');
          continue;
        }
        if (n++ == TOKENS) {
          break;
        }
        b.append(line, 0, line.indexOf(' ') < 0 ? line.length() : line.indexOf(' ')).append(' ');
      }
      return b.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("benchmarks need " + CORPUS.toAbsolutePath(), e);
    }
  }

  /** Counts whitespace-separated words: the unit of every words/s figure. */
  static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }
}
