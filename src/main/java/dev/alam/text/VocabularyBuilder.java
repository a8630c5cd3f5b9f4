package dev.alam.text;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the bundled {@link Vocabulary} ({@code models/lexicon/vocabulary.tsv.gz}) from the
 * shared NER corpora, reproducibly: the same corpora give the same bytes.
 *
 * <p>The sources, all relative to the corpora folder, and the parts of them used:
 *
 * <ul>
 *   <li>{@code anercorp/train.txt} without its last 10% of sentences, which are the NER dev
 *       split (the first {@code n * 9 / 10} of {@code n} blank-line separated sentences are
 *       used);
 *   <li>{@code aqmar/train.txt} (not {@code dev.txt});
 *   <li>{@code fane/wikifane.txt};
 *   <li>{@code wojood-sample/train.txt} (not {@code val.txt}); its {@code $#$} document breaks
 *       are skipped.
 * </ul>
 *
 * <p>WikiNews is left out because it is the segmentation test set, and NewsFANE because its text
 * is ANERcorp's again (including the dev part).
 *
 * <p>When a lexicon folder is given ({@code models/gazetteer}), every single-word name of a
 * country, city, place or organisation listed there is added with {@value #LEXICON_COUNT} extra
 * occurrences: a name in the lexicons is an attested word even if the corpora saw it rarely, so
 * {@code وطاجيكستان} splits as {@code و + طاجيكستان} while {@code لبنان} stays whole.
 *
 * <p>Each line's first whitespace-separated column is a corpus token. It is tokenised by {@link
 * Tokenizer#withoutProcliticSplitting()} (so stray punctuation such as {@code (د} does not make
 * new words), and every Arabic word's {@link Normalizer#standard() normalised} form is counted.
 * Words seen fewer than {@code minCount} times are dropped. The output is sorted by descending
 * count, then by word, and opens with {@code #} comments saying what it was built from.
 *
 * <p>This is a build tool, not used at run time. Stateless; its static methods are thread-safe.
 */
public final class VocabularyBuilder {
  /**
   * The default minimum count, 1: every word seen is kept. Pruning hapaxes halves the file but
   * was measured to cost segmentation accuracy (see {@code models/README.md}).
   */
  public static final int DEFAULT_MIN_COUNT = 1;

  /** The extra count of a single-word lexicon name. */
  public static final int LEXICON_COUNT = 5;

  /** Lexicon files with names, and the column (0-based) holding {@code |}-separated names. */
  private static final Map<String, Integer> LEXICON_NAME_COLUMNS = Map.of(
      "countries-generated.tsv", 1, "countries.tsv", 2, "cities.tsv", 2, "places.tsv", 1,
      "organizations.tsv", 2);

  private static final String ANERCORP = "anercorp/train.txt";
  private static final String AQMAR = "aqmar/train.txt";
  private static final String WIKIFANE = "fane/wikifane.txt";
  private static final String WOJOOD = "wojood-sample/train.txt";
  private static final String WOJOOD_DOCUMENT_BREAK = "$#$";

  private VocabularyBuilder() {}

  /**
   * Counts the normalised Arabic words of the sources listed in the class comment.
   *
   * @param corpora the shared corpora folder (in the project, {@code ../shared/corpora})
   * @return a new mutable map from normalised word to count
   * @throws NullPointerException if {@code corpora} is null
   * @throws NoSuchFileException naming the file if a source file is missing
   * @throws IOException if a source cannot be read
   */
  public static Map<String, Integer> count(Path corpora) throws IOException {
    Objects.requireNonNull(corpora, "corpora");
    Map<String, Integer> counts = new HashMap<>(1 << 18);
    Tokenizer tokenizer = Tokenizer.withoutProcliticSplitting();

    List<List<String>> sentences = sentences(corpora.resolve(ANERCORP));
    int train = sentences.size() * 9 / 10;
    for (List<String> sentence : sentences.subList(0, train)) {
      for (String token : sentence) {
        add(counts, tokenizer, token);
      }
    }
    for (String source : new String[] {AQMAR, WIKIFANE, WOJOOD}) {
      for (List<String> sentence : sentences(corpora.resolve(source))) {
        for (String token : sentence) {
          add(counts, tokenizer, token);
        }
      }
    }
    return counts;
  }

  /**
   * Builds the vocabulary from {@code corpora} and writes it, gzip-compressed, to {@code out}
   * (creating its parent folders, replacing an existing file).
   *
   * @param corpora the shared corpora folder (in the project, {@code ../shared/corpora})
   * @param out where to write, normally {@code models/lexicon/vocabulary.tsv.gz}
   * @param minCount the smallest count kept, at least 1
   * @return the vocabulary written
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code minCount < 1}
   * @throws IOException if a source cannot be read or {@code out} cannot be written
   */
  public static Vocabulary build(Path corpora, Path out, int minCount) throws IOException {
    return build(corpora, null, out, minCount);
  }

  /**
   * Builds the vocabulary from {@code corpora} and the names in the lexicon folder {@code
   * lexicons}, and writes it as {@link #build(Path, Path, int)} does.
   *
   * @param lexicons the lexicon folder (in the project, {@code models/gazetteer}), or null for
   *     none
   * @throws NoSuchFileException naming the file if a lexicon file is missing
   */
  public static Vocabulary build(Path corpora, Path lexicons, Path out, int minCount)
      throws IOException {
    Objects.requireNonNull(corpora, "corpora");
    Objects.requireNonNull(out, "out");
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount must be at least 1, got " + minCount);
    }
    Map<String, Integer> counts = count(corpora);
    int lexiconWords = lexicons == null ? 0 : addLexiconNames(counts, lexicons);
    long tokens = 0;
    for (int c : counts.values()) {
      tokens += c;
    }
    int seen = counts.size();
    counts.values().removeIf(c -> c < minCount);
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));

    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    // GZIPOutputStream writes no timestamp or file name, so the bytes are reproducible.
    try (OutputStream file = Files.newOutputStream(out);
        Writer writer = new BufferedWriter(new OutputStreamWriter(
            new GZIPOutputStream(file, 1 << 16), StandardCharsets.UTF_8))) {
      writer.write("# Alam vocabulary: normalised Arabic words (Normalizer.standard()) and counts.\n");
      writer.write("# Format: word<TAB>count, sorted by descending count, then word.\n");
      writer.write("# Built by dev.alam.text.VocabularyBuilder from ../shared/corpora:\n");
      writer.write("#   anercorp/train.txt without its last 10% of sentences (NER dev split),\n");
      writer.write("#   aqmar/train.txt, fane/wikifane.txt, wojood-sample/train.txt"
          + (lexicons == null ? ".\n" : ";\n#   plus " + LEXICON_COUNT + " for each of the "
              + lexiconWords + " single-word names in models/gazetteer.\n"));
      writer.write("# " + tokens + " Arabic word tokens, " + seen + " distinct words"
          + (minCount > 1 ? "; words seen fewer than " + minCount + " times dropped, "
              + counts.size() + " kept" : "") + ".\n");
      for (Map.Entry<String, Integer> e : entries) {
        writer.write(e.getKey());
        writer.write('\t');
        writer.write(Integer.toString(e.getValue()));
        writer.write('\n');
      }
    }
    return Vocabulary.of(counts);
  }

  /**
   * Writes the segmenter over {@code vocabulary}, compiled ({@link
   * ProcliticSegmenter#writeCompiled}) and gzip-compressed: what the library reads at run time
   * (normally {@code models/lexicon/vocabulary.bin.gz}, from the vocabulary {@link #build}
   * wrote). The bytes are reproducible.
   *
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} cannot be written
   */
  public static void compile(Vocabulary vocabulary, Path out) throws IOException {
    ProcliticSegmenter segmenter = ProcliticSegmenter.of(vocabulary);
    Path parent = Objects.requireNonNull(out, "out").toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream file = Files.newOutputStream(out);
        GZIPOutputStream gzip = new GZIPOutputStream(file, 1 << 16)) {
      segmenter.writeCompiled(gzip);
    }
  }

  /**
   * Command-line entry point: {@code --corpora DIR --out FILE [--min-count N]}; the defaults are
   * {@code ../shared/corpora}, {@code models/lexicon/vocabulary.tsv.gz} and {@value
   * #DEFAULT_MIN_COUNT}.
   *
   * @param args the options
   * @throws IOException if a source cannot be read or the output cannot be written
   * @throws IllegalArgumentException if an option is unknown or lacks its value
   */
  public static void main(String[] args) throws IOException {
    Path corpora = Path.of("../shared/corpora");
    Path lexicons = Path.of("models/gazetteer");
    Path out = Path.of("models/lexicon/vocabulary.tsv.gz");
    int minCount = DEFAULT_MIN_COUNT;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + args[i] + " needs a value");
      }
      switch (args[i]) {
        case "--corpora" -> corpora = Path.of(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        case "--lexicons" -> lexicons = Path.of(args[i + 1]);
        case "--min-count" -> minCount = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; expected --corpora DIR --lexicons DIR --out FILE [--min-count N]");
      }
    }
    Vocabulary v = build(corpora, lexicons, out, minCount);
    System.out.println("wrote " + out + ": " + v.size() + " words, " + v.total() + " tokens, "
        + Files.size(out) + " bytes");
  }

  /** Adds {@link #LEXICON_COUNT} for each distinct single-word lexicon name; returns how many. */
  private static int addLexiconNames(Map<String, Integer> counts, Path lexicons)
      throws IOException {
    Tokenizer tokenizer = Tokenizer.withoutProcliticSplitting();
    java.util.Set<String> words = new java.util.TreeSet<>();
    for (Map.Entry<String, Integer> file : new java.util.TreeMap<>(LEXICON_NAME_COLUMNS)
        .entrySet()) {
      for (String line : Files.readAllLines(lexicons.resolve(file.getKey()),
          StandardCharsets.UTF_8)) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        if (fields.length <= file.getValue()) {
          continue;
        }
        for (String name : fields[file.getValue()].split("\\|")) {
          List<Token> tokens = tokenizer.tokenize(name);
          if (tokens.size() == 1 && tokens.get(0).kind() == TokenKind.ARABIC_WORD) {
            words.add(tokens.get(0).norm());
          }
        }
      }
    }
    for (String w : words) {
      counts.merge(w, LEXICON_COUNT, Integer::sum);
    }
    return words.size();
  }

  private static void add(Map<String, Integer> counts, Tokenizer tokenizer, String token) {
    for (Token t : tokenizer.tokenize(token)) {
      if (t.kind() == TokenKind.ARABIC_WORD) {
        counts.merge(t.norm(), 1, Integer::sum);
      }
    }
  }

  /** Reads the first column of a CoNLL-style file as blank-line separated sentences. */
  private static List<List<String>> sentences(Path file) throws IOException {
    List<List<String>> sentences = new ArrayList<>();
    List<String> sentence = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        String token = firstColumn(line);
        if (token.isEmpty()) {
          if (!sentence.isEmpty()) {
            sentences.add(sentence);
            sentence = new ArrayList<>();
          }
        } else if (!token.equals(WOJOOD_DOCUMENT_BREAK)) {
          sentence.add(token);
        }
      }
    }
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }
    return sentences;
  }

  private static String firstColumn(String line) {
    int start = 0;
    while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
      end++;
    }
    return line.substring(start, end);
  }
}
