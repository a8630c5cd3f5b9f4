package dev.alam.ner;

import dev.alam.corpus.Conll;
import dev.alam.corpus.Corpora;
import dev.alam.text.Token;
import dev.alam.text.TokenKind;
import dev.alam.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How often each word occurs inside person, place, organisation and other names in annotated
 * text, keyed by the normal form of the word after proclitics are split off. The grammars use it
 * to tell a name ({@code حمد}, {@code باتروشيف}: rare or mostly inside names) from a common word
 * ({@code ضرورة}, {@code الحكومة}).
 *
 * <p>The bundled table ({@value #RESOURCE}) is built by {@link #build(Path)} from training
 * parts of the shared corpora (see {@link Corpora}): AQMAR train, WikiFANE and the Wojood
 * sample's train part (outer level). ANERcorp is left out on purpose: the statistical model is
 * trained on it, and features counted from its own labels would look more reliable in training
 * than they are on new text. Format: gzip-compressed UTF-8 lines
 * {@code word<TAB>total<TAB>pers<TAB>loc<TAB>org<TAB>misc}, {@code #} comments.
 *
 * <p>Immutable and thread-safe.
 */
public final class NameEvidence {
  /** The bundled table, a classpath resource. */
  public static final String RESOURCE = "/dev/alam/models/lexicon/name-evidence.tsv.gz";

  /** Counts are below this, so that the four name counts of a word sum within an int. */
  public static final int MAX_COUNT = 500_000_000;

  private static final int PERS = 1;
  private static final int LOC = 2;
  private static final int ORG = 3;
  private static final int MISC = 4;
  private static volatile NameEvidence bundled;

  private final Map<String, int[]> counts;

  private NameEvidence(Map<String, int[]> counts) {
    this.counts = counts;
  }

  /**
   * Returns the bundled table, loaded on first use.
   *
   * @throws IllegalStateException if the resource is missing or corrupt, naming it
   */
  public static NameEvidence bundled() {
    NameEvidence e = bundled;
    if (e == null) {
      synchronized (NameEvidence.class) {
        e = bundled;
        if (e == null) {
          try (InputStream in = NameEvidence.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("missing resource " + RESOURCE);
            }
            bundled = e = read(in, RESOURCE);
          } catch (IOException | IllegalArgumentException ex) {
            throw new IllegalStateException("cannot read resource " + RESOURCE + ": "
                + ex.getMessage(), ex);
          }
        }
      }
    }
    return e;
  }

  /**
   * Reads a table in the resource format.
   *
   * @param in the gzip-compressed stream; not closed
   * @param name what to call it in error messages
   * @throws IOException naming {@code name} if the stream cannot be read or is not gzip
   * @throws IllegalArgumentException naming {@code name} and the line for a malformed line
   */
  public static NameEvidence read(InputStream in, String name) throws IOException {
    try {
      return readLines(in, name);
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      throw new IOException(name + ": not a gzip-compressed name evidence table (" + e + ")", e);
    } catch (IOException e) {
      throw new IOException(name + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Parses the table by hand, without a split or a number parser per field: the model loads one
   * of some 50,000 lines while the lexicons load, in a JVM that has not compiled anything yet,
   * and line-by-line splitting was a tenth of the extractor's build time. Counts are decimal
   * digits below {@value #MAX_COUNT}; lines end with LF (a CR is refused as part of a count).
   */
  private static NameEvidence readLines(InputStream in, String name) throws IOException {
    String text = new String(new GZIPInputStream(in, 1 << 16).readAllBytes(),
        StandardCharsets.UTF_8);
    Map<String, int[]> counts = new HashMap<>(1 << 17);
    int number = 0;
    for (int at = 0; at < text.length(); ) {
      int end = text.indexOf('\n', at);
      if (end < 0) {
        end = text.length();
      }
      number++;
      if (end > at && text.charAt(at) != '#') {
        int tab = text.indexOf('\t', at);
        if (tab < 0 || tab > end) {
          throw new IllegalArgumentException(name + ":" + number + ": expected 6 columns");
        }
        int[] c = new int[5];
        int field = tab + 1;
        for (int i = 0; i < 5; i++) {
          int value = 0;
          int digits = 0;
          int k = field;
          for (; k < end && text.charAt(k) != '\t'; k++, digits++) {
            char d = text.charAt(k);
            if (d < '0' || d > '9' || digits >= 9) {
              throw new IllegalArgumentException(name + ":" + number + ": bad count");
            }
            value = value * 10 + (d - '0');
          }
          if (value >= MAX_COUNT) {
            throw new IllegalArgumentException(name + ":" + number + ": bad count");
          }
          if (digits == 0) {
            throw new IllegalArgumentException(name + ":" + number + ": "
                + (k >= end ? "expected 6 columns" : "bad count"));
          }
          if ((i < 4) != (k < end)) {
            throw new IllegalArgumentException(name + ":" + number + ": expected 6 columns");
          }
          c[i] = value;
          field = k + 1;
        }
        counts.put(text.substring(at, tab), c);
      }
      at = end + 1;
    }
    return new NameEvidence(counts);
  }

  /** Returns how often the normalised {@code word} was seen in the annotated text. */
  public int total(String word) {
    int[] c = counts.get(word);
    return c == null ? 0 : c[0];
  }

  /** Returns how often {@code word} was seen inside a person's name. */
  public int person(String word) {
    int[] c = counts.get(word);
    return c == null ? 0 : c[PERS];
  }

  /** Returns how often {@code word} was seen inside any name (person, place, body, other). */
  public int inAnyName(String word) {
    int[] c = counts.get(word);
    return c == null ? 0 : c[PERS] + c[LOC] + c[ORG] + c[MISC];
  }

  /**
   * Returns the share of {@code word}'s occurrences inside person names, smoothed towards 0.5
   * for rare words: {@code (person + 0.5) / (total + 1)}.
   */
  public double personRate(String word) {
    int[] c = counts.get(word);
    return c == null ? 0.5 : (c[PERS] + 0.5) / (c[0] + 1.0);
  }

  /** Returns the number of words in the table. */
  public int size() {
    return counts.size();
  }

  /**
   * Counts words and their name types in the training parts of the corpora under {@code
   * corpora}. Corpus tokens keep their proclitics; each is split with the standard tokenizer
   * and its tag goes to the word after the proclitics.
   *
   * @throws IOException if a corpus file cannot be read
   */
  public static Map<String, int[]> count(Path corpora) throws IOException {
    Objects.requireNonNull(corpora, "corpora");
    List<Conll.Sentence> sentences = new ArrayList<>(Conll.read(corpora.resolve("aqmar/train.txt")));
    sentences.addAll(Conll.read(corpora.resolve("fane/wikifane.txt")));
    sentences.addAll(Conll.read(corpora.resolve("wojood-sample/train.txt")));
    Tokenizer tokenizer = Tokenizer.standard();
    Map<String, int[]> counts = new HashMap<>(1 << 17);
    for (Conll.Sentence s : sentences) {
      List<String> tags = s.outerTags();
      for (int i = 0; i < s.tokens().size(); i++) {
        String coarse = Corpora.coarse(tags.get(i));
        int type = switch (coarse.length() > 2 ? coarse.substring(2) : "") {
          case "PERS" -> PERS;
          case "LOC" -> LOC;
          case "ORG" -> ORG;
          case "MISC" -> MISC;
          default -> 0;
        };
        Token base = null;
        for (Token t : tokenizer.tokenize(s.tokens().get(i))) {
          if (t.kind() == TokenKind.ARABIC_WORD) {
            base = t;
          }
        }
        if (base == null) {
          continue;
        }
        int[] c = counts.computeIfAbsent(base.norm(), k -> new int[5]);
        c[0]++;
        if (type > 0) {
          c[type]++;
        }
      }
    }
    return counts;
  }

  /**
   * Builds the table from the corpora and writes it to {@code out} in the resource format,
   * keeping words seen at least twice or inside a name at least once.
   *
   * @return the number of words written
   * @throws IOException if reading or writing fails
   */
  public static int build(Path corpora, Path out) throws IOException {
    Map<String, int[]> kept = new HashMap<>();
    for (Map.Entry<String, int[]> e : count(corpora).entrySet()) {
      int[] c = e.getValue();
      if (c[0] >= 2 || c[PERS] + c[LOC] + c[ORG] + c[MISC] > 0) {
        kept.put(e.getKey(), c);
      }
    }
    return write(kept, out,
        "Name evidence: how often each word occurs inside names in AQMAR train, WikiFANE\n"
        + "and the Wojood sample train part (ANERcorp, the model's training data, left out).\n"
        + "Built by NameEvidence.build (alam build-name-evidence). Licence: CC BY-SA 3.0.");
  }

  /**
   * A table of the given counts: word → {@code {total, pers, loc, org, misc}}. The arrays are
   * copied.
   *
   * @throws NullPointerException if {@code counts} is null or holds null
   * @throws IllegalArgumentException if an array does not have five counts, a count is negative
   *     or not below {@value #MAX_COUNT}, or a word could not be written and read back (empty,
   *     starting with {@code #}, or holding a tab or a line break)
   */
  public static NameEvidence of(Map<String, int[]> counts) {
    Map<String, int[]> copy = new HashMap<>(counts.size() * 2);
    counts.forEach((word, c) -> {
      Objects.requireNonNull(word, "word");
      if (word.isEmpty() || word.startsWith("#") || word.indexOf('\t') >= 0
          || word.indexOf('\n') >= 0 || word.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("not a word the format can hold: '" + word + "'");
      }
      if (Objects.requireNonNull(c, word).length != 5) {
        throw new IllegalArgumentException("five counts needed for " + word);
      }
      for (int count : c) {
        if (count < 0 || count >= MAX_COUNT) {
          throw new IllegalArgumentException("count out of range for " + word + ": " + count);
        }
      }
      copy.put(word, c.clone());
    });
    return new NameEvidence(copy);
  }

  /**
   * Returns this table less {@code counts} (word → {@code {total, pers, loc, org, misc}}): each
   * count lowered, never below zero, and a word left out once its total is zero. For holding a
   * part of the annotated text out of the table it was counted from.
   *
   * @throws NullPointerException if {@code counts} is null or holds null
   * @throws IllegalArgumentException if an array does not have five counts
   */
  public NameEvidence minus(Map<String, int[]> counts) {
    Map<String, int[]> out = new HashMap<>(this.counts.size() * 2);
    this.counts.forEach((word, c) -> out.put(word, c.clone()));
    counts.forEach((word, c) -> {
      if (Objects.requireNonNull(c, word).length != 5) {
        throw new IllegalArgumentException("five counts needed for " + word);
      }
      int[] t = out.get(word);
      if (t != null) {
        for (int i = 0; i < 5; i++) {
          t[i] = Math.max(0, t[i] - c[i]);
        }
        if (t[0] == 0) {
          out.remove(word);
        }
      }
    });
    return new NameEvidence(out);
  }

  /**
   * Writes this table to {@code out} in the resource format, most frequent words first.
   *
   * @param header comment lines (without {@code #}), separated by newlines
   * @throws IOException if the file cannot be written
   */
  public void write(Path out, String header) throws IOException {
    write(counts, out, header);
  }

  private static int write(Map<String, int[]> counts, Path out, String header)
      throws IOException {
    List<Map.Entry<String, int[]>> rows = new ArrayList<>(counts.entrySet());
    rows.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
        ? Integer.compare(b.getValue()[0], a.getValue()[0]) : a.getKey().compareTo(b.getKey()));
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream file = Files.newOutputStream(out);
        GZIPOutputStream gz = new GZIPOutputStream(file) {
          {
            def.setLevel(9);
          }
        };
        Writer w = new java.io.OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
      for (String line : header.split("\n")) {
        w.write("# " + line + "\n");
      }
      w.write("# columns: word\ttotal\tpers\tloc\torg\tmisc\n");
      for (Map.Entry<String, int[]> e : rows) {
        int[] c = e.getValue();
        w.write(e.getKey() + "\t" + c[0] + "\t" + c[PERS] + "\t" + c[LOC] + "\t" + c[ORG] + "\t"
            + c[MISC] + "\n");
      }
    }
    return rows.size();
  }

  /** Builds the bundled table: {@code [--corpora DIR] [--out FILE]}. */
  public static void main(String[] args) throws IOException {
    Path corpora = Corpora.DEFAULT_ROOT;
    Path out = Path.of("models/lexicon/name-evidence.tsv.gz");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--corpora" -> corpora = Path.of(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    System.out.println(build(corpora, out) + " words written to " + out);
  }
}
