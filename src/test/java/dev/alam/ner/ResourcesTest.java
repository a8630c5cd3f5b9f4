package dev.alam.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alam.Alam;
import dev.alam.gazetteer.Lexicon;
import dev.alam.gazetteer.LexiconFile;
import dev.alam.gazetteer.LexiconFormatException;
import dev.alam.model.NameModel;
import dev.alam.text.ProcliticSegmenter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packaging guard for everything extraction loads from the class path, and the messages a user
 * gets for a missing or corrupt resource of their own: each names the resource.
 */
class ResourcesTest {
  @Test
  void everyBundledResourceIsOnTheClassPath() throws IOException {
    for (LexiconFile file : LexiconFile.values()) {
      try (InputStream in = ResourcesTest.class.getResourceAsStream(file.resource())) {
        assertThat(in).as(file.resource()).isNotNull();
      }
    }
    for (String resource : List.of(NameEvidence.RESOURCE,
        ProcliticSegmenter.VOCABULARY_RESOURCE, ProcliticSegmenter.COMPILED_RESOURCE)) {
      try (InputStream in = ResourcesTest.class.getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
      }
    }
  }

  /** A gzip resource cut in its trailer would still load: check each is whole, CRC included. */
  @Test
  void everyBundledGzipResourceIsACompleteStream() throws IOException {
    for (String resource : List.of(NameEvidence.RESOURCE, ProcliticSegmenter.VOCABULARY_RESOURCE,
        ProcliticSegmenter.COMPILED_RESOURCE, NameModel.RESOURCE_DIRECTORY + NameModel.MODEL_FILE,
        NameModel.RESOURCE_DIRECTORY + NameModel.CLUSTER_FILE,
        NameModel.RESOURCE_DIRECTORY + NameModel.EVIDENCE_FILE)) {
      try (InputStream in = new GZIPInputStream(
          ResourcesTest.class.getResourceAsStream(resource))) {
        assertThat(in.transferTo(OutputStream.nullOutputStream())).as(resource)
            .isGreaterThan(10_000);
      }
    }
  }

  @Test
  void aLexiconDirectoryThatIsAFileIsNamed(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("lexicons"), "x");

