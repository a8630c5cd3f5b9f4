package dev.alam.model;

import dev.alam.ner.Mention;
import dev.alam.ner.NameEvidence;
import dev.alam.ner.NerResources;
import dev.alam.text.Token;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.io.ByteArrayInputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained statistical name finder: an Apache OpenNLP maxent or perceptron model over the
 * features of {@link FeatureExtractor}, decoded with a beam search that only allows well-formed
 * BIO sequences (an {@code I-X} only after {@code B-X} or {@code I-X}). Outcomes are {@code O}
 * and {@code B-}/{@code I-} of PERS, LOC, ORG and MISC.
 *
 * <p>The loaded model is immutable and shared: decoding keeps all its state on the stack of
 * the call, so one instance serves any number of threads. It builds no feature strings: it
 * looks the weights up by the features' hashes, which a sentence's decoding keeps in one array
 * per token, beside its beam's arrays.
 */
public final class NameModel {
  /** The bundled model's directory on the class path. */
  public static final String RESOURCE_DIRECTORY = "/dev/alam/models/ner/";
  /** The model file's name, in the bundled directory or a user-supplied one. */
  public static final String MODEL_FILE = "name-model.bin.gz";
  /** The word cluster file's name, next to the model. */
  public static final String CLUSTER_FILE = "clusters.tsv.gz";
  /**
   * The model's name evidence file, next to it ({@link ModelEvidence}; the format of {@link
   * NameEvidence}).
   */
  public static final String EVIDENCE_FILE = "name-evidence.tsv.gz";
  /**
   * The model's settings file, next to it: Java properties; {@code domain} names the domain
   * whose prefixed feature copies decoding adds (absent: none).
   */
  public static final String SETTINGS_FILE = "name-model.properties";
  /** The default beam width. */
  public static final int DEFAULT_BEAM = 3;

  private static volatile NameModel bundled;

  private final Weights weights;
  private final FeatureExtractor features;
  private final WordClusters clusters;
  private final String domain;

  /**
   * The trained weights and what decoding needs to know of the outcomes, worked out once and
   * shared by every domain view of the model.
   */
  private static final class Weights {
    final FeatureWeights table;
    final boolean perceptron;
    final String[] outcomes;
    final int[] typeOf;
    final boolean[] inside;
    final int outside;
    final FeatureExtractor.OutcomeHashes outcomeHashes;

    @SuppressWarnings("unchecked")
    static Weights of(MaxentModel model) {
      if (!(model instanceof AbstractModel abstractModel)) {
        throw new IllegalArgumentException("not an OpenNLP AbstractModel: " + model.getClass());
      }
      String[] outcomes = new String[model.getNumOutcomes()];
      for (int i = 0; i < outcomes.length; i++) {
        outcomes[i] = model.getOutcome(i);
      }
      return new Weights(
          new FeatureWeights((Map<String, Context>) abstractModel.getDataStructures()[1]),
          abstractModel.getModelType() == AbstractModel.ModelType.Perceptron, outcomes);
    }

