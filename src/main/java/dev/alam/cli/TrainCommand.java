package dev.alam.cli;

import dev.alam.Alam;
import dev.alam.Evaluation;
import dev.alam.corpus.Conll;
import dev.alam.corpus.Corpora;
import dev.alam.model.LabeledSentence;
import dev.alam.model.NameModel;
import dev.alam.model.NameModelTrainer;
import dev.alam.model.TextDomain;
import dev.alam.model.WordClusterBuilder;
import dev.alam.model.WordClusters;
import dev.alam.ner.NerResources;
import dev.alam.text.Tokenizer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alam train}: trains the statistical model from the shared corpora. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train the statistical name finder from the shared corpora: build the word clusters, "
          + "project the training sentences onto Alam's tokens, count the model's name "
          + "evidence (training sets held out by fold, and the annotated sets not trained on), "
          + "train, write the model, and score it on the ANERcorp dev split (the last tenth of "
          + "anercorp/train.txt) and AQMAR dev. The bundled model in models/ner was trained "
          + "with --data anercorp,aqmar --domain-features and the other defaults."
    },
    footer = ExitCodes.FOOTER)
final class TrainCommand extends IoCommand implements Callable<Integer> {
  @Option(names = "--corpora", paramLabel = "DIR", defaultValue = "../shared/corpora",
      description = "the shared corpora (default: ${DEFAULT-VALUE})")
  Path corpora;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "models/ner",
      description = "where to write the model and clusters (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--data", split = ",", paramLabel = "SET", defaultValue = "anercorp",
      description = "training sets: anercorp, aqmar, wikifane, wojood (default: "
          + "${DEFAULT-VALUE})")
  List<String> data;

  @Option(names = "--algorithm", defaultValue = "PERCEPTRON",
      description = "PERCEPTRON, MAXENT or MAXENT_QN (default: ${DEFAULT-VALUE})")
  String algorithm;

  @Option(names = "--iterations", defaultValue = "100",
      description = "training iterations (default: ${DEFAULT-VALUE})")
  int iterations;

  @Option(names = "--cutoff", defaultValue = "0",
      description = "minimum feature count (default: ${DEFAULT-VALUE})")
  int cutoff;

  @Option(names = "--l2", defaultValue = "0.1",
      description = "L2 penalty for MAXENT_QN (default: ${DEFAULT-VALUE})")
  double l2;

  @Option(names = "--min-weight",
      description = "after training, drop features none of whose weights reaches this "
          + "magnitude; 0 keeps all (default: 1.5 for PERCEPTRON, whose weights the value "
          + "suits, 0 for the others)")
  Double minWeight;

  @Option(names = "--domain-features",
      description = "add domain-prefixed feature copies (news: anercorp, wojood; wiki: aqmar, "
          + "wikifane), decoding as news")
  boolean domainFeatures;

  /**
   * The corpus files a run reads: the word clusters' text (all training sets among them) and
   * AQMAR dev for the scores at the end.
   */
  private static final List<String> REQUIRED_FILES = List.of("anercorp/train.txt",
      "aqmar/train.txt", "aqmar/dev.txt", "fane/wikifane.txt", "wojood-sample/train.txt",
      "wikinews-farasa/WikiNewsTruth.txt");

  /**
   * The annotated sets that the lexicon's name evidence counts ({@code NameEvidence.count}).
   * Not trained on, the model's own evidence counts them too; trained on, the lexicon's evidence
   * leaves each sentence's fold out in training. ANERcorp is not among them: its training part
   * is the model's main data, and its evidence comes from the folds.
   */
  private static final List<String> EVIDENCE_SETS = List.of("aqmar", "wikifane", "wojood");

  TrainCommand(Io io) {
    super(io);
  }

  @Override
  protected String commandName() {
    return "alam train";
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(corpora)) {
      throw new CliException(ExitCodes.NO_INPUT, corpora + ": no such corpora directory");
    }
    if (!List.of("PERCEPTRON", "MAXENT", "MAXENT_QN").contains(algorithm)) {
      throw new CliException(ExitCodes.USAGE, "unknown --algorithm " + algorithm);
    }
    if (minWeight != null && !(minWeight >= 0)) {
      throw new CliException(ExitCodes.USAGE, "--min-weight must be 0 or more, got " + minWeight);
    }
    for (String set : data) {
      if (!List.of("anercorp", "aqmar", "wikifane", "wojood").contains(set)) {
        throw new CliException(ExitCodes.USAGE, "unknown --data set " + set);
      }
    }
    // Check every file the run reads before the minutes of clustering and training.
    for (String file : REQUIRED_FILES) {
      if (!Files.isRegularFile(corpora.resolve(file))) {
        throw new CliException(ExitCodes.NO_INPUT, corpora.resolve(file) + ": no such file");
      }
    }
    long start = System.nanoTime();
    Path clusterFile = out.resolve(NameModel.CLUSTER_FILE);
    say("1/4 word clusters → " + clusterFile);
    WordClusterBuilder.build(corpora, clusterFile, this::say);
    WordClusters clusters;
    try (InputStream in = Files.newInputStream(clusterFile)) {
      clusters = WordClusters.read(in, clusterFile.toString());
    }
    say("2/4 training sentences: " + data);
    List<LabeledSentence> sentences = new ArrayList<>();
    List<LabeledSentence> inLexiconEvidence = new ArrayList<>();
    Tokenizer tokenizer = Tokenizer.standard();
    for (String set : data) {
      String domain = set.equals("aqmar") || set.equals("wikifane") ? "wiki" : "news";
      for (Conll.Sentence s : trainingSet(set)) {
        LabeledSentence projected = LabeledSentence.project(s, tokenizer, domain);
        sentences.add(projected);
        if (EVIDENCE_SETS.contains(set)) {
          inLexiconEvidence.add(projected);
        }
      }
    }
    // The annotated training parts not trained on still count for the model's name evidence.
    List<String> evidenceSets = new ArrayList<>(EVIDENCE_SETS);
    evidenceSets.removeAll(data);
    say("   evidence only: " + evidenceSets);
    List<LabeledSentence> evidenceOnly = new ArrayList<>();
    for (String set : evidenceSets) {
      for (Conll.Sentence s : trainingSet(set)) {
        evidenceOnly.add(LabeledSentence.project(s, tokenizer));
      }
    }
    say("3/4 training");
    NameModelTrainer trainer = new NameModelTrainer(NerResources.bundled(), clusters);
    NameModelTrainer.Settings settings =
        new NameModelTrainer.Settings(algorithm, iterations, cutoff, l2, domainFeatures,
            minWeight != null ? minWeight
                : algorithm.equals("PERCEPTRON") ? NameModelTrainer.Settings.DEFAULT.minWeight()
                    : 0);
    var model = trainer.train(sentences, evidenceOnly, inLexiconEvidence, settings, this::say);
    NameModelTrainer.write(model, settings, "trained on " + String.join(", ", data)
        + " by 'alam train'", out);
    say(String.format(Locale.ROOT, "model written to %s (%.1f MB) after %.0f s", out,
        Files.size(out.resolve(NameModel.MODEL_FILE)) / 1e6, (System.nanoTime() - start) / 1e9));
    say("4/4 dev scores (coarse scheme)");
    Alam news = Alam.builder().modelDirectory(out).build();
    io.print("ANERcorp dev (last tenth of anercorp/train.txt), --domain NEWS\n"
        + Evaluation.conll(news, Corpora.anercorpDev(corpora))
            .table(List.of("PERS", "LOC", "ORG", "MISC")));
    Alam wiki = Alam.builder().modelDirectory(out).textDomain(TextDomain.WIKIPEDIA).build();
    io.print("AQMAR dev, --domain WIKIPEDIA\n"
        + Evaluation.conll(wiki, Conll.read(corpora.resolve("aqmar/dev.txt")))
            .table(List.of("PERS", "LOC", "ORG", "MISC")));
    return ExitCodes.OK;
  }

  private List<Conll.Sentence> trainingSet(String set) throws Exception {
    return switch (set) {
      case "anercorp" -> Corpora.anercorpTrain(corpora);
      case "aqmar" -> Conll.read(corpora.resolve("aqmar/train.txt"));
      case "wikifane" -> Conll.read(corpora.resolve("fane/wikifane.txt"));
      case "wojood" -> Conll.read(corpora.resolve("wojood-sample/train.txt"));
      default -> throw new CliException(ExitCodes.USAGE, "unknown --data set " + set);
    };
  }

  private void say(String line) {
    io.err().println(line);
  }
}
