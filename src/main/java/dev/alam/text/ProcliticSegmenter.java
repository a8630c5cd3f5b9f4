package dev.alam.text;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Decides which leading letters of an Arabic word are attached proclitics: the conjunctions
 * {@code و ف}, the prepositions {@code ب ل ك}, and a conjunction followed by a preposition
 * ({@code وب ول وك فب فل فك}).
 *
 * <p>A bare letter rule would wreck {@code وزير}, {@code بلد} and {@code لبنان}, so the decision
 * rests on evidence from a {@link Vocabulary} of attested word counts. For a word {@code w} and
 * each proclitic sequence {@code p} it begins with, leaving a remainder {@code r}:
 *
 * <ul>
 *   <li>The evidence for the whole word is its count, plus 5 times the
 *       count of {@code ال}+{@code w}: a word that takes the article itself ({@code الوزير}) is a
 *       word in its own right, since a proclitic would have to stand before the article.
 *   <li>The evidence for the split is 35 × <i>rate(p)</i> × the count of
 *       {@code r}, where <i>rate(p)</i> is the attachment rate of {@code p} estimated from the
 *       vocabulary itself when the segmenter is built: the summed counts of {@code p}+{@code r}
 *       over the summed counts of {@code r}, over all remainders {@code r} of three or more
 *       letters seen at least 20 times (in the bundled vocabulary about 0.023 for
 *       {@code و}, 0.031 for {@code ب} and {@code ل}, 0.009 for {@code ك}, 0.003 for {@code ف}
 *       and under 0.002 for the pairs).
 *   <li>When the remainder starts with the article ({@code بالاتفاق}, {@code والعلوم}), or is
 *       the article whose alef the preposition {@code ل} swallowed ({@code للاحزاب → ل +
 *       الاحزاب}), the split weight is 1000 instead: a proclitic before
 *       the article is the normal case, and an unseen word with an article remainder is split
 *       even if the remainder is unseen too. After {@code ل} a remainder starting with {@code ل}
 *       is also tried without the article ({@code للبنان → ل + لبنان}).
 *   <li>The count of a form (the whole word or a remainder) is in fact the larger of its own
 *       count and half the count of its stem without a pronoun suffix ({@code ومشاريعها →
 *       مشاريع}, {@code زوجته → زوجه}), since the vocabulary's sources split such suffixes
 *       inconsistently and many suffixed forms are rare.
 *   <li>The remainder must be two letters or more, or the pronoun {@code ه} ({@code له}, {@code
 *       به}); a word unseen as a whole (no evidence at all) is split only if its remainder's
 *       evidence is at least 3.
 *   <li>For an unseen word where nothing above applies, the four-letter beginnings decide: the
 *       summed count of vocabulary words that begin like {@code w} against the split weight ×
 *       rate × the summed count of words that begin like {@code r} ({@code ويعيدون → و +
 *       يعيدون}, but {@code ويكيميديا} stays whole).
 *   <li>When a conjunction wins and the remainder begins with a preposition letter, the
 *       remainder is decided the same way on its own evidence ({@code وبالتالي → و + ب +
 *       التالي}).
 * </ul>
 *
 * <p>The analysis with the most evidence wins; the whole word wins ties. The weights were tuned
 * on the first half of the WikiNews segmentation gold only; the second half is the test set.
 *
 * <p>{@link #split(String)} looks only at words that begin with a proclitic letter. The decisions
 * for the vocabulary's own words are made when the segmenter is built (the bundled one reads
 * them, with the vocabulary, from its compiled form: {@link #writeCompiled}), so for them it is
 * one table lookup; any other word is decided on the spot, allocating one small buffer (and, for a
 * conjunction before a preposition letter, one substring). Instances are immutable and
 * thread-safe.
 */
public final class ProcliticSegmenter {
  /** The bundled vocabulary, a classpath resource. */
  public static final String VOCABULARY_RESOURCE = "/dev/alam/models/lexicon/vocabulary.tsv.gz";
  /**
   * The bundled segmenter compiled by {@link #writeCompiled} from {@link #VOCABULARY_RESOURCE},
   * gzip-compressed: what {@link #standard()} reads.
   */
  public static final String COMPILED_RESOURCE = "/dev/alam/models/lexicon/vocabulary.bin.gz";
  private static final long COMPILED_MAGIC = 0x414c414d_564f4331L; // "ALAMVOC1"

  /** Weight of the split evidence for an ordinary remainder. */
  static final double SPLIT_WEIGHT = 35;
  /** Weight of the split evidence for a remainder that starts with the article. */
  static final double ARTICLE_SPLIT_WEIGHT = 1000;
  /** Weight of the count of {@code ال}+word as evidence that the word is whole. */
  static final double ARTICLE_WEIGHT = 5;
  /** Discount of the stem count when a form is unseen. */
  static final double STEM_DISCOUNT = 0.5;
  /** Smallest remainder evidence that splits a word unseen as a whole. */
  static final double UNSEEN_MIN_EVIDENCE = 3;
  /** Smallest count of a remainder used to estimate attachment rates. */
  static final int RATE_MIN_COUNT = 20;
  /** Length of the word beginnings compared for unseen words. */
  static final int PREFIX_LENGTH = 4;

  private static final char ALEF = '\u0627';
  private static final char BEH = '\u0628';
  private static final char TEH = '\u062A';
  private static final char FEH = '\u0641';
  private static final char KAF = '\u0643';
  private static final char LAM = '\u0644';
  private static final char NOON = '\u0646';
  private static final char HEH = '\u0647';
  private static final char WAW = '\u0648';
  private static final char YEH = '\u064A';

  /** Proclitic sequences, longest first; a tie between analyses keeps the earlier one. */
  private static final String[] PROCLITICS = {
      "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك"};

  /** Pronoun suffixes stripped for the stem back-off, longest first. */
  private static final String[] PRONOUN_SUFFIXES = {
      "هما", "كما", "هم", "هن", "ها", "كم", "نا", "ني", "ه", "ك", "ي"};

  private static volatile ProcliticSegmenter standard;

  private final Vocabulary vocabulary;
  private final double[] rates = new double[PROCLITICS.length];
  private final CountTable prefixes;
  /** The decision for every vocabulary word that begins with a proclitic letter, see code(). */
  private final CountTable decided;

  private ProcliticSegmenter(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    estimateRates();
    CountTable.Builder begins = new CountTable.Builder(vocabulary.size() / 4);
    vocabulary.forEach((word, count) -> {
      if (word.length() >= PREFIX_LENGTH) {
        begins.merge(word, 0, PREFIX_LENGTH, count);
      }
    });
    this.prefixes = begins.build();
    // Most words of a text are in the vocabulary: decide those once, here, so that split() is
    // one lookup for them instead of a dozen.
    CountTable.Builder decisions = new CountTable.Builder(vocabulary.size() / 2);
    vocabulary.forEach((word, count) -> {
      if (needsDecision(word)) {
        decisions.add(word, code(decide(word)));
      }
    });
    this.decided = decisions.build();
  }

  /** A segmenter of what {@link #writeCompiled} wrote, everything derived read, not redone. */
  private ProcliticSegmenter(Vocabulary vocabulary, double[] rates, CountTable prefixes,
      CountTable decided) {
    this.vocabulary = vocabulary;
    System.arraycopy(rates, 0, this.rates, 0, this.rates.length);
    this.prefixes = prefixes;
    this.decided = decided;
  }

  private static boolean needsDecision(String word) {
    return word.length() >= 2 && isProcliticLetter(word.charAt(0));
  }

  /**
   * Returns the segmenter over the bundled vocabulary, loaded on first use.
   *
   * @throws IllegalStateException naming the resource if the bundled vocabulary is missing or
   *     corrupt (a packaging bug)
   */
  public static ProcliticSegmenter standard() {
    ProcliticSegmenter s = standard;
    if (s == null) {
      synchronized (ProcliticSegmenter.class) {
        s = standard;
        if (s == null) {
          standard = s = loadCompiledResource(COMPILED_RESOURCE);
        }
      }
    }
    return s;
  }

  /**
   * Returns a segmenter over {@code vocabulary}.
   *
   * @throws NullPointerException if {@code vocabulary} is null
   */
  public static ProcliticSegmenter of(Vocabulary vocabulary) {
    return new ProcliticSegmenter(Objects.requireNonNull(vocabulary, "vocabulary"));
  }

  /**
   * Returns a segmenter over a user-supplied vocabulary file in the {@link Vocabulary} format
   * (gzip-compressed UTF-8 {@code word<TAB>count} lines, words normalised by {@link
   * Normalizer#standard()}).
   *
   * @param path the vocabulary file
   * @throws NullPointerException if {@code path} is null
   * @throws IOException naming the path if the file is missing, unreadable or not gzip
   * @throws IllegalArgumentException naming the path and line if the content is malformed or
   *     holds no words
   */
  public static ProcliticSegmenter load(Path path) throws IOException {
    return new ProcliticSegmenter(Vocabulary.read(path));
  }

  /** Loads a segmenter from a classpath resource; any failure names the resource. */
  static ProcliticSegmenter loadResource(String resource) {
    try (InputStream in = ProcliticSegmenter.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new ProcliticSegmenter(Vocabulary.read(in, resource));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot load resource " + resource + ": " + e.getMessage(),
          e);
    }
  }

  /** Reads a compiled segmenter from a gzip-compressed classpath resource, naming it on failure. */
  static ProcliticSegmenter loadCompiledResource(String resource) {
    try (InputStream in = ProcliticSegmenter.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return readCompiled(new GZIPInputStream(in, 1 << 16), resource);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot load resource " + resource + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * Writes the vocabulary and the decisions made for its words, which {@link #readCompiled}
   * reads back without deciding or counting anything. The words are sorted by {@link
   * String#compareTo}; the file holds, each as one block, their lengths, their UTF-16 units,
   * their counts and their decisions; then the attachment rates, and the counts of the
   * four-letter beginnings (sorted), so that reading is a few bulk copies. The same segmenter always writes the same
   * bytes. Does not close {@code out}.
   *
   * @throws NullPointerException if {@code out} is null
   * @throws IOException if writing fails
   */
  public void writeCompiled(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    String[] words = new String[vocabulary.size()];
    int[] n = {0};
    vocabulary.forEach((word, count) -> words[n[0]++] = word);
    Arrays.sort(words);
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    data.writeLong(COMPILED_MAGIC);
    data.writeInt(words.length);
    int units = 0;
    for (String w : words) {
      if (w.length() > Short.MAX_VALUE) {
        throw new IOException("a word of " + w.length() + " units cannot be compiled");
      }
      data.writeShort(w.length());
      units += w.length();
    }
    data.writeInt(units);
    for (String w : words) {
      data.writeChars(w);
    }
    for (String w : words) {
      data.writeInt(vocabulary.count(w));
    }
    for (String w : words) {
      data.writeByte(needsDecision(w) ? decided.get(w) : 0);
    }
    for (double r : rates) {
      data.writeDouble(r);
    }
    String[] beginnings = new String[prefixes.size()];
    n[0] = 0;
    boolean[] overflow = {false};
    prefixes.forEach((beginning, count) -> {
      beginnings[n[0]++] = beginning;
      overflow[0] |= count < 0;
    });
    if (overflow[0]) {
      throw new IOException("the counts of a word beginning overflow an int: cannot be compiled");
    }
    Arrays.sort(beginnings);
    data.writeInt(beginnings.length);
    for (String p : beginnings) {
      data.writeChars(p);
    }
    for (String p : beginnings) {
      data.writeInt(prefixes.get(p));
    }
    data.flush();
  }

  /**
   * Reads a segmenter that {@link #writeCompiled} wrote. Its decisions are taken as written:
   * the file is the library's own (the bundled one is checked against its source by a test).
   *
   * @param in the uncompressed stream, read to its end; not closed
   * @param name what to call the stream in error messages
   * @throws NullPointerException if an argument is null
   * @throws IOException naming {@code name} if the stream cannot be read, is cut short, or is
   *     not a compiled segmenter
   */
  public static ProcliticSegmenter readCompiled(InputStream in, String name) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    ByteBuffer b = ByteBuffer.wrap(in.readAllBytes());
    try {
      if (b.getLong() != COMPILED_MAGIC) {
        throw new IOException(name + ": not a compiled Alam vocabulary");
      }
      int size = b.getInt();
      if (size <= 0 || size > b.remaining() / 9) {
        throw new IOException(name + ": corrupt (" + size + " words)");
      }
      short[] lengths = new short[size];
      b.asShortBuffer().get(lengths);
      b.position(b.position() + 2 * size);
      int units = b.getInt();
      if (units < size || units > b.remaining() / 2) {
        throw new IOException(name + ": corrupt (" + units + " units)");
      }
      char[] chars = new char[units];
      b.asCharBuffer().get(chars);
      b.position(b.position() + 2 * units);
      int[] counts = new int[size];
      b.asIntBuffer().get(counts);
      b.position(b.position() + 4 * size);
      byte[] decisions = new byte[size];
      b.get(decisions);
      double[] rates = new double[PROCLITICS.length];
      b.asDoubleBuffer().get(rates);
      b.position(b.position() + 8 * rates.length);
      int beginnings = b.getInt();
      if (beginnings < 0 || beginnings > b.remaining() / (2 * PREFIX_LENGTH + 4)) {
        throw new IOException(name + ": corrupt (" + beginnings + " word beginnings)");
      }
      char[] beginningChars = new char[beginnings * PREFIX_LENGTH];
      b.asCharBuffer().get(beginningChars);
      b.position(b.position() + 2 * beginningChars.length);
      int[] beginningCounts = new int[beginnings];
      b.asIntBuffer().get(beginningCounts);
      b.position(b.position() + 4 * beginnings);
      if (b.hasRemaining()) {
        throw new IOException(name + ": corrupt (" + b.remaining() + " bytes after the words)");
      }
      CountTable.Builder words = new CountTable.Builder(size);
      CountTable.Builder decided = new CountTable.Builder(size / 2);
      for (int i = 0, at = 0; i < size; at += lengths[i], i++) {
        if (lengths[i] <= 0 || at + lengths[i] > units) {
          throw new IOException(name + ": corrupt (word " + i + " of length " + lengths[i] + ")");
        }
        String word = new String(chars, at, lengths[i]);
        boolean needs = needsDecision(word);
        int decision = decisions[i];
        if (counts[i] < 0 || !words.add(word, counts[i])
            || (needs ? !possible(word, decision) : decision != 0)) {
          throw new IOException(name + ": corrupt (word " + i + ")");
        }
        if (needs) {
          decided.add(word, decision);
        }
      }
      CountTable.Builder prefixes = new CountTable.Builder(beginnings);
      for (int i = 0; i < beginnings; i++) {
        if (beginningCounts[i] < 0 || !prefixes.add(
            new String(beginningChars, i * PREFIX_LENGTH, PREFIX_LENGTH), beginningCounts[i])) {
          throw new IOException(name + ": corrupt (word beginning " + i + ")");
        }
      }
      for (double r : rates) {
        if (!(r >= 0 && r < Double.POSITIVE_INFINITY)) {
          throw new IOException(name + ": corrupt (attachment rate " + r + ")");
        }
      }
      return new ProcliticSegmenter(Vocabulary.ofTable(words.build()), rates, prefixes.build(),
          decided.build());
    } catch (BufferUnderflowException e) {
      throw new IOException(name + ": cut short", e);
    }
  }

  /**
   * Whether {@code code} (see {@link #code}) is a split {@link #split} could return for {@code
   * word}: its proclitics are proclitic letters and leave at least one letter, and a restored
   * article follows a {@code ل} and starts with one.
   */
  private static boolean possible(String word, int code) {
    if (code < 1 || code > code(Split.of(2, true))) {
      return false;
    }
    int k = (code - 1) >> 1;
    boolean restored = ((code - 1) & 1) != 0;
    if (k >= word.length() || (restored && (k == 0 || word.charAt(k - 1) != LAM
        || word.charAt(k) != LAM))) {
      return false;
    }
    for (int j = 0; j < k; j++) {
      if (!isProcliticLetter(word.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /** Returns the vocabulary the decisions rest on. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * Returns the attachment rate of a proclitic sequence estimated from the vocabulary: how many
   * times more often a word is seen with it than without it (see the class comment).
   *
   * @param proclitics one of {@code و ف ب ل ك وب ول وك فب فل فك}
   * @throws NullPointerException if {@code proclitics} is null
   * @throws IllegalArgumentException for any other string
   */
  public double attachmentRate(String proclitics) {
    Objects.requireNonNull(proclitics, "proclitics");
    for (int i = 0; i < PROCLITICS.length; i++) {
      if (PROCLITICS[i].equals(proclitics)) {
        return rates[i];
      }
    }
    throw new IllegalArgumentException("not a proclitic sequence: '" + proclitics + "'");
  }

  /**
   * Splits a normalised Arabic word.
   *
   * @param norm a word normalised by {@link Normalizer#standard()}, without diacritics
   * @return how many leading letters are proclitics, and whether the remainder lost the alef of
   *     its article ({@code لل…}); {@code proclitics() == 0} for a word kept whole
   * @throws NullPointerException if {@code norm} is null
   */
  public Split split(String norm) {
    Objects.requireNonNull(norm, "norm");
    if (norm.length() < 2 || !isProcliticLetter(norm.charAt(0))) {
      return Split.NONE;
    }
    int code = decided.get(norm);
    return code > 0 ? Split.of((code - 1) >> 1, ((code - 1) & 1) != 0) : decide(norm);
  }

  /** A split as a positive count for the table of decisions: 1 + 2 × proclitics + restored. */
  private static int code(Split split) {
    return 1 + 2 * split.proclitics() + (split.articleRestored() ? 1 : 0);
  }

  /**
   * Decides a word that begins with a proclitic letter and has two letters or more, without the
   * table of decisions (package-private for the test that the table agrees).
   */
  Split decide(String norm) {
    int n = norm.length();
    // buf = "ال" + norm: the word starts at 2, so the article can be put before the word or, by
    // overwriting a proclitic ل, before a remainder, without building strings.
    char[] buf = new char[n + 2];
    buf[0] = ALEF;
    buf[1] = LAM;
    norm.getChars(0, n, buf, 2);
    int end = n + 2;

    double whole = evidence(buf, 2, end) + ARTICLE_WEIGHT * vocabulary.count(buf, 0, end);
    boolean seen = whole > 0;
    double best = whole;
    int bestK = 0;
    boolean bestRestored = false;
    for (int i = 0; i < PROCLITICS.length; i++) {
      String p = PROCLITICS[i];
      int k = p.length();
      if (n <= k || !norm.startsWith(p)) {
        continue;
      }
      int rest = 2 + k;
      boolean afterLam = p.charAt(k - 1) == LAM;
      int restLength = n - k;
      if (afterLam && restLength >= 2 && buf[rest] == ALEF && buf[rest + 1] == LAM) {
        continue; // ل + ال is written لل, never لال
      }
      if (afterLam && buf[rest] == LAM && restLength >= 3) {
        // لل: the article with its alef swallowed (للاحزاب), so put the alef back
        buf[rest - 1] = ALEF;
        double score = articleScore(i, evidence(buf, rest - 1, end), seen);
        buf[rest - 1] = LAM;
        if (score > best) {
          best = score;
          bestK = k;
          bestRestored = true;
        }
      }
      if (restLength < 2 && buf[rest] != HEH) {
        continue;
      }
      double evidence = evidence(buf, rest, end);
      double score;
      if (restLength >= 4 && buf[rest] == ALEF && buf[rest + 1] == LAM) {
        score = articleScore(i, evidence, seen);
      } else if (!seen && evidence < UNSEEN_MIN_EVIDENCE) {
        continue;
      } else {
        score = SPLIT_WEIGHT * rates[i] * evidence;
      }
      if (score > best) {
        best = score;
        bestK = k;
        bestRestored = false;
      }
    }
    if (bestK == 0 && !seen && n >= PREFIX_LENGTH) {
      bestK = splitByBeginning(buf, n);
    }
    if (bestK == 1 && (buf[2] == WAW || buf[2] == FEH) && isPreposition(buf[3])) {
      // و + بالتالي: the remainder may carry a preposition of its own, decided on its evidence
      String rest = norm.substring(1);
      Split inner = rest.length() >= 2 && isProcliticLetter(rest.charAt(0)) ? decide(rest)
          : Split.NONE;
      if (inner.proclitics() == 1) {
        return Split.of(2, inner.articleRestored());
      }
    }
    return bestK == 0 ? Split.NONE : Split.of(bestK, bestRestored);
  }

  private double articleScore(int proclitic, double evidence, boolean seen) {
    return ARTICLE_SPLIT_WEIGHT * rates[proclitic] * (seen ? evidence : Math.max(evidence, 1));
  }

  /** The fallback for an unseen word: compares how words begin; returns the proclitic length. */
  private int splitByBeginning(char[] buf, int n) {
    double best = prefixes.get(buf, 2, 2 + PREFIX_LENGTH);
    int bestK = 0;
    for (int i = 0; i < PROCLITICS.length; i++) {
      String p = PROCLITICS[i];
      int k = p.length();
      int rest = 2 + k;
      if (n - k < PREFIX_LENGTH || !startsWith(buf, p)
          || (p.charAt(k - 1) == LAM
              && (buf[rest] == LAM || buf[rest] == ALEF && buf[rest + 1] == LAM))) {
        continue;
      }
      double score = SPLIT_WEIGHT * rates[i] * prefixes.get(buf, rest, rest + PREFIX_LENGTH);
      if (score > best) {
        best = score;
        bestK = k;
      }
    }
    return bestK;
  }

  private static boolean startsWith(char[] buf, String p) {
    for (int j = 0; j < p.length(); j++) {
      if (buf[2 + j] != p.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** The count of {@code buf[from, to)} or the discounted count of its stem, the larger. */
  private double evidence(char[] buf, int from, int to) {
    int count = vocabulary.count(buf, from, to);
    int stem = 0;
    for (String suffix : PRONOUN_SUFFIXES) {
      int stemEnd = to - suffix.length();
      if (stemEnd - from < 2 || !endsWith(buf, stemEnd, to, suffix)) {
        continue;
      }
      stem = Math.max(stem, vocabulary.count(buf, from, stemEnd));
      if (buf[stemEnd - 1] == TEH) {
        // a teh marbuta turns into teh before a suffix: زوجته → زوجة, normalised زوجه
        buf[stemEnd - 1] = HEH;
        stem = Math.max(stem, vocabulary.count(buf, from, stemEnd));
        buf[stemEnd - 1] = TEH;
      }
    }
    return Math.max(count, STEM_DISCOUNT * stem);
  }

  private static boolean endsWith(char[] buf, int from, int to, String suffix) {
    for (int j = 0; j < suffix.length(); j++) {
      if (buf[from + j] != suffix.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPreposition(char c) {
    return c == BEH || c == LAM || c == KAF;
  }

  private static boolean isProcliticLetter(char c) {
    return c == WAW || c == FEH || c == BEH || c == LAM || c == KAF;
  }

  /** Estimates rate(p) for every proclitic sequence; see the class comment. */
  private void estimateRates() {
    long[] attached = new long[PROCLITICS.length];
    long[] bare = new long[PROCLITICS.length];
    StringBuilder joined = new StringBuilder(32);
    vocabulary.forEach((r, count) -> {
      if (count < RATE_MIN_COUNT || r.length() < 3) {
        return;
      }
      boolean article = r.charAt(0) == ALEF && r.charAt(1) == LAM;
      for (int i = 0; i < PROCLITICS.length; i++) {
        String p = PROCLITICS[i];
        boolean afterLam = p.charAt(p.length() - 1) == LAM;
        if (afterLam && r.charAt(0) == LAM) {
          continue; // ambiguous with the swallowed article
        }
        joined.setLength(0);
        joined.append(p);
        // after ل the article loses its alef: ل + الاحزاب → للاحزاب
        joined.append(r, afterLam && article ? 1 : 0, r.length());
        attached[i] += vocabulary.count(joined);
        bare[i] += count;
      }
    });
    for (int i = 0; i < PROCLITICS.length; i++) {
      rates[i] = bare[i] == 0 ? 0 : (double) attached[i] / bare[i];
    }
  }

  /**
   * The outcome of {@link #split(String)}.
   *
   * @param proclitics the number of leading letters that are proclitics, 0 to 2
   * @param articleRestored true if the remainder begins with the {@code ل} of an article whose
   *     alef the preposition {@code ل} swallowed ({@code للأحزاب}); its normal form is then
   *     {@code ا} + the remainder
   */
  public record Split(int proclitics, boolean articleRestored) {
    static final Split NONE = new Split(0, false);
    private static final Split[] CACHE = {
        NONE, new Split(1, false), new Split(2, false), NONE, new Split(1, true),
        new Split(2, true)};

    /**
     * Validates the split.
     *
     * @throws IllegalArgumentException unless {@code 0 <= proclitics <= 2}, or if {@code
     *     articleRestored} is set without a proclitic
     */
    public Split {
      if (proclitics < 0 || proclitics > 2) {
        throw new IllegalArgumentException("proclitics must be 0 to 2, got " + proclitics);
      }
      if (articleRestored && proclitics == 0) {
        throw new IllegalArgumentException("articleRestored needs a proclitic");
      }
    }

    static Split of(int proclitics, boolean articleRestored) {
      return CACHE[proclitics + (articleRestored ? 3 : 0)];
    }
  }
}
