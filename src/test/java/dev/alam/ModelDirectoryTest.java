package dev.alam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.alam.model.NameModel;
import dev.alam.ner.NerResources;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A user-supplied model directory ({@link Alam.Builder#modelDirectory}, {@link NameModel#load})
 * is validated when the extractor is built: a missing or corrupt file fails {@link
 * Alam.Builder#build()} with an {@link IllegalArgumentException} whose message names the file,
 * never with another exception or an error, and never later during extraction.
 */
class ModelDirectoryTest {
  private static final String MODEL = NameModel.MODEL_FILE;
  private static final String CLUSTERS = NameModel.CLUSTER_FILE;
  private static final String SETTINGS = NameModel.SETTINGS_FILE;
  private static final String EVIDENCE = NameModel.EVIDENCE_FILE;

  /** A damage done to a copy of the bundled model directory. */
  @FunctionalInterface
  interface Damage {
    void apply(Path dir) throws IOException;
  }

  private static Arguments row(String name, String file, Damage damage) {
    return arguments(name, file, damage);
  }

  static Stream<Arguments> damages() {
    return Stream.of(
        row("no model file", MODEL, dir -> Files.delete(dir.resolve(MODEL))),
        row("no cluster file", CLUSTERS, dir -> Files.delete(dir.resolve(CLUSTERS))),
        row("an empty model file", MODEL, dir -> Files.write(dir.resolve(MODEL), new byte[0])),
        row("the model truncated", MODEL, dir -> truncate(dir.resolve(MODEL))),
        row("the model's last bytes cut", MODEL, dir -> cutTail(dir.resolve(MODEL), 8)),
        row("the model not gzip-compressed", MODEL,
            dir -> Files.writeString(dir.resolve(MODEL), "GIS model, honestly")),
        row("the model a gzip of text", MODEL,
            dir -> Files.write(dir.resolve(MODEL), gzip("not a model\n".getBytes(
                StandardCharsets.UTF_8)))),
        row("the model a gzip of the cluster file", MODEL,
            dir -> Files.copy(dir.resolve(CLUSTERS), dir.resolve(MODEL),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING)),
        row("the model a gzip of random bytes", MODEL,
            dir -> Files.write(dir.resolve(MODEL), gzip(randomBytes(4096, 1)))),
        row("the model's content shuffled after its header", MODEL,
            dir -> scramble(dir.resolve(MODEL), 2)),
        row("the model a directory", MODEL, dir -> replaceWithDirectory(dir.resolve(MODEL))),
        row("the clusters truncated", CLUSTERS, dir -> truncate(dir.resolve(CLUSTERS))),
        row("the clusters not gzip-compressed", CLUSTERS,
            dir -> Files.writeString(dir.resolve(CLUSTERS), "محمد\t1/2\n")),
        row("the clusters with a line without a cluster", CLUSTERS,
            dir -> Files.write(dir.resolve(CLUSTERS), gzip("محمد\t1/2\nعلي\n".getBytes(
                StandardCharsets.UTF_8)))),
        row("the clusters a gzip of random bytes", CLUSTERS,
            dir -> Files.write(dir.resolve(CLUSTERS), gzip(randomBytes(4096, 2)))),
        row("the clusters a directory", CLUSTERS,
            dir -> replaceWithDirectory(dir.resolve(CLUSTERS))),
        row("no settings file", SETTINGS, dir -> Files.delete(dir.resolve(SETTINGS))),
        row("the settings with a malformed escape", SETTINGS,
            dir -> Files.writeString(dir.resolve(SETTINGS), "domain=\\u12\n")),
        row("the settings a directory", SETTINGS,
            dir -> replaceWithDirectory(dir.resolve(SETTINGS))),
        row("no name evidence file", EVIDENCE, dir -> Files.delete(dir.resolve(EVIDENCE))),
        row("the name evidence truncated", EVIDENCE, dir -> truncate(dir.resolve(EVIDENCE))),
        row("the name evidence not gzip-compressed", EVIDENCE,
            dir -> Files.writeString(dir.resolve(EVIDENCE), "محمد\t9\t9\t0\t0\t0\n")),
        row("the name evidence with a count that is no number", EVIDENCE,
            dir -> Files.write(dir.resolve(EVIDENCE), gzip("محمد\t9\t9\t0\tx\t0\n".getBytes(
                StandardCharsets.UTF_8)))),
        row("the name evidence a directory", EVIDENCE,
            dir -> replaceWithDirectory(dir.resolve(EVIDENCE))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damages")
  void aDamagedModelDirectoryFailsTheBuildNamingTheFile(String name, String file, Damage damage,
      @TempDir Path dir) throws IOException {
    copyBundledModel(dir);
    damage.apply(dir);
    Alam.Builder builder = Alam.builder().modelDirectory(dir);

    assertThatThrownBy(builder::build).as(name)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(dir.resolve(file).toString());
    if (!name.equals("the model's last bytes cut")) { // the model reader stops before them
      assertThatThrownBy(() -> NameModel.load(dir, NerResources.bundled())).as(name)
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(dir.resolve(file).toString());
    }
  }

  @Test
  void anUndamagedCopyBuildsAndExtracts(@TempDir Path dir) throws IOException {
    copyBundledModel(dir);

    Alam alam = Alam.builder().modelDirectory(dir).build();

    assertThat(alam.extract("قال وزير الخارجية الإيراني إن طهران مستعدة").entities())
        .isNotEmpty();
  }

  @Test
  void aModelDirectoryThatDoesNotExistIsRejectedByTheSetterNamingIt(@TempDir Path dir)
      throws IOException {
    Path missing = dir.resolve("no-model-here");
    Path file = Files.writeString(dir.resolve("model.txt"), "x");

    assertThatThrownBy(() -> Alam.builder().modelDirectory(missing))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(missing.toString());
    assertThatThrownBy(() -> Alam.builder().modelDirectory(file))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString());
    assertThatThrownBy(() -> NameModel.load(missing, NerResources.bundled()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(missing.resolve(MODEL).toString());
  }

  private static void copyBundledModel(Path dir) throws IOException {
    for (String name : new String[] {MODEL, CLUSTERS, SETTINGS, EVIDENCE}) {
      try (InputStream in = ModelDirectoryTest.class.getResourceAsStream(
          NameModel.RESOURCE_DIRECTORY + name)) {
        Files.copy(in, dir.resolve(name));
      }
    }
  }

  private static void replaceWithDirectory(Path file) throws IOException {
    Files.delete(file);
    Files.createDirectory(file);
  }

  private static void truncate(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
  }

  private static void cutTail(Path file, int bytes) throws IOException {
    byte[] all = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(all, all.length - bytes));
  }

  /** Keeps the first {@code keep} KB of the uncompressed content and shuffles the rest. */
  private static void scramble(Path file, int keep) throws IOException {
    byte[] plain;
    try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
      plain = in.readAllBytes();
    }
    Random random = new Random(3);
    for (int i = plain.length - 1; i > keep * 1024; i--) {
      int j = keep * 1024 + random.nextInt(i - keep * 1024 + 1);
      byte t = plain[i];
      plain[i] = plain[j];
      plain[j] = t;
    }
    Files.write(file, gzip(plain));
  }

  private static byte[] randomBytes(int n, long seed) {
    byte[] bytes = new byte[n];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }
}
