package dev.alam.model;

import dev.alam.corpus.Conll;
import dev.alam.corpus.Corpora;
import dev.alam.text.Token;
import dev.alam.text.TokenKind;
import dev.alam.text.Tokenizer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the {@link WordClusters} file from unlabelled text with the predictive exchange
 * algorithm (Uszkoreit &amp; Brants 2008; the one-sided class bigram model of Martin, Liermann
 * &amp; Ney): it maximises {@code sum N(v,c) log N(v,c) - sum N(c) log N(c)}, where {@code N(v,c)}
 * counts a word {@code v} followed by a word of class {@code c}. Cheaper than exact Brown
 * clustering, it runs in about a minute on a million tokens; it is run at {@value #COARSE}
 * and {@value #FINE} classes, and each word gets both ids.
 *
 * <p>The text: the training parts of ANERcorp, AQMAR and the Wojood sample, WikiFANE, and the
 * WikiNews text, tokenised with {@link Tokenizer#standard()}; held-out parts (ANERcorp's last
 * tenth, AQMAR dev, Wojood val) and NewsFANE (ANERcorp's text again) are left out. Words seen
 * fewer than {@value #MIN_COUNT} times are not clustered. Deterministic: the same text gives
 * the same file. A build tool; not thread-safe.
 */
public final class WordClusterBuilder {
  static final int COARSE = 64;
  static final int FINE = 256;
  static final int MIN_COUNT = 3;
  private static final int ITERATIONS = 15;

  private WordClusterBuilder() {}

  /** Reads the unlabelled text as normalised token sequences, one per sentence. */
  static List<String[]> text(Path corpora) throws IOException {
    List<Conll.Sentence> sentences = new ArrayList<>(Corpora.anercorpTrain(corpora));
    sentences.addAll(Conll.read(corpora.resolve("aqmar/train.txt")));
    sentences.addAll(Conll.read(corpora.resolve("fane/wikifane.txt")));
    sentences.addAll(Conll.read(corpora.resolve("wojood-sample/train.txt")));
    Tokenizer tokenizer = Tokenizer.standard();
    List<String[]> out = new ArrayList<>();
    for (Conll.Sentence s : sentences) {
      out.add(norms(tokenizer, String.join(" ", s.tokens())));
    }
    for (String line : Files.readAllLines(corpora.resolve("wikinews-farasa/WikiNewsTruth.txt"),
        StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(norms(tokenizer, line));
      }
    }
    return out;
  }

  private static String[] norms(Tokenizer tokenizer, String text) {
    List<String> out = new ArrayList<>();
    for (Token t : tokenizer.tokenize(text)) {
      if (t.kind() != TokenKind.PUNCTUATION) {
        out.add(t.norm());
      }
    }
    return out.toArray(new String[0]);
  }

  /**
   * Clusters the corpora's text and writes {@code out} in the {@link WordClusters} format.
   *
   * @return the number of words written
   * @throws IOException if a corpus cannot be read or the file cannot be written
   */
  public static int build(Path corpora, Path out, Consumer<String> log) throws IOException {
    List<String[]> text = text(corpora);
    log.accept("clustering " + text.size() + " sentences");
    Map<String, Integer> coarse = cluster(text, MIN_COUNT, COARSE, ITERATIONS, log);
    Map<String, Integer> fine = cluster(text, MIN_COUNT, FINE, ITERATIONS, log);
    Map<String, String> ids = new TreeMap<>();
    for (Map.Entry<String, Integer> e : coarse.entrySet()) {
      ids.put(e.getKey(), e.getValue() + "/" + fine.get(e.getKey()));
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream file = Files.newOutputStream(out);
        Writer w = new OutputStreamWriter(new GZIPOutputStream(file, 1 << 16),
            StandardCharsets.UTF_8)) {
      w.write("# Word clusters (exchange algorithm, " + COARSE + " and " + FINE
          + " classes) of normalised words seen " + MIN_COUNT + "+ times in the unlabelled text of\n"
          + "# ANERcorp (first 9/10), AQMAR train, WikiFANE, Wojood sample train and WikiNews.\n"
          + "# Built by WordClusterBuilder (alam build-clusters). Licence: CC BY-SA 4.0.\n"
          + "# columns: word\tcoarse/fine\n");
      for (Map.Entry<String, String> e : ids.entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
    return ids.size();
  }

  /** Builds the bundled file: {@code [--corpora DIR] [--out FILE]}. */
  public static void main(String[] args) throws IOException {
    Path corpora = Corpora.DEFAULT_ROOT;
    Path out = Path.of("models/ner/" + NameModel.CLUSTER_FILE);
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--corpora" -> corpora = Path.of(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    System.out.println(build(corpora, out, System.out::println) + " words written to " + out);
  }

  static Map<String, Integer> cluster(List<String[]> sentences, int minCount, int classes,
      int iterations, Consumer<String> log) {
    Map<String, Integer> counts = new HashMap<>();
    long total = 0;
    for (String[] s : sentences) {
      for (String t : s) {
        counts.merge(t, 1, Integer::sum);
        total++;
      }
    }
    List<String> vocab = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() >= minCount) {
        vocab.add(e.getKey());
      }
    }
    vocab.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a)
        : a.compareTo(b));
    Map<String, Integer> id = new HashMap<>();
    for (int i = 0; i < vocab.size(); i++) {
      id.put(vocab.get(i), i);
    }
    final int v = vocab.size();
    final int unk = v;
    final int bos = v + 1;
    final int p = v + 2;
    final int c = classes;

    // bigram (pred, succ) counts for clustered successors
    Map<Long, int[]> bigrams = new HashMap<>();
    int[] succCount = new int[v];
    for (String[] s : sentences) {
      int prev = bos;
      for (String t : s) {
        Integer w = id.get(t);
        int cur = w == null ? unk : w;
        if (w != null) {
          succCount[cur]++;
          bigrams.computeIfAbsent(((long) cur << 32) | prev, k -> new int[1])[0]++;
        }
        prev = cur;
      }
    }
    int[][] predIds = new int[v][];
    int[][] predCnt = new int[v][];
    int[] fill = new int[v];
    int[] deg = new int[v];
    for (long key : bigrams.keySet()) {
      deg[(int) (key >>> 32)]++;
    }
    for (int w = 0; w < v; w++) {
      predIds[w] = new int[deg[w]];
      predCnt[w] = new int[deg[w]];
    }
    for (Map.Entry<Long, int[]> e : bigrams.entrySet()) {
      int w = (int) (e.getKey() >>> 32);
      int pr = (int) (e.getKey() & 0xffffffffL);
      predIds[w][fill[w]] = pr;
      predCnt[w][fill[w]] = e.getValue()[0];
      fill[w]++;
    }
    bigrams = null;

    double[] f = new double[(int) total + 2];
    for (int i = 1; i < f.length; i++) {
      f[i] = i * Math.log(i);
    }
    int[] cls = new int[v];
    int[] nvc = new int[p * c];
    long[] nc = new long[c];
    for (int w = 0; w < v; w++) {
      cls[w] = w % c;
      for (int k = 0; k < predIds[w].length; k++) {
        nvc[predIds[w][k] * c + cls[w]] += predCnt[w][k];
      }
      nc[cls[w]] += succCount[w];
    }
    double[] delta = new double[c];
    for (int it = 0; it < iterations; it++) {
      int moved = 0;
      for (int w = 0; w < v; w++) {
        int a = cls[w];
        int[] pi = predIds[w];
        int[] pc = predCnt[w];
        for (int k = 0; k < pi.length; k++) {
          nvc[pi[k] * c + a] -= pc[k];
        }
        nc[a] -= succCount[w];
        Arrays.fill(delta, 0);
        for (int k = 0; k < pi.length; k++) {
          int base = pi[k] * c;
          int n = pc[k];
          for (int b = 0; b < c; b++) {
            int x = nvc[base + b];
            delta[b] += f[x + n] - f[x];
          }
        }
        int best = a;
        double bestScore = Double.NEGATIVE_INFINITY;
        int cw = succCount[w];
        for (int b = 0; b < c; b++) {
          double s = delta[b] - (f[(int) nc[b] + cw] - f[(int) nc[b]]);
          if (s > bestScore + 1e-9 || (b == a && s >= bestScore - 1e-9)) {
            bestScore = s;
            best = b;
          }
        }
        if (best != a) {
          moved++;
        }
        cls[w] = best;
        for (int k = 0; k < pi.length; k++) {
          nvc[pi[k] * c + best] += pc[k];
        }
        nc[best] += cw;
      }
      log.accept("  " + c + " classes, iteration " + (it + 1) + ": " + moved + " of " + v
          + " words moved");
      if (moved < v / 500) {
        break;
      }
    }
    Map<String, Integer> out = new HashMap<>();
    for (int w = 0; w < v; w++) {
      out.put(vocab.get(w), cls[w]);
    }
    return out;
  }
}
