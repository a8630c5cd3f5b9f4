package dev.alam.model;

import dev.alam.corpus.Conll;
import dev.alam.corpus.Corpora;
import dev.alam.ner.NerResources;
import dev.alam.text.CorpusSentences;
import dev.alam.text.Normalizer;
import dev.alam.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A small name model for the tests of training, writing, loading and text domains: a perceptron
 * trained for {@value #ITERATIONS} iterations on the first {@value #SENTENCES} sentences of
 * ANERcorp's training part with a few hand-made word clusters, in about a second. Each variant
 * is trained once per test run and shared; the models are immutable.
 */
final class TinyModel {
  /** How many ANERcorp training sentences the model learns from. */
  static final int SENTENCES = 150;
  /** Perceptron iterations. */
  static final int ITERATIONS = 5;
  /** The clusters: a few country names and reporting verbs, written unnormalised. */
  static final Map<String, String> CLUSTERS = clusters();

  private static Trained plain;
  private static Trained withDomains;
  private static Trained maxent;

  /**
   * A trained model with what it was trained from.
   *
   * @param model the trained weights and evidence
   * @param settings how it was trained
   * @param trainer the trainer, which also gives the grammar candidates of a sentence
   * @param sentences the training sentences
   */
  record Trained(NameModelTrainer.Result model, NameModelTrainer.Settings settings,
      NameModelTrainer trainer, List<LabeledSentence> sentences) {
    /** The model ready for tagging, as the trainer wraps it. */
    NameModel nameModel() {
      return trainer.toNameModel(model, settings);
    }

    /**
     * Writes the model, its settings and the clusters to {@code directory}, as {@code alam
     * train} lays them out.
     */
    void write(Path directory) throws IOException {
      NameModelTrainer.write(model, settings, "tiny test model", directory);
      writeClusters(directory.resolve(NameModel.CLUSTER_FILE));
    }
  }

  private TinyModel() {}

  /** The model trained without domain features. */
  static synchronized Trained plain() {
    if (plain == null) {
      plain = train(false);
    }
    return plain;
  }

  /** The model trained with domain features (all its sentences are news). */
  static synchronized Trained withDomainFeatures() {
    if (withDomains == null) {
      withDomains = train(true);
    }
    return withDomains;
  }

  /**
   * A maxent (GIS) model trained like {@link #plain()}: a kind of model that loading leaves to
   * OpenNLP's own reader.
   */
  static synchronized Trained maxent() {
    if (maxent == null) {
      maxent = train("MAXENT", false);
    }
    return maxent;
  }

  private static Trained train(boolean domainFeatures) {
    return train("PERCEPTRON", domainFeatures);
  }

  private static Trained train(String algorithm, boolean domainFeatures) {
    try {
      Path file = Files.createTempFile("alam-clusters", ".tsv.gz");
      WordClusters clusters;
      try {
        writeClusters(file);
        try (InputStream in = Files.newInputStream(file)) {
          clusters = WordClusters.read(in, file.toString());
        }
      } finally {
        Files.delete(file);
      }
      Tokenizer tokenizer = Tokenizer.standard();
      List<LabeledSentence> sentences = new ArrayList<>();
      for (Conll.Sentence s : Corpora.anercorpTrain(CorpusSentences.CORPORA)
          .subList(0, SENTENCES)) {
        sentences.add(LabeledSentence.project(s, tokenizer));
      }
      NameModelTrainer trainer = new NameModelTrainer(NerResources.bundled(), clusters);
      NameModelTrainer.Settings settings =
          new NameModelTrainer.Settings(algorithm, ITERATIONS, 0, 0, domainFeatures, 0);
      return new Trained(trainer.train(sentences, List.of(), List.of(), settings, line -> {}),
          settings, trainer, List.copyOf(sentences));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@link #CLUSTERS} in the bundled file's format, words normalised. */
  static void writeClusters(Path file) throws IOException {
    StringBuilder b = new StringBuilder("# word\tcoarse/fine\n");
    CLUSTERS.forEach((word, id) -> b.append(Normalizer.standard().normalizeToString(word))
        .append('\t').append(id).append('\n'));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  private static Map<String, String> clusters() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("ألمانيا", "0/1");
    m.put("فرنسا", "0/1");
    m.put("لبنان", "0/2");
    m.put("العراق", "0/2");
    m.put("قال", "1/7");
    m.put("أعلن", "1/7");
    m.put("أكد", "1/8");
    return m;
  }
}
