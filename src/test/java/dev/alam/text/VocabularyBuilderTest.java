package dev.alam.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VocabularyBuilderTest {
  private static final Path CORPORA = Path.of("../shared/corpora");
  private static final Path BUNDLED = Path.of("models/lexicon/vocabulary.tsv.gz");

  /** Writes a tiny corpora folder: 10 ANERcorp sentences, the last of which is dev. */
  private static Path tinyCorpora(Path dir) throws IOException {
    StringBuilder anercorp = new StringBuilder();
    for (int i = 0; i < 9; i++) {
      anercorp.append("وزير O\nلبنان B-LOC\n(د O\n\n");
    }
    anercorp.append("كابول B-LOC\n");
    write(dir.resolve("anercorp/train.txt"), anercorp.toString());
    write(dir.resolve("aqmar/train.txt"), "لبنان B-LOC\n. O\n");
    write(dir.resolve("aqmar/dev.txt"), "فرنسا B-LOC\n");
    write(dir.resolve("fane/wikifane.txt"), "وزارة\tO\nبيروت\tB-Population-Center\n");
    write(dir.resolve("fane/newsfane.txt"), "فرنسا\tB-Nation\n");
    write(dir.resolve("wojood-sample/train.txt"), "وَزِيرُ B-OCC\n$#$ O\n\nلبنان B-GPE\n");
    write(dir.resolve("wojood-sample/val.txt"), "فرنسا B-GPE\n");
    return dir;
  }

  @Test
  void countsNormalisedWordsOfTheTrainingPartsOnly(@TempDir Path dir) throws IOException {
    Vocabulary v = VocabularyBuilder.build(tinyCorpora(dir), dir.resolve("v.tsv.gz"), 1);
    assertThat(v.count("وزير")).isEqualTo(10); // 9 from ANERcorp, 1 diacritised from Wojood
    assertThat(v.count("لبنان")).isEqualTo(11);
    assertThat(v.count("د")).isEqualTo(9); // "(د" gives the word د, not a word "(د"
    assertThat(v.count("وزاره")).isEqualTo(1);
    assertThat(v.count("كابول")).as("ANERcorp's last 10% is the NER dev split").isZero();
    assertThat(v.count("فرنسا")).as("dev, val and NewsFANE are not sources").isZero();
    assertThat(v.count("$#$")).isZero();
    assertThat(v.size()).isEqualTo(5);
  }

  @Test
  void writesAHeaderAndSortedCounts(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("models/lexicon/v.tsv.gz");
    VocabularyBuilder.build(tinyCorpora(dir), out, 2);
    assertThat(gunzip(out)).startsWith("# Alam vocabulary").contains("anercorp/train.txt")
        .endsWith("لبنان\t11\nوزير\t10\nد\t9\n");
    assertThat(Vocabulary.read(out).size()).isEqualTo(3);
  }

  @Test
  void addsSingleWordLexiconNames(@TempDir Path dir) throws IOException {
    Path lexicons = Files.createDirectories(dir.resolve("gazetteer"));
    Files.writeString(lexicons.resolve("countries-generated.tsv"),
        "# c\nTJ\tطاجيكستان\tcldr\nUS\tالولايات المتحدة\tcldr\n");
    for (String f : new String[] {"countries.tsv", "cities.tsv", "places.tsv",
        "organizations.tsv"}) {
      Files.writeString(lexicons.resolve(f), "# empty\n");
    }
    Vocabulary v = VocabularyBuilder.build(tinyCorpora(dir), lexicons, dir.resolve("v.tsv.gz"), 1);
    assertThat(v.count("طاجيكستان")).isEqualTo(VocabularyBuilder.LEXICON_COUNT);
    assertThat(v.count("المتحده")).as("multi-word names add nothing").isZero();
  }

  @Test
  void isReproducible(@TempDir Path dir) throws IOException {
    Path corpora = tinyCorpora(dir);
    VocabularyBuilder.build(corpora, dir.resolve("a.tsv.gz"), 1);
    VocabularyBuilder.build(corpora, dir.resolve("b.tsv.gz"), 1);
    assertThat(Files.readAllBytes(dir.resolve("a.tsv.gz")))
        .isEqualTo(Files.readAllBytes(dir.resolve("b.tsv.gz")));
  }

  @Test
  void theBundledVocabularyIsWhatTheBuilderMakesOfTheSharedCorpora(@TempDir Path dir)
      throws IOException {
    Path rebuilt = dir.resolve("vocabulary.tsv.gz");
    VocabularyBuilder.build(CORPORA, Path.of("models/gazetteer"), rebuilt,
        VocabularyBuilder.DEFAULT_MIN_COUNT);
    assertThat(Files.readAllBytes(rebuilt))
        .as("rebuild with the command in models/README.md").isEqualTo(Files.readAllBytes(BUNDLED));
  }

  @Test
  void namesAMissingSource(@TempDir Path dir) {
    assertThatThrownBy(() -> VocabularyBuilder.build(dir, dir.resolve("v.tsv.gz"), 1))
        .isInstanceOf(NoSuchFileException.class).hasMessageContaining("train.txt");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void rejectsAMinimumCountBelowOne(int minCount, @TempDir Path dir) {
    assertThatThrownBy(() -> VocabularyBuilder.build(dir, dir.resolve("v.tsv.gz"), minCount))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(minCount));
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
