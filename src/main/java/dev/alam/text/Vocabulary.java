package dev.alam.text;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Word frequencies from a corpus, keyed by normalised form ({@link Normalizer#standard()}).
 *
 * <p>The resource format is UTF-8 text, gzip-compressed: one {@code word<TAB>count} line per
 * word, {@code count} a non-negative decimal integer, each word at most once; lines starting with
 * {@code #} are comments and blank lines are ignored. The bundled vocabulary is built by {@link
 * VocabularyBuilder} and says in its header comment what it was built from.
 *
 * <p>Immutable and thread-safe.
 */
public final class Vocabulary {
  private final CountTable counts;
  private final long total;

  private Vocabulary(CountTable counts) {
    this.counts = counts;
    long[] sum = new long[1];
    counts.forEach((word, count) -> sum[0] += count);
    this.total = sum[0];
  }

  /** A vocabulary over a table already built (by a reader that checked it). */
  static Vocabulary ofTable(CountTable counts) {
    return new Vocabulary(counts);
  }

  /**
   * Returns a vocabulary of the given counts.
   *
   * @param counts normalised words and how often each was seen; copied
   * @throws NullPointerException if {@code counts} is null or holds a null key or value
   * @throws IllegalArgumentException if a word is empty or a count is negative
   */
  public static Vocabulary of(Map<String, Integer> counts) {
    Objects.requireNonNull(counts, "counts");
    CountTable.Builder copy = new CountTable.Builder(counts.size());
    counts.forEach((word, count) -> {
      Objects.requireNonNull(word, "word");
      Objects.requireNonNull(count, "count");
      if (word.isEmpty()) {
        throw new IllegalArgumentException("empty word");
      }
      if (count < 0) {
        throw new IllegalArgumentException("negative count " + count + " for '" + word + "'");
      }
      copy.add(word, count);
    });
    return new Vocabulary(copy.build());
  }

  /**
   * Reads a gzip-compressed vocabulary file.
   *
   * @param path the file
   * @throws NullPointerException if {@code path} is null
   * @throws java.nio.file.NoSuchFileException naming the path if there is no such file
   * @throws IOException naming the path if the file cannot be read or is not gzip-compressed
   *     UTF-8
   * @throws IllegalArgumentException naming the path and line if the content is malformed or
   *     holds no words
   */
  public static Vocabulary read(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    }
  }

  /**
   * Reads a gzip-compressed vocabulary.
   *
   * @param in the compressed stream; not closed
   * @param name what to call the stream in error messages (a resource name or path)
   * @throws NullPointerException if an argument is null
   * @throws IOException naming {@code name} if the stream cannot be read or is not gzip-compressed
   *     UTF-8
   * @throws IllegalArgumentException naming {@code name} and the line if a line is malformed, a
   *     word repeats, or there are no words at all
   */
  public static Vocabulary read(InputStream in, String name) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    CountTable.Builder counts = new CountTable.Builder(1 << 16);
    int words = 0;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(new NonClosingInputStream(in), 1 << 16),
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.charAt(0) == '#') {
          continue;
        }
        int tab = line.indexOf('\t');
        int count = -1;
        if (tab > 0) {
          try {
            count = Integer.parseInt(line, tab + 1, line.length(), 10);
          } catch (NumberFormatException e) {
            count = -1;
          }
        }
        if (count < 0) {
          throw new IllegalArgumentException(
              name + ":" + number + ": expected word<TAB>count, got '" + line + "'");
        }
        if (!counts.add(line.substring(0, tab), count)) {
          throw new IllegalArgumentException(
              name + ":" + number + ": word '" + line.substring(0, tab) + "' listed twice");
        }
        words++;
      }
    } catch (ZipException | EOFException | CharacterCodingException e) {
      throw new IOException(name + ": not a gzip-compressed UTF-8 vocabulary (" + e + ")", e);
    } catch (IOException e) {
      // e.g. a directory given as the file: the platform's message names no file
      throw new IOException(name + ": cannot read (" + e.getMessage() + ")", e);
    }
    if (words == 0) {
      throw new IllegalArgumentException(name + ": the vocabulary holds no words");
    }
    return new Vocabulary(counts.build());
  }

  /**
   * Returns how often the normalised {@code word} was seen; 0 if never.
   *
   * @throws NullPointerException if {@code word} is null
   */
  public int count(CharSequence word) {
    return counts.get(Objects.requireNonNull(word, "word"));
  }

  /** Returns the count of {@code chars[from, to)} without copying it; 0 if never seen. */
  int count(char[] chars, int from, int to) {
    return counts.get(chars, from, to);
  }

  /** Calls {@code action} with every word and its count, in no particular order. */
  void forEach(CountTable.Entry action) {
    counts.forEach(action);
  }

  /** Returns the number of distinct words. */
  public int size() {
    return counts.size();
  }

  /** Returns the sum of all counts. */
  public long total() {
    return total;
  }

  /** Lets the reader close the decompressor without closing the caller's stream. */
  private static final class NonClosingInputStream extends java.io.FilterInputStream {
    NonClosingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller owns the stream
    }
  }
}
