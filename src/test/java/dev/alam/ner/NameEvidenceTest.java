package dev.alam.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading and writing the name evidence format: gzip-compressed {@code
 * word<TAB>total<TAB>pers<TAB>loc<TAB>org<TAB>misc} lines, {@code #} comments and blank lines
 * skipped; a malformed line is refused with the table's name and the line number.
 */
class NameEvidenceTest {
  private static InputStream gzip(String content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }

  @Test
  void linesAreReadAndCommentsAndBlankLinesSkipped() throws IOException {
    NameEvidence e = NameEvidence.read(gzip("# a comment\n\nحمد\t12\t10\t0\t1\t0\n"
        + "الحكومة\t300\t0\t0\t25\t3\nx\t0\t0\t0\t0\t0"), "table");

    assertThat(e.size()).isEqualTo(3);
    assertThat(e.total("حمد")).isEqualTo(12);
    assertThat(e.person("حمد")).isEqualTo(10);
    assertThat(e.inAnyName("حمد")).isEqualTo(11);
    assertThat(e.inAnyName("الحكومة")).isEqualTo(28);
    assertThat(e.total("غير")).isZero();
    assertThat(e.personRate("غير")).isEqualTo(0.5);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "five columns          | 'حمد\t12\t10\t0\t1'",
      "seven columns         | 'حمد\t12\t10\t0\t1\t0\t0'",
      "a word alone          | 'حمد'",
      "a letter for a count  | 'حمد\t12\t1o\t0\t1\t0'",
      "a negative count      | 'حمد\t12\t-1\t0\t1\t0'",
      "an empty count        | 'حمد\t12\t\t0\t1\t0'",
      "a count too large     | 'حمد\t12345678901\t0\t0\t1\t0'",
      "a count at the limit  | 'حمد\t500000000\t0\t0\t1\t0'",
      "a carriage return     | 'حمد\t12\t10\t0\t1\t0\r'"})
  void aMalformedLineIsRefusedWithItsNumber(String name, String line) {
    assertThatThrownBy(() -> NameEvidence.read(gzip("# header\n" + line + "\n"), "table.gz"))
        .as(name).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("table.gz:2: ");
  }

  @Test
  void aTableLessSomeCountsLowersThemNeverBelowZeroAndDropsWhatIsLeftWithNone() {
    NameEvidence e = NameEvidence.of(Map.of("حمد", new int[] {12, 10, 0, 1, 0},
        "الحكومة", new int[] {3, 0, 0, 2, 0}));

    NameEvidence less = e.minus(Map.of("حمد", new int[] {2, 2, 0, 3, 0},
        "الحكومة", new int[] {3, 0, 0, 2, 0}, "غير", new int[] {1, 1, 0, 0, 0}));

    assertThat(less.size()).isEqualTo(1);
    assertThat(less.total("حمد")).isEqualTo(10);
    assertThat(less.person("حمد")).isEqualTo(8);
    assertThat(less.inAnyName("حمد")).isEqualTo(8);
    assertThat(less.total("الحكومة")).isZero();
    assertThat(less.total("غير")).isZero();
    assertThat(e.total("الحكومة")).as("the table itself is unchanged").isEqualTo(3);
  }

  @Test
  void whatIsWrittenReadsBack(@TempDir Path dir) throws IOException {
    NameEvidence e = NameEvidence.of(Map.of("حمد", new int[] {12, 10, 0, 1, 0},
        "الحكومة", new int[] {300, 0, 0, 25, 3}));
    Path file = dir.resolve("evidence.tsv.gz");
    e.write(file, "two words\nfor a test");

    NameEvidence read;
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      read = NameEvidence.read(in, file.toString());
    }
    assertThat(read.size()).isEqualTo(2);
    assertThat(read.total("الحكومة")).isEqualTo(300);
    assertThat(read.inAnyName("الحكومة")).isEqualTo(28);
    assertThat(read.person("حمد")).isEqualTo(10);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "two counts          | 'حمد'     | 1 2",
      "a negative count    | 'حمد'     | 3 -1 0 0 0",
      "a count too large   | 'حمد'     | 500000000 0 0 0 0",
      "an empty word       | ''        | 1 0 0 0 0",
      "a comment sign      | '#حمد'    | 1 0 0 0 0",
      "a tab in the word   | 'حمد\tعلي' | 1 0 0 0 0",
      "a line break        | 'حمد\nعلي' | 1 0 0 0 0"})
  void aTableOfCountsRefusesWhatCouldNotBeWrittenAndReadBack(String name, String word,
      String counts) {
    int[] c = java.util.Arrays.stream(counts.split(" ")).mapToInt(Integer::parseInt).toArray();

    assertThatThrownBy(() -> NameEvidence.of(Map.of(word, c))).as(name)
        .isInstanceOf(IllegalArgumentException.class);
  }
}
