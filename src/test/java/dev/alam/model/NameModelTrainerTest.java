package dev.alam.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alam.Alam;
import dev.alam.corpus.Conll;
import dev.alam.corpus.Corpora;
import dev.alam.ner.NerResources;
import dev.alam.text.CorpusSentences;
import dev.alam.text.Token;
import dev.alam.text.Tokenizer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Training, writing and loading a model: a {@link TinyModel} written to a directory the way
 * {@code alam train} writes one loads back and tags exactly as the trained model does; a
 * directory with a file missing or corrupt is rejected naming the file; the builder takes the
 * directory.
 */
class NameModelTrainerTest {
  @TempDir static Path written;
  private static List<Conll.Sentence> heldOut;

  @BeforeAll
  static void writeTheTinyModel() throws IOException {
    TinyModel.plain().write(written);
    heldOut = Corpora.anercorpDev(CorpusSentences.CORPORA).subList(0, 40);
  }

  private static NameModel load(Path directory) {
    return NameModel.load(directory, NerResources.bundled());
  }

  private static List<String> tag(NameModel model, LabeledSentence s, int beam) {
    List<Token> tokens = s.text().tokens();
    return model.tag(tokens, 0, tokens.size(), TinyModel.plain().trainer().candidates(s), beam);
  }

  @Test
  void theWrittenModelLoadsAndTagsAsTheTrainedOne() {
    NameModel trained = TinyModel.plain().nameModel();
    NameModel loaded = load(written);

    assertThat(loaded.outcomes()).isEqualTo(trained.outcomes()).contains("O", "B-PERS", "B-LOC");
    assertThat(loaded.clusters().size()).isEqualTo(TinyModel.CLUSTERS.size());
    for (Conll.Sentence s : heldOut) {
      LabeledSentence projected = LabeledSentence.project(s, Tokenizer.standard());
      List<String> tags = tag(loaded, projected, 3);

      assertThat(tags).hasSameSizeAs(projected.text().tokens());
      BioTags.assertWellFormed(tags, s.tokens());
      assertThat(tags).as("%s", s.tokens()).isEqualTo(tag(trained, projected, 3))
          .isEqualTo(tag(loaded, projected, 3));
    }
  }

  @Test
  void aWrittenMaxentModelLoadsThroughOpenNlpsReaderAndTagsAsTheTrainedOne(@TempDir Path dir)
      throws IOException {
    TinyModel.maxent().write(dir);
    NameModel trained = TinyModel.maxent().nameModel();
    NameModel loaded = load(dir);

    assertThat(loaded.outcomes()).isEqualTo(trained.outcomes());
    int named = 0;
    for (Conll.Sentence s : heldOut) {
      LabeledSentence projected = LabeledSentence.project(s, Tokenizer.standard());
      List<String> tags = tag(loaded, projected, 3);
      assertThat(tags).as("%s", s.tokens()).isEqualTo(tag(trained, projected, 3));
      named += (int) tags.stream().filter(t -> !t.equals("O")).count();
    }
    assertThat(named).as("tokens tagged as names").isPositive();
  }

  /** Five passes over 150 sentences fit them: nearly every token gets its gold tag back. */
  @Test
  void theModelLearntItsTrainingSentences() {
    NameModel loaded = load(written);
    int right = 0;
    int total = 0;
    for (LabeledSentence s : TinyModel.plain().sentences()) {
      List<String> tags = tag(loaded, s, 3);
      for (int i = 0; i < tags.size(); i++) {
        right += tags.get(i).equals(s.tags().get(i)) ? 1 : 0;
        total++;
      }
    }
    assertThat((double) right / total).isGreaterThan(0.97);
  }

  @Test
  void theSettingsFileSaysHowTheModelWasTrained(@TempDir Path domains) throws IOException {
    TinyModel.withDomainFeatures().write(domains);

    assertThat(settings(written)).containsEntry("algorithm", "PERCEPTRON")
        .containsEntry("iterations", String.valueOf(TinyModel.ITERATIONS))
        .containsEntry("cutoff", "0").containsEntry("evidence.folds", "5")
        .doesNotContainKey("domain");
    assertThat(settings(domains)).containsEntry("domain", "news");
    assertThat(Files.readString(written.resolve(NameModel.SETTINGS_FILE)))
        .startsWith("# Alam statistical name finder: tiny test model\n");
  }

  @Test
  void theDefaultSettingsAreTheShippedModels() throws IOException {
    Properties shipped = new Properties();
    try (java.io.InputStream in = NameModel.class.getResourceAsStream(
        NameModel.RESOURCE_DIRECTORY + NameModel.SETTINGS_FILE)) {
      shipped.load(in);
    }
    NameModelTrainer.Settings defaults = NameModelTrainer.Settings.DEFAULT;

    assertThat(shipped).containsEntry("algorithm", defaults.algorithm())
        .containsEntry("iterations", String.valueOf(defaults.iterations()))
        .containsEntry("cutoff", String.valueOf(defaults.cutoff()))
        .containsEntry("minWeight", String.valueOf(defaults.minWeight()));
    assertThat(shipped.containsKey("domain")).isEqualTo(defaults.domainFeatures());
  }

