package dev.alam.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingDictionaryTest {
  /**
   * A small dictionary in the bundled one's style (long flags through aliases), one word per
   * feature of the reader. Sa and Sc are suffixes, Sb a suffix only after Sa (Sa's continuation
   * class), Pr a prefix; Sc alone does not allow the cross product. The prefix Pc allows the
   * suffix Sa on stems that do not take it; the suffix Sd allows the prefix Pr on stems that do
   * not take it. The expected answers are Hunspell 1.7.1's ({@code hunspell -l}), and Lucene's.
   */
  private static final String AFF = """
      SET UTF-8
      FLAG long
      IGNORE -
      ICONV 2
      ICONV ß ss
      ICONV ßß z
      TRY abc
      AF 8
      AF SaPr
      AF Sa
      AF Pr
      AF Sb
      AF ScPr
      AF Sc
      AF Pc
      AF Sd
      PFX Pc Y 1
      PFX Pc 0 over/2 .
      SFX Sd Y 1
      SFX Sd 0 ing/3 .
      PFX Pr Y 2
      PFX Pr 0 un .
      PFX Pr 0 re [^r]
      SFX Sa Y 2
      SFX Sa 0 s/4 [^sy]
      SFX Sa y ies [^aeiou]y
      SFX Sb Y 1
      SFX Sb 0 ly .
      SFX Sc N 1
      SFX Sc 0 ed .
      """;
  private static final String DIC = """
      11
      do/1
      city/2
      play/2
      walk/5
      run/3
      kiss
      form/2
      form/3
      think/7
      sing/8
      zap
      """;

  private static SpellingDictionary toy() throws IOException {
    return SpellingDictionary.read(utf8(AFF), "toy.aff", utf8(DIC), "toy.dic");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "do, true", // listed
      "dos, true", // suffix
      "undo, true", // prefix
      "redo, true", // prefix whose condition [^r] holds
      "undos, true", // prefix and suffix, both allowing the cross product
      "dosly, true", // two suffixes: Sb continues Sa
      "doly, false", // Sb only after Sa
      "undosly, true", // prefix and two suffixes, all allowing the cross product
      "cities, true", // strip y, condition [^aeiou]y
      "citys, false", // condition [^sy] fails on the stem's last letter
      "plays, false", // condition [^sy] fails
      "plaies, false", // condition [^aeiou]y fails
      "walked, true",
      "unwalk, true",
      "unwalked, false", // Sc does not allow the cross product
      "rerun, false", // the prefix's condition [^r] fails
      "unrun, true",
      "runs, false", // run takes no suffix
      "forms, true", // one homonym takes Sa
      "unform, true", // the other takes Pr
      "unforms, false", // no single entry takes both
      "kiss, true",
      "kisses, false", // kiss has no flags
      "kiß, true", // input conversion ß → ss
      "ßßap, true", // the longest conversion, ßß → z, not ß → ss twice
      "overthinks, true", // the prefix's continuation class allows the suffix
      "thinks, false", // the stem alone does not take it
      "overthink, true",
      "unsinging, true", // the suffix's continuation class allows the prefix
      "unsing, false", // the stem alone does not take it
      "d-o-s, true", // the ignored character is dropped
      "---, true", // only ignored characters, as Hunspell
      "s, false", // a suffix alone is no word
      "un, false", // nor a prefix alone
      "'', false",
      "xyz, false"})
  void acceptsWhatTheRulesDeriveAndNothingElse(String word, boolean known) throws Exception {
    assertThat(toy().accepts(word)).isEqualTo(known);
    // and so does the compiled form
    assertThat(SpellingDictionary.readCompiled(new ByteArrayInputStream(compiled(toy())), "toy")
        .accepts(word)).isEqualTo(known);
    if (!word.isEmpty()) {
      // the reference implementation agrees
      assertThat(lucene(utf8(AFF), utf8(DIC)).spell(word.replace("-", ""))).isEqualTo(known);
    }
  }

  @Test
  void bundledDictionaryKnowsArabicWordsAndNotForeignNames() {
    SpellingDictionary d = SpellingDictionary.standard();
    assertThat(d.size()).isGreaterThan(100_000);
    assertThat(List.of("كتاب", "الكتاب", "وكتابه", "أعلن", "القاهرة", "الأمم", "والانتخابات",
        "كِتَابٌ", "كتـاب", "ﻷن")).allMatch(d::accepts);
    // no hamza or ta marbuta: the spelling corpus text often has, which the dictionary does not
    // know; and foreign names
    assertThat(List.of("القاهره", "الامم", "كاسياس", "فولكسفاغن", "شيفروليه", "Paris"))
        .noneMatch(d::accepts);
  }

  /**
   * The reader agrees with Lucene's implementation of Hunspell, word for word, on the bundled
   * dictionary: every distinct word of ANERcorp's training part made of Arabic letters only, and
   * each with a hamza on its first alef or ة for a final ه (the spellings the model's feature also
   * asks about). Not numbers or words with punctuation: Hunspell takes {@code 2002} for a correct
   * word, and checks {@code ق.} as an abbreviation; this reader, asked about Arabic words only,
   * does neither.
   */
  @Test
  void agreesWithLuceneHunspellOnTheBundledDictionaryForCorpusWords() throws Exception {
    Set<String> words = new LinkedHashSet<>();
    for (String w : corpusWords()) {
      if (w.chars().allMatch(c -> c >= 0x621 && c <= 0x652)) {
        words.add(w);
        if (w.startsWith("ا")) {
          words.add("أ" + w.substring(1));
          words.add("إ" + w.substring(1));
        }
        if (w.endsWith("ه")) {
          words.add(w.substring(0, w.length() - 1) + "ة");
        }
      }
    }
    SpellingDictionary own = SpellingDictionary.standard();
    Hunspell reference = lucene(bundled(SpellingDictionary.AFF_RESOURCE),
        bundled(SpellingDictionary.DIC_RESOURCE));
    List<String> differ = new ArrayList<>();
    int rejected = 0;
    for (String w : words) {
      boolean expected = reference.spell(w);
      if (!expected) {
        rejected++;
      }
      if (own.accepts(w) != expected) {
        differ.add(w + (expected ? " (Lucene accepts)" : " (Lucene rejects)"));
      }
    }
    assertThat(words).hasSizeGreaterThan(40_000);
    assertThat(rejected).isBetween(3_000, words.size() / 2); // both answers are tested
    assertThat(differ).isEmpty();
  }

  /** The bundled compiled dictionary is exactly what the bundled text files compile to. */
  @Test
  void bundledCompiledFileIsTheCompiledTextFiles() throws Exception {
    SpellingDictionary fromText = SpellingDictionary.read(
        bundled(SpellingDictionary.AFF_RESOURCE), "aff", bundled(SpellingDictionary.DIC_RESOURCE),
        "dic");
    byte[] shipped;
    try (InputStream in = SpellingDictionary.class.getResourceAsStream(
        SpellingDictionary.WORDS_RESOURCE)) {
      shipped = in.readAllBytes();
    }
    assertThat(fromText.size()).isEqualTo(108_389);
    assertThat(compiled(fromText)).as("rebuild with -Dcheck=CompileSpelling").isEqualTo(shipped);
  }

  @Test
  void readsAWordFileLongerThanItsFirstLineSays() throws Exception {
    StringBuilder dic = new StringBuilder("3 words, it says\n");
    for (int i = 0; i < 500; i++) {
      dic.append("w").append(i).append(i % 2 == 0 ? "/2\n" : "\n");
    }
    SpellingDictionary d = SpellingDictionary.read(utf8(AFF), "toy.aff", utf8(dic.toString()),
        "toy.dic");
    assertThat(d.size()).isEqualTo(500);
    assertThat(d.accepts("w499")).isTrue();
    assertThat(d.accepts("w498s")).isTrue();
    assertThat(d.accepts("w499s")).isFalse();
    assertThat(d.accepts("w500")).isFalse();
  }

  @Test
  void aHugeWordCountIsNotTrusted() throws Exception {
    SpellingDictionary d = SpellingDictionary.read(utf8(AFF), "toy.aff",
        utf8("999999999\ndo/1\n"), "toy.dic");
    assertThat(d.size()).isEqualTo(1);
    assertThat(d.accepts("undos")).isTrue();
  }

  @Test
  void aWordMayHoldASpaceButNotBeforeItsMorphology() throws Exception {
    SpellingDictionary d = SpellingDictionary.read(utf8(AFF), "toy.aff",
        utf8("2\nNew York/2 po:noun\nrun/3 po:verb\n"), "toy.dic");
    assertThat(d.size()).isEqualTo(2);
    assertThat(d.accepts("New York")).isTrue();
    assertThat(d.accepts("New Yorks")).isTrue();
    assertThat(d.accepts("New")).isFalse();
    assertThat(d.accepts("unrun")).isTrue();
  }

  @Test
  void refusesDamagedCompiledFilesNamingThem() throws Exception {
    byte[] good = compiled(toy());
    assertThatThrownBy(() -> SpellingDictionary.readCompiled(
        new ByteArrayInputStream("not a dictionary".getBytes(StandardCharsets.UTF_8)), "x.bin"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("x.bin: ");
    for (int cut = 0; cut < good.length; cut++) {
      byte[] shorter = java.util.Arrays.copyOf(good, cut);
      assertThatThrownBy(() -> SpellingDictionary.readCompiled(
          new ByteArrayInputStream(shorter), "x.bin"))
          .as("cut at %d", cut)
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("x.bin: ");
    }
    byte[] ignoredInAffix = good.clone();
    int ly = indexOf(ignoredInAffix, new byte[] {0, 2, 0, 'l', 0, 'y'});
    ignoredInAffix[ly + 5] = '-'; // Sb appends "l-": the text reader would have dropped the '-'
    assertThatThrownBy(() -> SpellingDictionary.readCompiled(
        new ByteArrayInputStream(ignoredInAffix), "x.bin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("x.bin: an affix with an ignored character");
    byte[] longer = java.util.Arrays.copyOf(good, good.length + 1);
    assertThatThrownBy(() -> SpellingDictionary.readCompiled(
        new ByteArrayInputStream(longer), "x.bin"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the end");
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    SpellingDictionary d = SpellingDictionary.standard();
    List<String> words = corpusWords().subList(0, 20_000);
    boolean[] expected = new boolean[words.size()];
    for (int i = 0; i < expected.length; i++) {
      expected[i] = d.accepts(words.get(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> {
          int wrong = 0;
          for (int i = 0; i < expected.length; i++) {
            if (d.accepts(words.get(i)) != expected[i]) {
              wrong++;
            }
          }
          return wrong;
        }));
      }
      for (Future<Integer> run : runs) {
        assertThat(run.get()).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "COMPOUNDFLAG Xx | unsupported option COMPOUNDFLAG",
      "NEEDAFFIX Xx | unsupported option NEEDAFFIX",
      "SET ISO8859-6 | only SET UTF-8",
      "FLAG num | only FLAG long",
      "PFX Zz 0 a . | expected the header PFX Zz",
      "PFX Pr Y 1 | a second header for PFX Pr",
      "AF Zz | more AF lines than their count",
      "ICONV a b | more ICONV lines than their count"})
  void refusesAffixFilesItCannotReadRightNamingTheLine(String line, String message) {
    String aff = AFF + line + "\n";
    int number = (int) aff.lines().count();
    assertThatThrownBy(() -> SpellingDictionary.read(utf8(aff), "toy.aff", utf8(DIC), "toy.dic"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("toy.aff:" + number + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void refusesMalformedWordFiles() {
    assertThatThrownBy(() -> SpellingDictionary.read(utf8(AFF), "toy.aff",
        utf8("2\ndo/1\ncity/9\n"), "toy.dic"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("toy.dic:3: ")
        .hasMessageContaining("no flag alias 9");
    assertThatThrownBy(() -> SpellingDictionary.read(utf8(AFF), "toy.aff",
        utf8("2\ndo/Sab\n"), "toy.dic"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("toy.dic:2: ");
    assertThatThrownBy(() -> SpellingDictionary.read(utf8(AFF), "toy.aff", utf8("0\n"),
        "toy.dic"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds no words");
    assertThatThrownBy(() -> SpellingDictionary.read(utf8("SET UTF-8\n"), "toy.aff",
        utf8(DIC), "toy.dic"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no FLAG long");
    assertThatThrownBy(() -> SpellingDictionary.read(utf8(AFF), "toy.aff", utf8("do\ncity\n"),
        "toy.dic"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("toy.dic:1: expected the number of words");
    assertThatThrownBy(() -> SpellingDictionary.read(utf8(AFF.replace("AF 8", "AF 9")),
        "toy.aff", utf8(DIC), "toy.dic"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fewer AF lines than their count");
    assertThatThrownBy(() -> SpellingDictionary.read(utf8(AFF + "SFX Qq Y 1\nSFX Qq 0 a [b\n"),
        "toy.aff", utf8(DIC), "toy.dic"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("toy.aff:" + (AFF.lines().count() + 2) + ": unclosed [");
    assertThatThrownBy(() -> SpellingDictionary.read(utf8(AFF + "PFX Qq Y 1\nPFX Qq 0\n"),
        "toy.aff", utf8(DIC), "toy.dic"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected PFX FLAG STRIP AFFIX");
    assertThatThrownBy(() -> SpellingDictionary.read(utf8(AFF + "SFX Qq Y 2\nSFX Qq 0 a .\n"),
        "toy.aff", utf8(DIC), "toy.dic"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fewer SFX Qq rules than its count");
    assertThatThrownBy(() -> SpellingDictionary.read(utf8(AFF), "toy.aff",
        utf8("1\ndo/99999999999\n"), "toy.dic"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("toy.dic:2: ");
  }

  @Test
  void namesTheStreamThatIsNotUtf8OrNotGzip() throws IOException {
    byte[] bad = {'1', '\n', (byte) 0xC3, '\n'};
    assertThatThrownBy(() -> SpellingDictionary.read(utf8(AFF), "toy.aff",
        new ByteArrayInputStream(bad), "toy.dic"))
        .isInstanceOf(IOException.class).hasMessageContaining("toy.dic");
    assertThatThrownBy(() -> SpellingDictionary.read(
        new GZIPInputStream(new ByteArrayInputStream(gzip(AFF))), "toy.aff.gz",
        new GZIPInputStream(new ByteArrayInputStream(gzip(DIC), 0, 20)), "toy.dic.gz"))
        .isInstanceOf(IOException.class).hasMessageContaining("toy.dic.gz");
    assertThatThrownBy(() -> SpellingDictionary.read(null, "a", utf8(DIC), "d"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> toy().accepts(null)).isInstanceOf(NullPointerException.class);
  }

  private static Hunspell lucene(InputStream aff, InputStream dic)
      throws IOException, ParseException {
    try (aff; dic) {
      return new Hunspell(new Dictionary(new ByteBuffersDirectory(), "hunspell", aff, dic));
    }
  }

  /** The tokens of ANERcorp's training file (its first column), in order. */
  private static List<String> corpusWords() throws IOException {
    List<String> words = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("../shared/corpora/anercorp/train.txt"))) {
      int space = line.indexOf(' ');
      if (space > 0) {
        words.add(line.substring(0, space));
      }
    }
    return words;
  }

  /** The one place {@code part} occurs in {@code data}. */
  private static int indexOf(byte[] data, byte[] part) {
    int found = -1;
    for (int i = 0; i + part.length <= data.length; i++) {
      if (java.util.Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
        assertThat(found).as("%s occurs once", java.util.Arrays.toString(part)).isEqualTo(-1);
        found = i;
      }
    }
    assertThat(found).as("%s occurs", java.util.Arrays.toString(part)).isNotEqualTo(-1);
    return found;
  }

  private static byte[] compiled(SpellingDictionary d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    d.writeCompiled(out);
    return out.toByteArray();
  }

  private static InputStream bundled(String resource) throws IOException {
    return new GZIPInputStream(SpellingDictionary.class.getResourceAsStream(resource));
  }

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
