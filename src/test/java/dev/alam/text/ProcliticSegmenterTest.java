package dev.alam.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProcliticSegmenterTest {
  private static final ProcliticSegmenter SEGMENTER = ProcliticSegmenter.standard();

  private static ProcliticSegmenter.Split split(String word) {
    return SEGMENTER.split(Normalizer.standard().normalizeToString(word));
  }

  @ParameterizedTest(name = "{0} → {1} proclitic letter(s), article restored: {2}")
  @CsvSource({
      "وأوزبكستان, 1, false",
      "لإيران, 1, false",
      "بالإتفاق, 1, false",
      "للأحزاب, 1, true",
      "والحكومة, 1, false",
      "وبالتالي, 2, false",
      "ولبنان, 1, false",
      "للبنان, 1, false",
      "وقال, 1, false",
      "فإن, 1, false",
      "له, 1, false",
      "بها, 1, false",
  })
  void splitsAttachedProclitics(String word, int proclitics, boolean restored) {
    assertThat(split(word)).isEqualTo(new ProcliticSegmenter.Split(proclitics, restored));
  }

  @ParameterizedTest(name = "{0} stays whole")
  @ValueSource(strings = {"باتروشيف", "كابول", "لبنان", "فرنسا", "وزير", "بلد", "واحد",
      "كان", "بين", "لكن", "وزارة", "فيلم", "ب", "و", "في", "لم"})
  void keepsWordsThatMerelyBeginWithAProcliticLetter(String word) {
    assertThat(split(word)).isEqualTo(new ProcliticSegmenter.Split(0, false));
  }

  @ParameterizedTest(name = "{0} stays whole")
  @ValueSource(strings = {"", "x", "London", "2014", "الحكومة", "ممثل"})
  void keepsWordsThatDoNotBeginWithAProcliticLetter(String word) {
    assertThat(SEGMENTER.split(word).proclitics()).isZero();
  }

  @Test
  void splitsAreWellFormedOnRandomWords() {
    String letters = "وفبلكالهيتنمرسعدحزشقجخ";
    Random random = new Random(20240601);
    for (int i = 0; i < 20_000; i++) {
      char[] word = new char[1 + random.nextInt(9)];
      for (int j = 0; j < word.length; j++) {
        word[j] = letters.charAt(random.nextInt(j < 3 ? 7 : letters.length()));
      }
      String norm = new String(word);
      ProcliticSegmenter.Split split = SEGMENTER.split(norm);
      int k = split.proclitics();
      assertThat(k).as(norm).isBetween(0, Math.min(2, norm.length() - 1));
      assertThat("وفبلك".indexOf(norm.isEmpty() ? ' ' : norm.charAt(0)) >= 0 || k == 0)
          .as(norm).isTrue();
      if (split.articleRestored()) {
        assertThat(norm.charAt(k - 1)).as(norm).isEqualTo('ل');
        assertThat(norm.charAt(k)).as(norm).isEqualTo('ل');
      }
    }
  }

  @Test
  void threadsSharingOneSegmenterGetTheSequentialAnswers() throws Exception {
    List<String> words = new ArrayList<>();
    for (WikiNewsProcliticGold.Word w : WikiNewsProcliticGold.read()) {
      words.add(w.norm());
    }
    List<ProcliticSegmenter.Split> sequential = new ArrayList<>();
    for (String w : words) {
      sequential.add(SEGMENTER.split(w));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<ProcliticSegmenter.Split>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          List<ProcliticSegmenter.Split> out = new ArrayList<>(words.size());
          for (String w : words) {
            out.add(SEGMENTER.split(w));
          }
          return out;
        }));
      }
      for (Future<List<ProcliticSegmenter.Split>> result : results) {
        assertThat(result.get()).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> SEGMENTER.split(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("norm");
  }

  @Test
  void estimatesAttachmentRatesFromTheVocabulary() {
    // و ب ل attach to a few percent of words in the sources; the rates must not be made up.
    assertThat(SEGMENTER.attachmentRate("و")).isBetween(0.005, 0.2);
    assertThat(SEGMENTER.attachmentRate("ب")).isBetween(0.005, 0.2);
    assertThat(SEGMENTER.attachmentRate("ل")).isBetween(0.005, 0.2);
    assertThat(SEGMENTER.attachmentRate("وب")).isLessThan(SEGMENTER.attachmentRate("ب"));
    assertThatThrownBy(() -> SEGMENTER.attachmentRate("س"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("س");
  }

  @Test
  void decidesOnTheVocabularyItIsGiven() {
    // With زير attested often and وزير never, the evidence says و + زير.
    ProcliticSegmenter odd = ProcliticSegmenter.of(Vocabulary.of(Map.of(
        "زير", 1000, "وزير", 0, "قال", 50, "وقال", 5)));
    assertThat(odd.split("وزير").proclitics()).isEqualTo(1);
    assertThat(odd.split("فرنسا").proclitics()).isZero();
  }

  @Test
  void loadsAUserVocabulary(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("v.tsv.gz");
    write(file, "# a comment\nايران\t40\nلايران\t2\nبلد\t9\n");
    ProcliticSegmenter s = ProcliticSegmenter.load(file);
    assertThat(s.vocabulary().size()).isEqualTo(3);
    assertThat(s.vocabulary().count("ايران")).isEqualTo(40);
  }

  @Test
  void namesAMissingVocabularyFile(@TempDir Path dir) {
    Path missing = dir.resolve("nothing-here.tsv.gz");
    assertThatThrownBy(() -> ProcliticSegmenter.load(missing))
        .isInstanceOf(NoSuchFileException.class).hasMessageContaining("nothing-here.tsv.gz");
  }

  @Test
  void namesAVocabularyFileThatIsNotGzip(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plain.tsv.gz");
    Files.writeString(file, "ايران\t40\n");
    assertThatThrownBy(() -> ProcliticSegmenter.load(file))
        .isInstanceOf(IOException.class).hasMessageContaining(file.toString());
  }

  static Stream<Arguments> malformedFiles() {
    return Stream.of(
        Arguments.of("no count", "ايران\t40\nلايران\n", 2),
        Arguments.of("count not a number", "ايران\t40\nلايران\tmany\n", 2),
        Arguments.of("negative count", "ايران\t-4\n", 1),
        Arguments.of("empty word", "# header\n\t4\n", 2),
        Arguments.of("word listed twice", "ايران\t4\nايران\t5\n", 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedFiles")
  void namesTheFileAndLineOfAMalformedEntry(String what, String content, int line,
      @TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.tsv.gz");
    write(file, content);
    assertThatThrownBy(() -> ProcliticSegmenter.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file + ":" + line);
  }

  @Test
  void namesAnEmptyVocabularyFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("empty.tsv.gz");
    write(file, "# nothing but a comment\n");
    assertThatThrownBy(() -> ProcliticSegmenter.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("no words");
  }

  @Test
  void namesAMissingResource() {
    assertThatThrownBy(() -> ProcliticSegmenter.loadResource("/dev/alam/models/nope.tsv.gz"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/dev/alam/models/nope.tsv.gz");
  }

  @Test
  void namesACorruptResource() {
    String resource = "/dev/alam/text/corrupt-vocabulary.tsv.gz";
    assertThatThrownBy(() -> ProcliticSegmenter.loadResource(resource))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(resource);
  }

  @Test
  void namesACorruptStream() {
    byte[] truncated = gzip("ايران\t40\nلايران\t2\n");
    byte[] cut = java.util.Arrays.copyOf(truncated, truncated.length - 6);
    assertThatThrownBy(() -> Vocabulary.read(new ByteArrayInputStream(cut), "cut.tsv.gz"))
        .isInstanceOf(IOException.class).hasMessageContaining("cut.tsv.gz");
  }

  /** The decisions made at build time for the vocabulary's words are the ones made on the spot. */
  @Test
  void theTableOfDecisionsAgreesWithDecidingEachWord() {
    int[] kinds = new int[6];
    SEGMENTER.vocabulary().forEach((word, count) -> {
      if (word.length() >= 2 && "وفبلك".indexOf(word.charAt(0)) >= 0) {
        ProcliticSegmenter.Split split = SEGMENTER.split(word);
        assertThat(split).as(word).isEqualTo(SEGMENTER.decide(word));
        kinds[split.proclitics() + (split.articleRestored() ? 3 : 0)]++;
      }
    });
    assertThat(kinds).as("words decided 0, 1, 2 / -, 1, 2 with the article restored")
        .satisfies(k -> assertThat(k[0]).isGreaterThan(1000))
        .satisfies(k -> assertThat(k[1]).isGreaterThan(1000))
        .satisfies(k -> assertThat(k[2]).isGreaterThan(10))
        .satisfies(k -> assertThat(k[4]).isGreaterThan(10));
  }

  /** What the library reads is what its vocabulary compiles to, byte for byte. */
  @Test
  void theBundledCompiledSegmenterIsWhatTheBundledVocabularyCompilesTo(@TempDir Path dir)
      throws IOException {
    Path compiled = dir.resolve("vocabulary.bin.gz");
    VocabularyBuilder.compile(
        ProcliticSegmenter.loadResource(ProcliticSegmenter.VOCABULARY_RESOURCE).vocabulary(),
        compiled);
    byte[] bundled;
    try (var in = ProcliticSegmenterTest.class.getResourceAsStream(
        ProcliticSegmenter.COMPILED_RESOURCE)) {
      bundled = in.readAllBytes();
    }
    assertThat(Files.readAllBytes(compiled))
        .as("rebuild with: alam build-vocabulary").isEqualTo(bundled);
  }

  @Test
  void aCompiledSegmenterSplitsAsTheOneItWasCompiledFrom() throws IOException {
    ProcliticSegmenter original = ProcliticSegmenter.of(Vocabulary.of(Map.of(
        "ايران", 40, "لايران", 2, "وايران", 3, "الحكومه", 30, "والحكومه", 12, "وزير", 20,
        "لبنان", 25, "للبنان", 4, "كتاب", 9, "يعيدون", 3)));
    ProcliticSegmenter back = ProcliticSegmenter.readCompiled(
        new ByteArrayInputStream(compiled(original)), "toy");

    assertThat(compiled(back)).as("written again").isEqualTo(compiled(original));
    for (String p : List.of("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")) {
      assertThat(back.attachmentRate(p)).as(p).isEqualTo(original.attachmentRate(p));
    }
    List<String> words = new ArrayList<>(List.of("وايران", "للبنان", "وزير", "ويعيدون",
        "والكتاب", "بلد", "كتابه", "ولبنان"));
    Random random = new Random(7);
    String letters = "وفبلكالهيتنمرسعدحزشقجخ";
    for (int i = 0; i < 5_000; i++) {
      char[] word = new char[2 + random.nextInt(8)];
      for (int j = 0; j < word.length; j++) {
        word[j] = letters.charAt(random.nextInt(j < 3 ? 7 : letters.length()));
      }
      words.add(new String(word));
    }
    for (String w : words) {
      assertThat(back.split(w)).as(w).isEqualTo(original.split(w));
      assertThat(back.vocabulary().count(w)).as(w).isEqualTo(original.vocabulary().count(w));
    }
    assertThat(back.vocabulary().total()).isEqualTo(original.vocabulary().total());
  }

  @Test
  void aCorruptCompiledSegmenterIsRefusedWithItsName() throws IOException {
    byte[] good = compiled(ProcliticSegmenter.of(Vocabulary.of(Map.of(
        "ايران", 40, "لايران", 2, "كتاب", 9))));
    assertThat(ProcliticSegmenter.readCompiled(new ByteArrayInputStream(good), "good")
        .vocabulary().size()).isEqualTo(3);
    for (int cut = 0; cut < good.length; cut += 3) {
      byte[] shorter = java.util.Arrays.copyOf(good, cut);
      assertThatThrownBy(() -> ProcliticSegmenter.readCompiled(
          new ByteArrayInputStream(shorter), "short.bin"))
          .as("cut at " + cut).isInstanceOf(IOException.class)
          .hasMessageContaining("short.bin");
    }
    byte[] longer = java.util.Arrays.copyOf(good, good.length + 1);
    assertThatThrownBy(() -> ProcliticSegmenter.readCompiled(
        new ByteArrayInputStream(longer), "long.bin"))
        .isInstanceOf(IOException.class).hasMessageContaining("long.bin");
    byte[] text = "ايران\t40\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ProcliticSegmenter.readCompiled(
        new ByteArrayInputStream(java.util.Arrays.copyOf(text, 64)), "text.bin"))
        .isInstanceOf(IOException.class).hasMessageContaining("text.bin")
        .hasMessageContaining("not a compiled");
    byte[] badDecision = good.clone();
    // magic, size, 3 lengths, units, 15 units, 3 counts: then the decision of ايران, which
    // starts with no proclitic letter and so has none
    int decisions = 8 + 4 + 2 * 3 + 4 + 2 * 15 + 4 * 3;
    assertThat(good[decisions]).isZero();
    badDecision[decisions] = 1;
    assertThatThrownBy(() -> ProcliticSegmenter.readCompiled(
        new ByteArrayInputStream(badDecision), "bad.bin"))
        .isInstanceOf(IOException.class).hasMessageContaining("bad.bin");
    // كتاب (the second word) cannot lose two proclitics (ت is none), nor لايران (the third) a
    // swallowed article (its second letter is no ل): decisions split() could never make
    for (int[] impossible : new int[][] {{decisions + 1, 5}, {decisions + 2, 4}}) {
      byte[] bad = good.clone();
      bad[impossible[0]] = (byte) impossible[1];
      assertThatThrownBy(() -> ProcliticSegmenter.readCompiled(
          new ByteArrayInputStream(bad), "impossible.bin"))
          .isInstanceOf(IOException.class).hasMessageContaining("impossible.bin");
    }
    assertThatThrownBy(() -> ProcliticSegmenter.loadCompiledResource("/dev/alam/models/nope.bin"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("/dev/alam/models/nope.bin");
  }

  /** Whatever a vocabulary holds, its compiled form reads back. */
  @Test
  void aVocabularyWithZeroCountsCompilesAndReadsBack() throws IOException {
    ProcliticSegmenter original = ProcliticSegmenter.of(Vocabulary.of(Map.of(
        "كتاب", 0, "ايران", 3, "وايران", 0)));
    ProcliticSegmenter back = ProcliticSegmenter.readCompiled(
        new ByteArrayInputStream(compiled(original)), "zeros");
    for (String w : List.of("كتاب", "ايران", "وايران", "وكتاب")) {
      assertThat(back.split(w)).as(w).isEqualTo(original.split(w));
      assertThat(back.vocabulary().count(w)).as(w).isEqualTo(original.vocabulary().count(w));
    }
  }

  private static byte[] compiled(ProcliticSegmenter segmenter) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    segmenter.writeCompiled(out);
    return out.toByteArray();
  }

  @Test
  void theBundledVocabularyLoads() {
    assertThat(SEGMENTER.vocabulary().size()).isGreaterThan(50_000);
    assertThat(SEGMENTER.vocabulary().count("لبنان")).isPositive();
  }

  @Test
  void splitRejectsImpossibleValues() {
    assertThatThrownBy(() -> new ProcliticSegmenter.Split(3, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3");
    assertThatThrownBy(() -> new ProcliticSegmenter.Split(0, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void write(Path file, String content) throws IOException {
    Files.write(file, gzip(content));
  }

  private static byte[] gzip(String content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return bytes.toByteArray();
  }
}