  /**
   * Pruning keeps exactly the features with a weight of at least the threshold in magnitude,
   * with their weights; below them nothing; at 0 it is the model itself.
   */
  @Test
  void pruningKeepsTheFeaturesWithAWeightAtTheThreshold() {
    opennlp.tools.ml.model.AbstractModel model = TinyModel.plain().model().weights();
    @SuppressWarnings("unchecked")
    java.util.Map<String, opennlp.tools.ml.model.Context> all =
        (java.util.Map<String, opennlp.tools.ml.model.Context>) model.getDataStructures()[1];
    double threshold = 2.0;

    opennlp.tools.ml.model.AbstractModel pruned = NameModelTrainer.prune(model, threshold);
    @SuppressWarnings("unchecked")
    java.util.Map<String, opennlp.tools.ml.model.Context> kept =
        (java.util.Map<String, opennlp.tools.ml.model.Context>) pruned.getDataStructures()[1];

    assertThat(NameModelTrainer.prune(model, 0)).isSameAs(model);
    assertThat(kept.size()).isPositive().isLessThan(all.size());
    for (var e : all.entrySet()) {
      boolean strong = Arrays.stream(e.getValue().getParameters())
          .anyMatch(w -> Math.abs(w) >= threshold);
      assertThat(kept.containsKey(e.getKey())).as(e.getKey()).isEqualTo(strong);
      if (strong) {
        assertThat(kept.get(e.getKey()).getParameters())
            .isEqualTo(e.getValue().getParameters());
      }
    }
    assertThat(pruned.getModelType()).isEqualTo(model.getModelType());
    assertThat(pruned.getNumOutcomes()).isEqualTo(model.getNumOutcomes());
  }

  private static Properties settings(Path directory) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(directory.resolve(NameModel.SETTINGS_FILE))) {
      p.load(in);
    }
    return p;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {NameModel.MODEL_FILE, NameModel.SETTINGS_FILE, NameModel.CLUSTER_FILE,
      NameModel.EVIDENCE_FILE})
  void aMissingFileIsNamed(String file, @TempDir Path dir) throws IOException {
    copyModel(dir);
    Files.delete(dir.resolve(file));

    assertThatThrownBy(() -> load(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing").hasMessageContaining(dir.resolve(file).toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"truncated model", "model of text", "empty model", "clusters not gzip",
      "cluster line without a tab", "settings with a bad escape", "evidence line of 5 columns"})
  void aCorruptFileIsNamed(String damage, @TempDir Path dir) throws IOException {
    copyModel(dir);
    Path model = dir.resolve(NameModel.MODEL_FILE);
    Path clusters = dir.resolve(NameModel.CLUSTER_FILE);
    Path named = switch (damage) {
      case "truncated model" -> {
        byte[] bytes = Files.readAllBytes(model);
        Files.write(model, Arrays.copyOf(bytes, bytes.length / 2));
        yield model;
      }
      case "model of text" -> {
        gzip(model, "this is no model\n");
        yield model;
      }
      case "empty model" -> {
        Files.write(model, new byte[0]);
        yield model;
      }
      case "clusters not gzip" -> {
        Files.writeString(clusters, "البحرين\t0/1\n");
        yield clusters;
      }
      case "cluster line without a tab" -> {
        gzip(clusters, "# fine\nالبحرين 0/1\n");
        yield clusters;
      }
      case "evidence line of 5 columns" -> {
        gzip(dir.resolve(NameModel.EVIDENCE_FILE), "# counts\nمحمد\t9\t9\t0\t0\n");
        yield dir.resolve(NameModel.EVIDENCE_FILE);
      }
      default -> {
        Files.writeString(dir.resolve(NameModel.SETTINGS_FILE), "domain=\\u00zz\n");
        yield dir.resolve(NameModel.SETTINGS_FILE);
      }
    };

    assertThatThrownBy(() -> load(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(named.toString());
  }

  @Test
  void theBuilderUsesTheModelInTheDirectory() {
    Alam tiny = Alam.builder().modelDirectory(written).build();
    Alam bundled = Alam.builder().build();
    NameModel loaded = load(written);
    int differ = 0;
    for (Conll.Sentence s : heldOut) {
      LabeledSentence projected = LabeledSentence.project(s, Tokenizer.standard());
      List<String> expected = projected.toCorpusTags(tag(loaded, projected, 3),
          s.tokens().size());

      assertThat(tiny.tagCoarse(s.tokens())).as("%s", s.tokens()).isEqualTo(expected);
      differ += bundled.tagCoarse(s.tokens()).equals(expected) ? 0 : 1;
    }
    assertThat(differ).as("sentences the bundled model tags otherwise").isPositive();
    assertThat(tiny.extract("قال وزير الخارجية الألماني إن ألمانيا ترحب").entities())
        .isNotEmpty();
  }

  @Test
  void theBuilderRejectsADirectoryWithABrokenModelNamingTheFile(@TempDir Path dir)
      throws IOException {
    copyModel(dir);
    Files.delete(dir.resolve(NameModel.CLUSTER_FILE));
    Alam.Builder builder = Alam.builder().modelDirectory(dir);

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(dir.resolve(NameModel.CLUSTER_FILE).toString());
  }

  @Test
  void theBuilderRejectsWhatIsNotADirectory(@TempDir Path dir) {
    Path file = written.resolve(NameModel.MODEL_FILE);
    Path missing = dir.resolve("no-such-model");

    assertThatThrownBy(() -> Alam.builder().modelDirectory(file))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(file.toString());
    assertThatThrownBy(() -> Alam.builder().modelDirectory(missing))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(missing.toString());
    assertThatThrownBy(() -> Alam.builder().modelDirectory(null))
        .isInstanceOf(NullPointerException.class).hasMessage("directory");
  }

  private static void copyModel(Path dir) throws IOException {
    for (String file : List.of(NameModel.MODEL_FILE, NameModel.SETTINGS_FILE,
        NameModel.CLUSTER_FILE, NameModel.EVIDENCE_FILE)) {
      Files.copy(written.resolve(file), dir.resolve(file));
    }
  }

  private static void gzip(Path file, String content) throws IOException {
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }
}
