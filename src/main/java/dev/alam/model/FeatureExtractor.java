package dev.alam.model;

import dev.alam.ner.EntityType;
import dev.alam.ner.Mention;
import dev.alam.ner.NameEvidence;
import dev.alam.ner.NerResources;
import dev.alam.text.Hash64;
import dev.alam.text.ProcliticSegmenter;
import dev.alam.text.Token;
import dev.alam.text.TokenKind;
import dev.alam.text.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The features of the statistical name finder, for one sentence at a time. Static features
 * (everything but the previous outcomes) are computed once per token; the decoder adds the
 * outcome features for each hypothesis. The feature set:
 *
 * <ul>
 *   <li>the token's normal form, and the forms of the two tokens on each side, and the two
 *       bigrams through the token;
 *   <li>token kind (Arabic word, proclitic, Latin, number, punctuation …) here and either side;
 *   <li>for Arabic words: the article, the stem without it, prefixes and suffixes of one to
 *       four letters of the stem, a nisba ending, a length bucket, and how often the word occurs
 *       in the unlabelled corpora ({@link Vocabulary}; unseen words are often names), and
 *       whether an Arabic spelling dictionary knows it ({@link Spelling}: a word it does not
 *       know is most often a foreign name);
 *   <li>lexical classes from the lexicons ({@link NerResources#wordClasses}): given name,
 *       particle, honorific, office title, organisation or event head, date word, reporting
 *       verb, function word class, phrase role — for the token and its neighbours;
 *   <li>how the annotated corpora used the word ({@link NameEvidence}), in coarse buckets: the
 *       model's own evidence ({@link ModelEvidence}), which counts its training sentences too,
 *       held out by fold in training;
 *   <li>the word cluster of the token and its neighbours ({@link WordClusters});
 *   <li>the earlier recognisers' candidates covering the token (country name or nationality
 *       adjective, city, place, organisation, office, event, date, person — with B/I
 *       position), and whether the token follows an office, so the model learns how the
 *       corpora annotate what the lexicons and grammars find.
 * </ul>
 *
 * <p>Training gives OpenNLP the features as strings ({@link #staticFeatures}); decoding reads
 * their {@link Hash64} hashes ({@link #staticHashes}, {@link OutcomeHashes}), computed from the
 * same parts in the same order without building a string: one code path emits each feature to
 * either, and a test holds the two to the same hashes.
 *
 * <p>Immutable and thread-safe.
 */
final class FeatureExtractor {
  static final String BEGIN = "<s>";
  static final String END = "</s>";

  private final NerResources resources;
  private final WordClusters clusters;
  private final NameEvidence evidence;
  private final Vocabulary vocabulary;
  private final Spelling spelling;

  /**
   * @param evidence the name evidence the features read: the model's own ({@link
   *     ModelEvidence}), not the lexicons' ({@link NerResources#evidence()}), which the grammar
   *     stages read
   */
  FeatureExtractor(NerResources resources, WordClusters clusters, NameEvidence evidence) {
    this.resources = resources;
    this.clusters = clusters;
    this.evidence = evidence;
    this.vocabulary = ProcliticSegmenter.standard().vocabulary();
    this.spelling = Spelling.standard(); // NameModel.prefetchBundled starts reading it early
  }

  /**
   * Computes the static features of the tokens {@code [from, to)} of {@code tokens}.
   *
   * @param candidates the earlier candidates over the same token list
   * @return one feature array per token of the range
   */
  String[][] staticFeatures(List<Token> tokens, int from, int to, List<Mention> candidates) {
    return staticFeatures(tokens, from, to, candidates, null);
  }

  /**
   * As {@link #staticFeatures(List, int, int, List)}, adding a copy of every feature prefixed
   * with {@code domain} when it is not null: the "frustratingly easy" domain adaptation of
   * Daumé (2007), which lets one model learn what corpora of different conventions share and
   * what each does its own way.
   */
  String[][] staticFeatures(List<Token> tokens, int from, int to, List<Mention> candidates,
      String domain) {
    StringSink sink = new StringSink(domain);
    String[][] out = new String[to - from][];
    emit(tokens, from, to, candidates, sink, i -> out[i] = sink.take());
    return out;
  }

  /**
   * The {@link Hash64} hashes of {@link #staticFeatures(List, int, int, List, String)}'s
   * strings, in the same order, computed without building the strings: what decoding reads.
   */
  long[][] staticHashes(List<Token> tokens, int from, int to, List<Mention> candidates,
      String domain) {
    HashSink sink = new HashSink(domain);
    long[][] out = new long[to - from][];
    emit(tokens, from, to, candidates, sink, i -> out[i] = sink.take());
    return out;
  }

  /** Receives the static features of one position after another. */
  private interface Sink {
    void add(String a);

    void add(String a, String b);

    void add(String a, String b, String c);

    void add(String a, String b, String c, String d);

    /** The feature {@code a} followed by {@code b.substring(from, to)}. */
    void add(String a, String b, int from, int to);
  }

  /** Called when a position's features are all emitted. */
  @FunctionalInterface
  private interface PositionDone {
    void done(int position);
  }

  /** The features as strings, with the domain's copies after them. */
  private static final class StringSink implements Sink {
    private final String domain;
    private final List<String> f = new ArrayList<>(64);

    StringSink(String domain) {
      this.domain = domain;
    }

    @Override
    public void add(String a) {
      f.add(a);
    }

    @Override
    public void add(String a, String b) {
      f.add(a + b);
    }

    @Override
    public void add(String a, String b, String c) {
      f.add(a + b + c);
    }

    @Override
    public void add(String a, String b, String c, String d) {
      f.add(a + b + c + d);
    }

    @Override
    public void add(String a, String b, int from, int to) {
      f.add(a + b.substring(from, to));
    }

    String[] take() {
      if (domain != null) {
        int general = f.size();
        for (int k = 0; k < general; k++) {
          f.add(domain + "|" + f.get(k));
        }
      }
      String[] out = f.toArray(new String[0]);
      f.clear();
      return out;
    }
  }

  /**
   * The features' hashes, with the hashes of the domain's copies after them: each feature's
   * characters are hashed twice as they come, from the start and from the state after {@code
   * domain|}, so no string is built.
   */
  private static final class HashSink implements Sink {
    private final long domainStart;
    private final boolean domains;
    private long[] plain = new long[64];
    private long[] prefixed = new long[64];
    private int size;
    private long h;
    private long hd;

    HashSink(String domain) {
      domains = domain != null;
      domainStart = domains ? Hash64.add(Hash64.add(Hash64.START, domain), '|') : 0;
    }

    private void begin() {
      h = Hash64.START;
      hd = domainStart;
    }

    private void part(String s, int from, int to) {
      if (!domains) {
        for (int i = from; i < to; i++) {
          h = Hash64.add(h, s.charAt(i));
        }
        return;
      }
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        h = Hash64.add(h, c);
        hd = Hash64.add(hd, c);
      }
    }

    private void part(String s) {
      part(s, 0, s.length());
    }

    private void end() {
      if (size == plain.length) {
        plain = Arrays.copyOf(plain, 2 * size);
        prefixed = Arrays.copyOf(prefixed, 2 * size);
      }
      plain[size] = Hash64.finish(h);
      if (domains) {
        prefixed[size] = Hash64.finish(hd);
      }
      size++;
    }

    @Override
    public void add(String a) {
      begin();
      part(a);
      end();
    }

    @Override
    public void add(String a, String b) {
      begin();
      part(a);
      part(b);
      end();
    }

    @Override
    public void add(String a, String b, String c) {
      begin();
      part(a);
      part(b);
      part(c);
      end();
    }

    @Override
    public void add(String a, String b, String c, String d) {
      begin();
      part(a);
      part(b);
      part(c);
      part(d);
      end();
    }

    @Override
    public void add(String a, String b, int from, int to) {
      begin();
      part(a);
      part(b, from, to);
      end();
    }

    long[] take() {
      long[] out = Arrays.copyOf(plain, domains ? 2 * size : size);
      if (domains) {
        System.arraycopy(prefixed, 0, out, size, size);
      }
      size = 0;
      return out;
    }
  }

  /** Emits the static features of the tokens {@code [from, to)}, position by position. */
  private void emit(List<Token> tokens, int from, int to, List<Mention> candidates, Sink f,
      PositionDone done) {
    int n = to - from;
    String[] forms = new String[n];
    String[] kinds = new String[n];
    String[][] cluster = new String[n][];
    List<List<String>> classes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(from + i);
      forms[i] = t.kind() == TokenKind.NUMBER ? shapeOfNumber(t.norm()) : t.norm();
      kinds[i] = t.kind().label();
      cluster[i] = clusters.clustersOf(t.norm());
      classes.add(resources.wordClasses(t));
    }
    List<List<String>> candidateAt = candidateFeatures(tokens, from, to, candidates);
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(from + i);
      String w = forms[i];
      String p1 = i > 0 ? forms[i - 1] : BEGIN;
      String p2 = i > 1 ? forms[i - 2] : BEGIN;
      String n1 = i + 1 < n ? forms[i + 1] : END;
      String n2 = i + 2 < n ? forms[i + 2] : END;
      f.add("w=", w);
      f.add("p1=", p1);
      f.add("p2=", p2);
      f.add("n1=", n1);
      f.add("n2=", n2);
      f.add("pw=", p1, "_", w);
      f.add("wn=", w, "_", n1);
      f.add("k=", kinds[i]);
      f.add("pk=", i > 0 ? kinds[i - 1] : BEGIN);
      f.add("nk=", i + 1 < n ? kinds[i + 1] : END);
      if (t.kind() == TokenKind.ARABIC_WORD) {
        addWordShape(t.norm(), f);
        addEvidence(t.norm(), f);
        int seen = vocabulary.count(t.norm());
        f.add("vf=", seen == 0 ? "0" : seen < 3 ? "1" : seen < 20 ? "2" : seen < 200 ? "3" : "4");
        if (!spelling.knows(t.text())) {
          f.add("oov");
          f.add("oovf=", seen < 3 ? "r" : "f");
        }
      } else if (t.kind() == TokenKind.LATIN_WORD) {
        f.add("cap=", Character.isUpperCase(t.text().charAt(0)) ? "true" : "false");
      }
      addClusters("c", cluster[i], f);
      addClusters("pc", i > 0 ? cluster[i - 1] : null, f);
      addClusters("nc", i + 1 < n ? cluster[i + 1] : null, f);
      for (String c : classes.get(i)) {
        f.add("x=", c);
      }
      if (i > 0) {
        for (String c : classes.get(i - 1)) {
          f.add("px=", c);
        }
      }
      if (i + 1 < n) {
        for (String c : classes.get(i + 1)) {
          f.add("nx=", c);
        }
      }
      if (candidateAt.get(i) != null) {
        for (String c : candidateAt.get(i)) {
          f.add(c);
        }
      }
      done.done(i);
    }
  }

  /** The static features of a position followed by its outcome features, for training. */
  static void addOutcomeFeatures(String[] base, String previous, String beforePrevious,
      String word, String[] into) {
    System.arraycopy(base, 0, into, 0, base.length);
    String[] outcome = new String[OUTCOME_FEATURES];
    outcomeFeatures(previous, beforePrevious, word, outcome);
    System.arraycopy(outcome, 0, into, base.length, OUTCOME_FEATURES);
  }

  /** The features of the two previous outcomes, written into {@code into}. */
  static void outcomeFeatures(String previous, String beforePrevious, String word,
      String[] into) {
    into[0] = "o1=" + previous;
    into[1] = "o2=" + beforePrevious + "_" + previous;
    into[2] = "o1w=" + previous + "_" + word;
  }

  /**
   * The hashes of the outcome features ({@link #outcomeFeatures}) for a model's outcomes, worked
   * out once: for a hypothesis, only the word is hashed. Immutable.
   */
  static final class OutcomeHashes {
    private final long[] first;
    private final long[][] pair;
    private final long[] beforeWord;

    /** For {@code outcomes}; index {@code outcomes.length} stands for {@link #BEGIN}. */
    OutcomeHashes(String[] outcomes) {
      int n = outcomes.length + 1;
      first = new long[n];
      pair = new long[n][n];
      beforeWord = new long[n];
      for (int p = 0; p < n; p++) {
        String previous = p < outcomes.length ? outcomes[p] : BEGIN;
        first[p] = Hash64.finish(Hash64.add(Hash64.add(Hash64.START, "o1="), previous));
        for (int b = 0; b < n; b++) {
          String before = b < outcomes.length ? outcomes[b] : BEGIN;
          long h = Hash64.add(Hash64.add(Hash64.START, "o2="), before);
          pair[b][p] = Hash64.finish(Hash64.add(Hash64.add(h, "_"), previous));
        }
        beforeWord[p] = Hash64.add(Hash64.add(Hash64.add(Hash64.START, "o1w="), previous), "_");
      }
    }

    /**
     * Writes the hashes of {@link #outcomeFeatures}{@code (outcome previous, outcome
     * beforePrevious, word)} into {@code into}, in its order.
     */
    void into(int previous, int beforePrevious, String word, long[] into) {
      into[0] = first[previous];
      into[1] = pair[beforePrevious][previous];
      into[2] = Hash64.finish(Hash64.add(beforeWord[previous], word));
    }
  }

  /** The number of features {@link #addOutcomeFeatures} adds. */
  static final int OUTCOME_FEATURES = 3;

  private static void addClusters(String name, String[] ids, Sink f) {
    if (ids != null) {
      for (String id : ids) {
        f.add(name, id);
      }
    }
  }

  private static final String[] PREFIX = {null, "pre1=", "pre2=", "pre3=", "pre4="};
  private static final String[] SUFFIX = {null, "suf1=", "suf2=", "suf3=", "suf4="};

  private static void addWordShape(String norm, Sink f) {
    boolean article = norm.length() >= 4 && norm.startsWith("ال");
    int start = article ? 2 : 0; // the stem is norm[start, length)
    int len = norm.length() - start;
    if (article) {
      f.add("al");
      f.add("stem=", norm, start, norm.length());
    }
    for (int k = 1; k <= 4 && k < len; k++) {
      f.add(PREFIX[k], norm, start, start + k);
      f.add(SUFFIX[k], norm, norm.length() - k, norm.length());
    }
    if (len >= 3 && (norm.endsWith("ي") || norm.endsWith("يه") || norm.endsWith("يين")
        || norm.endsWith("يون"))) {
      f.add("nisba");
    }
    f.add("len=", len <= 2 ? "s" : len <= 4 ? "m" : len <= 7 ? "l" : "xl");
  }

  private void addEvidence(String norm, Sink f) {
    NameEvidence e = evidence;
    int total = e.total(norm);
    if (total == 0) {
      f.add("ev=unseen");
      return;
    }
    String size = total < 3 ? "rare" : total < 20 ? "some" : "many";
    f.add("ev=", size);
    f.add("evp=", bucket(e.person(norm), total), size);
    f.add("evn=", bucket(e.inAnyName(norm), total), size);
  }

  private static String bucket(int part, int total) {
    double r = (double) part / total;
    return r == 0 ? "0" : r < 0.2 ? "lo" : r < 0.6 ? "mid" : "hi";
  }

  private static String shapeOfNumber(String norm) {
    StringBuilder b = new StringBuilder("#");
    for (int i = 0; i < norm.length() && b.length() < 8; i++) {
      char c = norm.charAt(i);
      b.append(c >= '0' && c <= '9' ? 'd' : c);
    }
    return b.toString();
  }

  /** The candidate features of each token of the range, or null. */
  private List<List<String>> candidateFeatures(List<Token> tokens, int from, int to,
      List<Mention> candidates) {
    List<List<String>> out = new ArrayList<>(Collections.nCopies(to - from, null));
    for (Mention m : candidates) {
      if (m.endToken() <= from || m.startToken() >= to) {
        if (m.type() == EntityType.OFFICE && m.endToken() >= from && m.endToken() < to) {
          mark(out, m.endToken() - from, "afterOffice");
        }
        continue;
      }
      // The demonym lookup stops at the range's end, as in training, where a range is a sentence.
      boolean nisba = m.type() == EntityType.COUNTRY
          && resources.isNationalityAdjective(tokens.subList(0, to), m);
      String type = nisba ? "NISBA" : m.type().name();
      for (int k = Math.max(m.startToken(), from); k < Math.min(m.endToken(), to); k++) {
        mark(out, k - from, (k == m.startToken() ? "cB=" : "cI=") + type);
      }
      if (m.type() == EntityType.OFFICE && m.endToken() < to) {
        mark(out, m.endToken() - from, "afterOffice");
        Token next = tokens.get(m.endToken());
        if ((next.text().equals("،") || next.text().equals(",")) && m.endToken() + 1 < to) {
          mark(out, m.endToken() + 1 - from, "afterOffice");
        }
      }
    }
    return out;
  }

  private static void mark(List<List<String>> out, int i, String feature) {
    if (out.get(i) == null) {
      out.set(i, new ArrayList<>(2));
    }
    out.get(i).add(feature);
  }
}
