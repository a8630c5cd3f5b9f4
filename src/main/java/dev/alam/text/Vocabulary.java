package dev.alam.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Word frequencies from a corpus, keyed by normalised form ({@link Normalizer#standard()}).
 *
 * <p>The resource format is UTF-8 text, gzip-compressed: one {@code word<TAB>count} line per
 * word; lines starting with {@code #} are comments.
 *
 * <p>Immutable and thread-safe.
 */
public final class Vocabulary {
  private final Map<String, Integer> counts;
  private final long total;

  private Vocabulary(Map<String, Integer> counts) {
    this.counts = counts;
    long sum = 0;
    for (int c : counts.values()) {
      sum += c;
    }
    this.total = sum;
  }

  /**
   * Returns a vocabulary of the given counts.
   *
   * @throws NullPointerException if {@code counts} is null or holds a null key or value
   * @throws IllegalArgumentException if a count is negative
   */
  public static Vocabulary of(Map<String, Integer> counts) {
    Map<String, Integer> copy = new HashMap<>(counts.size() * 2);
    counts.forEach((word, count) -> {
      Objects.requireNonNull(word, "word");
      if (count < 0) {
        throw new IllegalArgumentException("negative count " + count + " for '" + word + "'");
      }
      copy.put(word, count);
    });
    return new Vocabulary(copy);
  }

  /**
   * Reads a gzip-compressed vocabulary.
   *
   * @param in the compressed stream; not closed
   * @param name what to call the stream in error messages (a resource name or path)
   * @throws IOException if the stream cannot be read or is not gzip
   * @throws IllegalArgumentException if a line is malformed, naming {@code name} and the line
   */
  public static Vocabulary read(InputStream in, String name) throws IOException {
    Objects.requireNonNull(in, "in");
    Map<String, Integer> counts = new HashMap<>(1 << 17);
    BufferedReader reader = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      int tab = line.indexOf('\t');
      try {
        if (tab <= 0) {
          throw new NumberFormatException("no tab");
        }
        counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            name + ":" + number + ": expected word<TAB>count, got '" + line + "'", e);
      }
    }
    return new Vocabulary(counts);
  }

  /** Returns how often the normalised {@code word} was seen; 0 if never. */
  public int count(String word) {
    Integer c = counts.get(word);
    return c == null ? 0 : c;
  }

  /** Returns the number of distinct words. */
  public int size() {
    return counts.size();
  }

  /** Returns the sum of all counts. */
  public long total() {
    return total;
  }
}
