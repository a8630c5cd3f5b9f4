package dev.alam.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the shared corpora (at {@code ../shared/corpora}, relative to the project root, which is
 * the tests' working directory) as plain sentences for the tests that run over real text. Never
 * copies them anywhere.
 *
 * <ul>
 *   <li>CoNLL-style files ({@code token tag…} per line, BIO tags; ANERcorp, AQMAR, FANE, Wojood):
 *       a sentence is the tokens between blank lines (or Wojood's {@code $#$} document breaks)
 *       joined by single spaces.
 *   <li>Segmented column files ({@code *.ref}, {@code token<TAB>POS} with clitics joined by
 *       {@code +}): the segments of a word are rejoined, and a sentence ends after {@code . ! ?
 *       ؟}.
 *   <li>Everything else is read as raw lines.
 * </ul>
 */
public final class CorpusSentences {
  /** The shared corpora, relative to the project root. */
  public static final Path CORPORA = Path.of("..", "shared", "corpora");
  /** The seed report, the text the library is built for. */
  public static final Path SEED = Path.of("testdata", "tehran-security-dialogue.txt");

  private static final Pattern BIO_LINE = Pattern.compile("\\S+[ \\t]+(O|[BI]-\\S+)([ \\t].*)?");
  private static final String DOCUMENT_BREAK = "$#$";

  private CorpusSentences() {}

  /** Returns every regular file under {@link #CORPORA}, sorted by path. */
  static List<Path> files() {
    try (Stream<Path> walk = Files.walk(CORPORA)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + CORPORA.toAbsolutePath(), e);
    }
  }

  /** Returns the sentences of {@code file}, read as described in the class comment. */
  public static List<String> sentences(Path file) {
    List<String> lines = lines(file);
    if (file.getFileName().toString().endsWith(".ref")) {
      return segmentedColumns(lines);
    }
    if (isConll(lines)) {
      return conll(lines);
    }
    return lines.stream().filter(line -> !line.isBlank()).toList();
  }

  /** Returns the lines of {@code file}, decoded as UTF-8. */
  public static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
    }
  }

  /** Returns the words of {@code file}: its sentences split at whitespace. */
  static Stream<String> words(Path file) {
    return sentences(file).stream()
        .flatMap(sentence -> Stream.of(sentence.trim().split("\\s+")))
        .filter(word -> !word.isEmpty());
  }

  private static boolean isConll(List<String> lines) {
    List<String> sample = lines.stream().filter(line -> !line.isBlank()).limit(50).toList();
    return !sample.isEmpty() && sample.stream().allMatch(line -> BIO_LINE.matcher(line).matches());
  }

  private static List<String> conll(List<String> lines) {
    List<String> sentences = new ArrayList<>();
    StringBuilder sentence = new StringBuilder();
    for (String line : lines) {
      String token = firstField(line);
      if (token.isEmpty() || token.equals(DOCUMENT_BREAK)) {
        flush(sentence, sentences);
      } else {
        append(sentence, token);
      }
    }
    flush(sentence, sentences);
    return sentences;
  }

  private static List<String> segmentedColumns(List<String> lines) {
    List<String> sentences = new ArrayList<>();
    StringBuilder sentence = new StringBuilder();
    for (String line : lines.subList(1, lines.size())) { // the first line names the columns
      String token = firstField(line);
      if (token.length() > 1) {
        token = token.replace("+", "");
      }
      if (token.isEmpty()) {
        continue;
      }
      append(sentence, token);
      if (token.equals(".") || token.equals("!") || token.equals("?") || token.equals("؟")) {
        flush(sentence, sentences);
      }
    }
    flush(sentence, sentences);
    return sentences;
  }

  private static String firstField(String line) {
    String trimmed = line.strip();
    int space = 0;
    while (space < trimmed.length() && !Character.isWhitespace(trimmed.charAt(space))) {
      space++;
    }
    return trimmed.substring(0, space);
  }

  private static void append(StringBuilder sentence, String token) {
    if (sentence.length() > 0) {
      sentence.append(' ');
    }
    sentence.append(token);
  }

  private static void flush(StringBuilder sentence, List<String> sentences) {
    if (sentence.length() > 0) {
      sentences.add(sentence.toString());
      sentence.setLength(0);
    }
  }
}
