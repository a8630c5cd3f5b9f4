package dev.alam.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconReaderTest {
  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsFieldsSkippingCommentsAndBlankLines() {
    List<LexiconRow> rows = LexiconReader.read(
        utf8("\uFEFF# header\n\nIR\tإيران\r\n# more\nAF\tأفغانستان\n"), "t.tsv", 2);
    assertThat(rows).extracting(LexiconRow::line, LexiconRow::fields).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, List.of("IR", "إيران")),
        org.assertj.core.groups.Tuple.tuple(5, List.of("AF", "أفغانستان")));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "'# c\nIR\tإيران\nAF\n'|expected 2 tab-separated fields, got 1|3",
      "'IR\tإيران\tx\n'|expected 2 tab-separated fields, got 3|1",
      "'IR\t\n'|field 2 is empty|1",
      "'IR\t إيران\n'|leading or trailing whitespace|1"})
  void malformedLineIsNamedWithResourceAndLine(String content, String problem, int line) {
    assertThatThrownBy(() -> LexiconReader.read(utf8(content), "lists/t.tsv", 2))
        .isInstanceOfSatisfying(LexiconFormatException.class, e -> {
          assertThat(e.resource()).isEqualTo("lists/t.tsv");
          assertThat(e.line()).isEqualTo(line);
          assertThat(e.getMessage()).startsWith("lists/t.tsv:" + line + ": ").contains(problem);
        });
  }

  @Test
  void malformedUtf8IsAnError() {
    byte[] bad = {'I', 'R', '\t', (byte) 0xC3, (byte) 0x28, '\n'};
    assertThatThrownBy(() -> LexiconReader.read(new ByteArrayInputStream(bad), "bad.tsv", 2))
        .isInstanceOf(LexiconFormatException.class).hasMessageContaining("bad.tsv")
        .hasMessageContaining("UTF-8");
  }

  @Test
  void missingResourceIsNamed() {
    assertThatThrownBy(() -> LexiconReader.readResource("/dev/alam/models/gazetteer/nope.tsv", 2))
        .isInstanceOf(LexiconFormatException.class)
        .hasMessageContaining("/dev/alam/models/gazetteer/nope.tsv").hasMessageContaining("missing");
  }

  @Test
  void missingFileIsNamed(@TempDir Path dir) {
    Path file = dir.resolve("absent.tsv");
    assertThatThrownBy(() -> LexiconReader.readFile(file, 2))
        .isInstanceOf(LexiconFormatException.class).hasMessageContaining(file.toString());
  }

  @Test
  void columnCountMustBePositive() {
    assertThatThrownBy(() -> LexiconReader.read(utf8(""), "t", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
  }

  /** Copies the bundled lexicon files into {@code dir}. */
  private static void copyBundled(Path dir) throws IOException {
    for (LexiconFile file : LexiconFile.values()) {
      try (InputStream in = LexiconReaderTest.class.getResourceAsStream(file.resource())) {
        Files.copy(in, dir.resolve(file.fileName()));
      }
    }
  }

  @Test
  void lexiconLoadsFromADirectory(@TempDir Path dir) throws IOException {
    copyBundled(dir);
    Lexicon fromDir = Lexicon.load(dir);
    assertThat(fromDir.countryNames()).isEqualTo(Lexicon.bundled().countryNames());
    assertThat(fromDir.cities()).isEqualTo(Lexicon.bundled().cities());
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = ';', value = {
      "cities.tsv;QQ\tcapital\tمدينة;not an ISO 3166-1 alpha-2 code",
      "cities.tsv;IR\tmetropolis\tطهران;kind must be capital or city",
      "nationalities.tsv;IR\tإيرانية;must end in ي",
      "places.tsv;volcano\tإتنا;unknown kind 'volcano'",
      "office-titles.tsv;وزير\tوزير\tx\tsg;gender must be m, f or c",
      "date-words.tsv;الأحد\tweekday\t9;out of range",
      "organizations.tsv;-\tparty\tحزب||الحزب;bad name list"})
  void badFieldInAUserFileIsNamedWithFileAndLine(String fileName, String line, String problem,
      @TempDir Path dir) throws IOException {
    copyBundled(dir);
    Path file = dir.resolve(fileName);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    lines.add(line.replace("\\t", "\t"));
    Files.write(file, lines, StandardCharsets.UTF_8);
    int lineNumber = lines.size();
    assertThatThrownBy(() -> Lexicon.load(dir))
        .isInstanceOf(LexiconFormatException.class)
        .hasMessageContaining(fileName + ":" + lineNumber + ": ")
        .hasMessageContaining(problem);
  }

  @Test
  void missingFileInAUserDirectoryIsNamed(@TempDir Path dir) throws IOException {
    copyBundled(dir);
    Files.delete(dir.resolve("cities.tsv"));
    assertThatThrownBy(() -> Lexicon.load(dir))
        .isInstanceOf(LexiconFormatException.class)
        .hasMessageContaining("cities.tsv").hasMessageContaining("missing");
  }
}
