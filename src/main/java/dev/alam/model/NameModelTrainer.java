package dev.alam.model;

import dev.alam.ner.Mention;
import dev.alam.ner.NameEvidence;
import dev.alam.ner.NerResources;
import dev.alam.ner.Recognizer;
import dev.alam.ner.Recognizers;
import dev.alam.text.Token;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.monitoring.StopCriteria;
import opennlp.tools.monitoring.TrainingMeasure;
import opennlp.tools.monitoring.TrainingProgressMonitor;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingConfiguration;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a {@link NameModel} with Apache OpenNLP's event trainers (maxent GIS, maxent with L-BFGS
 * and L2 regularisation, or the averaged perceptron) on {@link LabeledSentence}s. Each token is
 * one training event: its features (computed with the same grammar stages the pipeline runs
 * before the model, so candidate features match run time) and the gold outcomes before it.
 * Events are streamed, never held in memory as strings.
 *
 * <p>Not thread-safe; a build tool.
 */
public final class NameModelTrainer {
  private final NerResources resources;
  private final WordClusters clusters;
  private final List<Recognizer> stages;

  /**
   * Creates a trainer.
   *
   * @throws NullPointerException if an argument is null
   */
  public NameModelTrainer(NerResources resources, WordClusters clusters) {
    this.resources = Objects.requireNonNull(resources, "resources");
    this.clusters = Objects.requireNonNull(clusters, "clusters");
    this.stages = Recognizers.grammar(resources);
  }

  /**
   * The algorithm and its settings.
   *
   * @param algorithm {@code MAXENT} (GIS), {@code MAXENT_QN} or {@code PERCEPTRON}
   * @param iterations training iterations
   * @param cutoff the minimum count of a feature
   * @param l2 the L2 penalty for {@code MAXENT_QN}
   * @param domainFeatures add a domain-prefixed copy of every feature (the sentence's domain in
   *     training; {@code news} when tagging)
   * @param minWeight after training, drop the features none of whose weights reaches this
   *     magnitude (0 keeps all): a smaller model that loads faster. For the shipped perceptron,
   *     1.5 keeps 65,166 of 139,211 features, reads the model in about 130 ms less, and costs 0.4
   *     points of F1 on ANERcorp dev and 0.5 on AQMAR dev
   */
  public record Settings(String algorithm, int iterations, int cutoff, double l2,
      boolean domainFeatures, double minWeight) {
    /**
     * The settings the shipped model is trained with (on ANERcorp and AQMAR; its {@value
     * NameModel#SETTINGS_FILE} records them).
     */
    public static final Settings DEFAULT = new Settings("PERCEPTRON", 100, 0, 0, true, 1.5);

    TrainingParameters parameters() {
      TrainingParameters p = new TrainingParameters();
      p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
      p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
      p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
      p.put(TrainingParameters.THREADS_PARAM, 2);
      if (algorithm.equals("MAXENT_QN")) {
        p.put("L2Cost", l2);
        p.put("L1Cost", 0.0);
      }
      return p;
    }
  }

  /** The earlier stages' candidates for one sentence, as at run time. */
  List<Mention> candidates(LabeledSentence s) {
    return candidates(s, stages);
  }

  private static List<Mention> candidates(LabeledSentence s, List<Recognizer> stages) {
    List<Mention> found = new ArrayList<>();
    List<Mention> view = Collections.unmodifiableList(found);
    for (Recognizer stage : stages) {
      found.addAll(stage.recognize(s.text(), view));
    }
    return found;
  }

  /** Lexicon resources and the grammar stages built on them. */
  private record Stages(NerResources resources, List<Recognizer> recognizers) {}

  /**
   * For each training sentence that the lexicon's evidence counted, resources whose evidence
   * leaves the sentence's fold out ({@code inLexicon} sentences of the fold subtracted); the
   * other sentences use the trainer's own.
   */
  private Map<LabeledSentence, Stages> heldOutStages(ModelEvidence evidence,
      Collection<LabeledSentence> inLexicon) {
    Set<LabeledSentence> counted = Collections.newSetFromMap(new IdentityHashMap<>());
    counted.addAll(inLexicon);
    Map<LabeledSentence, Stages> out = new IdentityHashMap<>();
    for (List<LabeledSentence> fold : evidence.folds()) {
      List<LabeledSentence> held = new ArrayList<>();
      for (LabeledSentence s : fold) {
        if (counted.contains(s)) {
          held.add(s);
        }
      }
      if (held.isEmpty()) {
        continue;
      }
      NerResources without = resources.withEvidence(
          resources.evidence().minus(ModelEvidence.count(held)));
      Stages stages = new Stages(without, Recognizers.grammar(without));
      for (LabeledSentence s : held) {
        out.put(s, stages);
      }
    }
    return out;
  }