    assertThatThrownBy(() -> Lexicon.load(file))
        .isInstanceOf(LexiconFormatException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void aLexiconFileThatIsADirectoryIsNamed(@TempDir Path dir) throws IOException {
    for (LexiconFile file : LexiconFile.values()) {
      try (InputStream in = ResourcesTest.class.getResourceAsStream(file.resource())) {
        Files.copy(in, dir.resolve(file.fileName()));
      }
    }
    Files.delete(dir.resolve("places.tsv"));
    Files.createDirectory(dir.resolve("places.tsv"));

    assertThatThrownBy(() -> Lexicon.load(dir))
        .isInstanceOf(LexiconFormatException.class)
        .hasMessageContaining("places.tsv");
  }

  @Test
  void aTruncatedVocabularyFileIsNamed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("vocabulary.tsv.gz");
    try (InputStream in = ResourcesTest.class.getResourceAsStream(
        ProcliticSegmenter.VOCABULARY_RESOURCE)) {
      byte[] bytes = in.readAllBytes();
      Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    assertThatThrownBy(() -> ProcliticSegmenter.load(file))
        .isInstanceOf(IOException.class).hasMessageContaining(file.toString());
  }

  @Test
  void aVocabularyFileOfBinaryContentIsNamed(@TempDir Path dir) throws IOException {
    byte[] binary = new byte[4096];
    new java.util.Random(5).nextBytes(binary);
    Path file = Files.write(dir.resolve("vocabulary.tsv.gz"), gzipBytes(binary));

    assertThatThrownBy(() -> ProcliticSegmenter.load(file))
        .satisfiesAnyOf(
            e -> assertThat(e).isInstanceOf(IOException.class),
            e -> assertThat(e).isInstanceOf(IllegalArgumentException.class))
        .hasMessageContaining(file.toString());
  }

  @Test
  void theBundledResourcesLoadWithTheirContent() {
    NameEvidence evidence = NameEvidence.bundled();
    assertThat(evidence.size()).isGreaterThan(10_000);
    // A given name is mostly seen inside person names; a function word never is.
    assertThat(evidence.person("محمد")).isGreaterThan(evidence.total("محمد") / 2);
    assertThat(evidence.total("في")).isGreaterThan(1000);
    assertThat(evidence.inAnyName("في")).isLessThan(evidence.total("في") / 100);

    assertThat(ProcliticSegmenter.standard().vocabulary().size()).isGreaterThan(10_000);
    assertThat(Lexicon.bundled().officeTitles()).isNotEmpty();

    NerResources resources = NerResources.bundled();
    assertThat(resources).isSameAs(NerResources.bundled());
    assertThat(resources.countries.size()).isGreaterThan(200);
    assertThat(resources.officeTitles.size()).isGreaterThan(50);
    assertThat(resources.functionWords).isNotEmpty();
    assertThat(Alam.builder().build().extract("زار وزير الخارجية إيران").entities())
        .isNotEmpty();
  }

  @Test
  void aLexiconDirectoryThatDoesNotExistIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("no-lexicons");

    assertThatThrownBy(() -> Lexicon.load(missing))
        .isInstanceOf(LexiconFormatException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining(LexiconFile.values()[0].fileName())
        .hasMessageContaining("missing");
  }

  @Test
  void aLexiconFileThatIsNotTextIsNamed(@TempDir Path dir) throws IOException {
    for (LexiconFile file : LexiconFile.values()) {
      try (InputStream in = ResourcesTest.class.getResourceAsStream(file.resource())) {
        Files.copy(in, dir.resolve(file.fileName()));
      }
    }
    Files.write(dir.resolve("office-titles.tsv"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1});

    assertThatThrownBy(() -> Lexicon.load(dir))
        .isInstanceOf(LexiconFormatException.class)
        .hasMessageContaining("office-titles.tsv");
  }

  @Test
  void aVocabularyPathThatIsADirectoryIsNamed(@TempDir Path dir) throws IOException {
    Path directory = Files.createDirectory(dir.resolve("vocabulary.tsv.gz"));

    assertThatThrownBy(() -> ProcliticSegmenter.load(directory))
        .isInstanceOf(IOException.class).hasMessageContaining(directory.toString());
  }

  @Test
  void nameEvidenceThatIsNotGzipIsNamed() {
    InputStream plain = new ByteArrayInputStream("محمد\t5\t5\t0\t0\t0\n"
        .getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> NameEvidence.read(plain, "my-evidence.tsv.gz"))
        .isInstanceOf(IOException.class).hasMessageContaining("my-evidence.tsv.gz");
  }

  @Test
  void aMalformedNameEvidenceLineIsNamedWithItsNumber() {
    for (String bad : List.of("محمد\t5\t5\t0\t0\n", "محمد\t5\tfive\t0\t0\t0\n")) {
      assertThatThrownBy(() -> NameEvidence.read(gzip("# header\n" + bad), "my-evidence.tsv.gz"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("my-evidence.tsv.gz:2");
    }
  }

  @Test
  void nameEvidenceReadsItsFormat() throws IOException {
    NameEvidence e = NameEvidence.read(gzip("# c\nباتروشيف\t3\t3\t0\t0\t0\nالمجلس\t10\t0\t0\t6\t1\n"),
        "test");

    assertThat(e.size()).isEqualTo(2);
    assertThat(e.person("باتروشيف")).isEqualTo(3);
    assertThat(e.inAnyName("المجلس")).isEqualTo(7);
    assertThat(e.total("غير")).isZero();
    assertThat(e.personRate("غير")).isEqualTo(0.5);
  }

  private static byte[] gzipBytes(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }

  private static InputStream gzip(String content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }
}
