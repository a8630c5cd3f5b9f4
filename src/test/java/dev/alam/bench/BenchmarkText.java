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

  /** Returns the length of {@code text} in UTF-8 bytes, the unit of every size in MB. */
  static long utf8Length(CharSequence text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** Returns whole copies of {@code unit}, as few as make at least {@code bytes} of UTF-8. */
  static String repeatTo(String unit, long bytes) {
    long copies = Math.max(1, (bytes + utf8Length(unit) - 1) / utf8Length(unit));
    return unit.repeat(Math.toIntExact(copies));
  }
}