  /**
   * A trained model: the weights and the name evidence its features read.
   *
   * @param weights the OpenNLP model
   * @param evidence the counts of the training and evidence-only sentences together
   */
  public record Result(AbstractModel weights, NameEvidence evidence) {
    /** Checks that neither part is null. */
    public Result {
      Objects.requireNonNull(weights, "weights");
      Objects.requireNonNull(evidence, "evidence");
    }
  }

  /**
   * Trains a model.
   *
   * @param sentences the training sentences
   * @param evidenceOnly annotated sentences whose names the model's evidence counts without
   *     training on them (see {@link ModelEvidence})
   * @param inLexiconEvidence the training sentences that the lexicon's name evidence ({@link
   *     NerResources#evidence()}, read by the grammar stages and the word classes) counted: AQMAR
   *     train in the shipped model. In training, their grammar candidates and word classes read
   *     that evidence without their fold, as the model's own evidence is held out
   * @param progress receives one line per phase and iteration
   * @return the trained model, ready to use and to {@link #write}
   * @throws IOException if OpenNLP's indexer cannot use its temporary files
   */
  public Result train(List<LabeledSentence> sentences, List<LabeledSentence> evidenceOnly,
      Collection<LabeledSentence> inLexiconEvidence, Settings settings,
      Consumer<String> progress) throws IOException {
    Objects.requireNonNull(sentences, "sentences");
    Objects.requireNonNull(evidenceOnly, "evidenceOnly");
    Objects.requireNonNull(inLexiconEvidence, "inLexiconEvidence");
    progress.accept("name evidence: " + sentences.size() + " training sentences in "
        + ModelEvidence.FOLDS + " folds per domain, and " + evidenceOnly.size()
        + " evidence-only sentences");
    ModelEvidence evidence = new ModelEvidence(sentences, evidenceOnly);
    EventTrainer trainer = TrainerFactory.getEventTrainer(settings.parameters(), null,
        new TrainingConfiguration(new Monitor(settings.iterations(), progress), null));
    progress.accept("training " + settings.algorithm() + " on " + sentences.size()
        + " sentences");
    MaxentModel model = trainer.train(new EventStream(sentences, evidence,
        heldOutStages(evidence, inLexiconEvidence), settings.domainFeatures(), progress));
    return new Result(prune((AbstractModel) model, settings.minWeight()), evidence.all());
  }

  /**
   * The model without the features none of whose weights reaches {@code minWeight} in magnitude
   * (the model itself when {@code minWeight} is 0). Dropping a feature is giving it weight 0.
   */
  static AbstractModel prune(AbstractModel model, double minWeight) {
    if (minWeight <= 0) {
      return model;
    }
    @SuppressWarnings("unchecked")
    Map<String, Context> parameters = (Map<String, Context>) model.getDataStructures()[1];
    List<String> labels = new ArrayList<>();
    List<Context> kept = new ArrayList<>();
    for (Map.Entry<String, Context> e : parameters.entrySet()) {
      for (double w : e.getValue().getParameters()) {
        if (Math.abs(w) >= minWeight) {
          labels.add(e.getKey());
          kept.add(e.getValue());
          break;
        }
      }
    }
    String[] outcomes = new String[model.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = model.getOutcome(i);
    }
    Context[] contexts = kept.toArray(new Context[0]);
    String[] names = labels.toArray(new String[0]);
    return switch (model.getModelType()) {
      case Perceptron -> new PerceptronModel(contexts, names, outcomes);
      case Maxent -> new GISModel(contexts, names, outcomes);
      case MaxentQn -> new QNModel(contexts, names, outcomes);
      default -> throw new IllegalArgumentException("cannot prune a " + model.getModelType()
          + " model");
    };
  }

  /** Wraps a model trained with {@code settings} for tagging. */
  public NameModel toNameModel(Result trained, Settings settings) {
    return new NameModel(trained.weights(), clusters, trained.evidence(), resources,
        domainOf(settings));
  }

  private static String domainOf(Settings settings) {
    return settings.domainFeatures() ? "news" : null;
  }

