package dev.alam.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VocabularyTest {
  @Test
  void readsCountsSkippingCommentsAndBlankLines() throws IOException {
    Vocabulary v = Vocabulary.read(gzip("# header\n\nلبنان\t7\nوزير\t3\n"), "test.tsv.gz");
    assertThat(v.size()).isEqualTo(2);
    assertThat(v.total()).isEqualTo(10);
    assertThat(v.count("لبنان")).isEqualTo(7);
    assertThat(v.count(new StringBuilder("وزير"))).isEqualTo(3);
    assertThat(v.count("فرنسا")).isZero();
  }

  @ParameterizedTest(name = "[{0}, {1}) of {2} counts {3}")
  @CsvSource({"0, 5, لبنان, 7", "1, 6, للبنان, 7", "0, 4, وزيرا, 3", "1, 4, لبنان, 0"})
  void countsAPartOfACharArrayWithoutCopying(int from, int to, String text, int count) {
    Vocabulary v = Vocabulary.of(Map.of("لبنان", 7, "وزير", 3));
    assertThat(v.count(text.toCharArray(), from, to)).isEqualTo(count);
  }

  @Test
  void holdsManyWords() {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < 5_000; i++) {
      counts.put("w" + i, i);
    }
    Vocabulary v = Vocabulary.of(counts);
    assertThat(v.size()).isEqualTo(5_000);
    assertThat(v.count("w4321")).isEqualTo(4321);
    assertThat(v.count("w5000")).isZero();
  }

  @Test
  void ofRejectsBadEntries() {
    assertThatThrownBy(() -> Vocabulary.of(Map.of("بلد", -1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> Vocabulary.of(Map.of("", 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> Vocabulary.of(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("counts");
  }

  @Test
  void readNamesTheStreamWhenItIsNotUtf8() {
    byte[] latin1 = "caf\u00e9\t1\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> Vocabulary.read(gzip(latin1), "latin1.tsv.gz"))
        .isInstanceOf(IOException.class).hasMessageContaining("latin1.tsv.gz");
  }

  private static ByteArrayInputStream gzip(String content) {
    return gzip(content.getBytes(StandardCharsets.UTF_8));
  }

  private static ByteArrayInputStream gzip(byte[] content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }
}