    /** Reads a model file's bytes (uncompressed), directly if it is a perceptron. */
    static Weights read(byte[] data) throws IOException {
      FeatureWeights.Perceptron read = FeatureWeights.readPerceptron(data);
      if (read != null) {
        return new Weights(read.table(), true, read.outcomes());
      }
      return of(new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(data)))
          .getModel());
    }

    Weights(FeatureWeights table, boolean perceptron, String[] outcomes) {
      this.table = table;
      this.perceptron = perceptron;
      this.outcomes = outcomes;
      int n = outcomes.length;
      typeOf = new int[n];
      inside = new boolean[n];
      int o = -1;
      List<String> types = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (outcomes[i].equals("O")) {
          o = i;
          typeOf[i] = -1;
          continue;
        }
        if (!outcomes[i].startsWith("B-") && !outcomes[i].startsWith("I-")) {
          throw new IllegalArgumentException("not a BIO outcome: " + outcomes[i]);
        }
        String type = outcomes[i].substring(2);
        if (!types.contains(type)) {
          types.add(type);
        }
        typeOf[i] = types.indexOf(type);
        inside[i] = outcomes[i].startsWith("I-");
      }
      if (o < 0) {
        throw new IllegalArgumentException("the model has no O outcome");
      }
      outside = o;
      outcomeHashes = new FeatureExtractor.OutcomeHashes(outcomes);
    }
  }

  NameModel(MaxentModel model, WordClusters clusters, NameEvidence evidence,
      NerResources resources, String domain) {
    this(Weights.of(model), new FeatureExtractor(resources, clusters, evidence), clusters,
        domain);
  }

  private NameModel(Weights weights, FeatureExtractor features, WordClusters clusters,
      String domain) {
    this.weights = weights;
    this.features = features;
    this.clusters = clusters;
    this.domain = domain;
  }

  /**
   * Starts loading the bundled model on a thread of its own unless it is loaded, so that it is
   * read while the caller loads the lexicons; {@link #bundled()} then waits for it. A failure is
   * left to {@link #bundled()}, which loads again and reports it. Returns at once.
   */
  public static void prefetchBundled() {
    if (bundled == null) {
      // Not the common pool: on two cores it has one worker, busy with the vocabulary that
      // NerResources.bundled() loads meanwhile, and the model would wait behind it.
      Thread loader = new Thread(() -> {
        try {
          bundled();
        } catch (RuntimeException e) {
          // reported by the caller's own bundled()
        }
      }, "alam-model-load");
      loader.setDaemon(true);
      loader.start();
      // The spelling dictionary the features read needs nothing else: it loads meanwhile, and
      // the model's features wait for it.
      Thread spelling = new Thread(() -> {
        try {
          Spelling.standard();
        } catch (RuntimeException e) {
          // reported when the model's features ask for it
        }
      }, "alam-spelling-load");
      spelling.setDaemon(true);
      spelling.start();
    }
  }

  /**
   * Returns the bundled model, loaded on first use (well under a second).
   *
   * @throws IllegalStateException if the bundled model is missing or corrupt, naming it
   */
  public static NameModel bundled() {
    NameModel m = bundled;
    if (m == null) {
      synchronized (NameModel.class) {
        m = bundled;
        if (m == null) {
          try {
            bundled = m = load(RESOURCE_DIRECTORY, NameModel.class::getResourceAsStream,
                NerResources::bundled);
          } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
          }
        }
      }
    }
    return m;
  }

  /**
   * Loads a model from a directory holding {@value #MODEL_FILE}, {@value #SETTINGS_FILE},
   * {@value #CLUSTER_FILE} and {@value #EVIDENCE_FILE}, as written by {@link NameModelTrainer}.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a file is missing or corrupt; the message names it
   */
  public static NameModel load(Path directory, NerResources resources) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(resources, "resources");
    return load(directory + "/", name -> {
      try {
        return Files.newInputStream(Path.of(name));
      } catch (NoSuchFileException e) {
        return null;
      }
    }, () -> resources);
  }

  @FunctionalInterface
  private interface Opener {
    InputStream open(String name) throws IOException;
  }

  @FunctionalInterface
  private interface Parser<T> {
    T parse(InputStream in) throws IOException;
  }

  /**
   * Opens and parses one file of a model directory.
   *
   * @param what what the file is, for the messages
   * @throws IllegalArgumentException if the file is missing ("missing WHAT NAME") or cannot be
   *     read or parsed ("corrupt WHAT NAME: why"); never another exception for a bad file
   */
  private static <T> T readPart(Opener opener, String name, String what, Parser<T> parser) {
    return readPart(opener, name, what, "", parser);
  }

  /** As {@link #readPart(Opener, String, String, Parser)}, adding {@code ifMissing} to the
   * message of a missing file. */
  private static <T> T readPart(Opener opener, String name, String what, String ifMissing,
      Parser<T> parser) {
    InputStream opened;
    try {
      opened = opener.open(name);
    } catch (IOException e) {
      throw new IllegalArgumentException("corrupt " + what + " " + name + ": " + e, e);
    }
    if (opened == null) {
      throw new IllegalArgumentException("missing " + what + " " + name + ifMissing);
    }
    try (InputStream in = opened) {
      return parser.parse(in);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("corrupt " + what + " " + name + ": " + e, e);
    }
  }

  /**
   * Reads the model's files, then asks for the resources its features need: the bundled model is
   * read while the bundled resources load on another thread.
   */
  private static NameModel load(String directory, Opener opener,
      Supplier<NerResources> resources) {
    String modelName = directory + MODEL_FILE;
    Weights model = readPart(opener, modelName, "model",
        in -> Weights.read(new GZIPInputStream(in, 1 << 16).readAllBytes()));
    java.util.Properties settings = readPart(opener, directory + SETTINGS_FILE,
        "model settings", in -> {
          java.util.Properties p = new java.util.Properties();
          p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
          return p;
        });
    String clusterName = directory + CLUSTER_FILE;
    WordClusters clusters = readPart(opener, clusterName, "word clusters",
        in -> WordClusters.read(in, clusterName));
    String evidenceName = directory + EVIDENCE_FILE;
    NameEvidence evidence = readPart(opener, evidenceName, "name evidence",
        " (model directories from an earlier 'alam train' have none: retrain with this one)",
        in -> NameEvidence.read(in, evidenceName));
    NerResources features = Objects.requireNonNull(resources.get(), "resources");
    try {
      return new NameModel(model, new FeatureExtractor(features, clusters, evidence), clusters,
          settings.getProperty("domain"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("corrupt model " + modelName + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns this model tagging text of {@code domain}: the same trained weights, with the
   * domain's feature copies when the model was trained with domain features (otherwise this
   * model itself).
   *
   * @throws NullPointerException if {@code domain} is null
   */
  public NameModel forDomain(TextDomain domain) {
    Objects.requireNonNull(domain, "domain");
    if (this.domain == null || this.domain.equals(domain.key())) {
      return this;
    }
    return new NameModel(weights, features, clusters, domain.key());
  }

  /** Returns the outcomes the model predicts, e.g. {@code O}, {@code B-PERS}. */
  public List<String> outcomes() {
    return List.of(weights.outcomes);
  }

  /** Returns the word clusters the model was trained with. */
  public WordClusters clusters() {
    return clusters;
  }

  /**
   * The hashes of the static features of the tokens {@code [from, to)}, with the model's domain
   * copies.
   */
  long[][] staticHashes(List<Token> tokens, int from, int to, List<Mention> candidates) {
    return features.staticHashes(tokens, from, to, candidates, domain);
  }

  /**
   * Tags the tokens {@code [from, to)} (one sentence).
   *
   * @param candidates earlier recognisers' candidates over {@code tokens}
   * @param beam the beam width, at least 1 (1 is greedy)
   * @return one BIO outcome per token of the range
   */
  public List<String> tag(List<Token> tokens, int from, int to, List<Mention> candidates,
      int beam) {
    if (beam < 1) {
      throw new IllegalArgumentException("beam must be at least 1, got " + beam);
    }
    int n = to - from;
    if (n <= 0) {
      return List.of();
    }
    long[][] base = staticHashes(tokens, from, to, candidates);
    int[] best = decode(base, tokens, from, beam, null);
    List<String> out = new ArrayList<>(n);
    for (int o : best) {
      out.add(weights.outcomes[o]);
    }
    return out;
  }

  /**
   * Beam search over well-formed BIO sequences.
   *
   * @param probabilities if not null, receives each position's confidence in the chosen outcome:
   *     a softmax over the summed weights (for the perceptron, whose own normalisation is not a
   *     probability, this is sharper than what the beam ranks by)
   */
  int[] decode(long[][] base, List<Token> tokens, int from, int beamWidth,
      double[] probabilities) {
    int n = base.length;
    int[] typeOf = weights.typeOf;
    boolean[] inside = weights.inside;
    int outside = weights.outside;
    int numOutcomes = weights.outcomes.length;
    // Hypotheses: outcome histories and their log scores; beamWidth of them at most.
    int[][] histories = new int[beamWidth][n];
    double[][] probs = new double[beamWidth][n];
    double[] scores = new double[beamWidth];
    int size = 1;
    int[][] nextHistories = new int[beamWidth][n];
    double[][] nextProbs = new double[beamWidth][n];
    double[] nextScores = new double[beamWidth];
    long[] outcomeFeatures = new long[FeatureExtractor.OUTCOME_FEATURES];
    int begin = numOutcomes; // OutcomeHashes' index of BEGIN
    double[] staticScores = new double[numOutcomes];
    double[] dist = new double[numOutcomes];
    double[] confidence = new double[numOutcomes];
    for (int i = 0; i < n; i++) {
      // The static features score every hypothesis alike: sum them once per position.
      Arrays.fill(staticScores, 0);
      addScores(base[i], staticScores);
      int nextSize = 0;
      Arrays.fill(nextScores, Double.NEGATIVE_INFINITY);
      for (int h = 0; h < size; h++) {
        int previous = i > 0 ? histories[h][i - 1] : outside;
        weights.outcomeHashes.into(i > 0 ? previous : begin,
            i > 1 ? histories[h][i - 2] : begin, tokens.get(from + i).norm(), outcomeFeatures);
        System.arraycopy(staticScores, 0, dist, 0, numOutcomes);
        addScores(outcomeFeatures, dist);
        System.arraycopy(dist, 0, confidence, 0, numOutcomes);
        softmax(confidence);
        normalize(dist);
        for (int o = 0; o < numOutcomes; o++) {
          if (inside[o] && (i == 0 || typeOf[previous] != typeOf[o])) {
            continue; // I-X must continue an X
          }
          double score = scores[h] + Math.log(Math.max(dist[o], 1e-300));
          if (nextSize < beamWidth || score > nextScores[nextSize - 1]) {
            int at = Math.min(nextSize, beamWidth - 1);
            while (at > 0 && nextScores[at - 1] < score) {
              at--;
            }
            // shift the worse hypotheses down, dropping the last if full
            int last = Math.min(nextSize, beamWidth - 1);
            int[] recycledHistory = nextHistories[last];
            double[] recycledProbs = nextProbs[last];
            for (int k = last; k > at; k--) {
              nextHistories[k] = nextHistories[k - 1];
              nextProbs[k] = nextProbs[k - 1];
              nextScores[k] = nextScores[k - 1];
            }
            nextHistories[at] = recycledHistory;
            nextProbs[at] = recycledProbs;
            System.arraycopy(histories[h], 0, recycledHistory, 0, i);
            System.arraycopy(probs[h], 0, recycledProbs, 0, i);
            recycledHistory[i] = o;
            recycledProbs[i] = confidence[o];
            nextScores[at] = score;
            nextSize = Math.min(nextSize + 1, beamWidth);
          }
        }
      }
      int[][] th = histories;
      histories = nextHistories;
      nextHistories = th;
      double[][] tp = probs;
      probs = nextProbs;
      nextProbs = tp;
      double[] ts = scores;
      scores = nextScores;
      nextScores = ts;
      size = nextSize;
    }
    if (probabilities != null) {
      System.arraycopy(probs[0], 0, probabilities, 0, n);
    }
    return Arrays.copyOf(histories[0], n);
  }

  /** Adds the model's weights of {@code features} to {@code scores}, outcome by outcome. */
  private void addScores(long[] features, double[] scores) {
    weights.table.addTo(features, scores);
  }

  /** A plain softmax of summed weights: the confidence reported for an outcome. */
  private static void softmax(double[] scores) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : scores) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int o = 0; o < scores.length; o++) {
      scores[o] = Math.exp(scores[o] - max);
      sum += scores[o];
    }
    for (int o = 0; o < scores.length; o++) {
      scores[o] /= sum;
    }
  }

  /**
   * Turns summed weights into the distribution OpenNLP's own {@code eval} gives: a softmax for
   * maxent models; for the perceptron, OpenNLP's scaling by the largest absolute score first.
   */
  private void normalize(double[] scores) {
    double scale = 1;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : scores) {
      max = Math.max(max, v);
      if (weights.perceptron) {
        scale = Math.max(scale, Math.abs(v));
      }
    }
    double sum = 0;
    for (int o = 0; o < scores.length; o++) {
      scores[o] = weights.perceptron ? StrictMath.exp(scores[o] / scale) : StrictMath.exp(scores[o] - max);
      sum += scores[o];
    }
    for (int o = 0; o < scores.length; o++) {
      scores[o] /= sum;
    }
  }

  /** The outcome string of an outcome index. */
  String outcome(int index) {
    return weights.outcomes[index];
  }
}