  /**
   * Writes a trained model to {@code directory} as {@value NameModel#MODEL_FILE} (OpenNLP's
   * binary format, gzip-compressed) with its {@value NameModel#SETTINGS_FILE} and {@value
   * NameModel#EVIDENCE_FILE}; the clusters are written separately by their builder.
   *
   * @param description a line saying how the model was trained, for the settings file
   * @throws IOException if a file cannot be written
   */
  public static void write(Result trained, Settings settings, String description,
      Path directory) throws IOException {
    AbstractModel model = trained.weights();
    Files.createDirectories(directory);
    StringBuilder properties = new StringBuilder()
        .append("# Alam statistical name finder: ").append(description).append('\n')
        .append("algorithm=").append(settings.algorithm()).append('\n')
        .append("iterations=").append(settings.iterations()).append('\n')
        .append("cutoff=").append(settings.cutoff()).append('\n')
        .append("minWeight=").append(settings.minWeight()).append('\n')
        .append("evidence.folds=").append(ModelEvidence.FOLDS).append('\n');
    String domain = domainOf(settings);
    if (domain != null) {
      properties.append("domain=").append(domain).append('\n');
    }
    Files.writeString(directory.resolve(NameModel.SETTINGS_FILE), properties,
        java.nio.charset.StandardCharsets.UTF_8);
    try (OutputStream file = Files.newOutputStream(directory.resolve(NameModel.MODEL_FILE));
        GZIPOutputStream gz = new GZIPOutputStream(file, 1 << 16)) {
      DataOutputStream out = new DataOutputStream(gz);
      new GenericModelWriter(model, out).persist();
      out.flush();
    }
    trained.evidence().write(directory.resolve(NameModel.EVIDENCE_FILE),
        "The name model's evidence: how often each word occurs inside names in its training\n"
        + "and evidence-only sentences (" + description + ").\n"
        + "Written by NameModelTrainer. Licence: that of the corpora (models/README.md).");
  }

  /**
   * The training events of {@code sentences} as {@link #train} streams them (features read the
   * evidence of the other folds), for tests.
   */
  ObjectStream<Event> events(List<LabeledSentence> sentences, List<LabeledSentence> evidenceOnly,
      Collection<LabeledSentence> inLexiconEvidence, boolean domainFeatures) {
    ModelEvidence evidence = new ModelEvidence(sentences, evidenceOnly);
    return new EventStream(sentences, evidence, heldOutStages(evidence, inLexiconEvidence),
        domainFeatures, line -> {});
  }

  /** One event per token, recomputed on each pass of OpenNLP's two-pass indexer. */
  private final class EventStream implements ObjectStream<Event> {
    private final List<LabeledSentence> sentences;
    private final ModelEvidence evidence;
    private final Map<LabeledSentence, Stages> heldOutStages;
    private final Stages own = new Stages(resources, stages);
    private final boolean domains;
    private final Consumer<String> progress;
    private int sentence;
    private int token;
    private String[][] base;
    private int pass;

    EventStream(List<LabeledSentence> sentences, ModelEvidence evidence,
        Map<LabeledSentence, Stages> heldOutStages, boolean domains, Consumer<String> progress) {
      this.sentences = sentences;
      this.evidence = evidence;
      this.heldOutStages = heldOutStages;
      this.domains = domains;
      this.progress = progress;
    }

    @Override
    public Event read() {
      while (base == null || token >= base.length) {
        if (sentence >= sentences.size()) {
          return null;
        }
        LabeledSentence s = sentences.get(sentence++);
        List<Token> tokens = s.text().tokens();
        Stages st = heldOutStages.getOrDefault(s, own);
        FeatureExtractor features =
            new FeatureExtractor(st.resources(), clusters, evidence.heldOutFor(s));
        base = features.staticFeatures(tokens, 0, tokens.size(),
            candidates(s, st.recognizers()), domains ? s.domain() : null);
        token = 0;
        if (sentence % 2000 == 0) {
          progress.accept("  features, pass " + (pass + 1) + ": " + sentence + "/"
              + sentences.size() + " sentences");
        }
      }
      LabeledSentence s = sentences.get(sentence - 1);
      List<String> tags = s.tags();
      String p1 = token > 0 ? tags.get(token - 1) : FeatureExtractor.BEGIN;
      String p2 = token > 1 ? tags.get(token - 2) : FeatureExtractor.BEGIN;
      String[] context = new String[base[token].length + FeatureExtractor.OUTCOME_FEATURES];
      FeatureExtractor.addOutcomeFeatures(base[token], p1, p2,
          s.text().tokens().get(token).norm(), context);
      Event e = new Event(tags.get(token), context);
      token++;
      return e;
    }

    @Override
    public void reset() {
      sentence = 0;
      token = 0;
      base = null;
      pass++;
    }
  }

  /** Reports OpenNLP's iterations as a progress line every tenth of the run. */
  private record Monitor(int iterations, Consumer<String> progress)
      implements TrainingProgressMonitor {
    @Override
    public void finishedIteration(int iteration, int correct, int total,
        TrainingMeasure measure, double value) {
      int step = Math.max(1, iterations / 10);
      if (iteration % step == 0 || iteration == iterations) {
        int done = (int) Math.round(20.0 * iteration / iterations);
        progress.accept(String.format(java.util.Locale.ROOT,
            "  [%-20s] iteration %d/%d, training accuracy %.4f", "#".repeat(done), iteration,
            iterations, total == 0 ? 0 : (double) correct / total));
      }
    }

    @Override
    public void finishedTraining(int iterations, StopCriteria<?> stopCriteria) {}

    @Override
    public boolean isTrainingFinished() {
      return false;
    }

    @Override
    public void display(boolean clear) {}
  }
}
