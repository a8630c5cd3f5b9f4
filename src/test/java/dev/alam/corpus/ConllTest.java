package dev.alam.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllTest {
  @TempDir Path dir;

  @Test
  void readsSentencesNestedColumnsAndDocumentBreaks() throws Exception {
    Path f = dir.resolve("x.txt");
    Files.writeString(f, String.join("\n",
        "رئيس B-OCC", "بلدية I-OCC B-ORG", "نابلس I-OCC I-ORG B-GPE", "",
        "$#$ O", "", "قال O", "علي B-PERS", ""), StandardCharsets.UTF_8);
    List<Conll.Sentence> s = Conll.read(f);
    assertThat(s).hasSize(2);
    assertThat(s.get(0).tokens()).containsExactly("رئيس", "بلدية", "نابلس");
    assertThat(s.get(0).tags()).hasSize(3);
    assertThat(s.get(0).tags().get(1)).containsExactly("O", "B-ORG", "I-ORG");
    assertThat(s.get(0).tags().get(2)).containsExactly("O", "O", "B-GPE");
    assertThat(s.get(0).documentStart()).isTrue();
    assertThat(s.get(1).documentStart()).isTrue();
    assertThat(s.get(1).outerTags()).containsExactly("O", "B-PERS");
  }

  @Test
  void decodesBioSpansLeniently() {
    assertThat(Conll.spans(List.of("B-PER", "I-PER", "O", "I-LOC", "B-LOC", "B-LOC", "I-ORG")))
        .extracting(Conll.TokenSpan::start, Conll.TokenSpan::end, Conll.TokenSpan::type)
        .containsExactly(tuple(0, 2, "PER"), tuple(3, 4, "LOC"), tuple(4, 5, "LOC"),
            tuple(5, 6, "LOC"), tuple(6, 7, "ORG"));
  }

  @Test
  void badTagNamesFileAndLine() throws Exception {
    Path f = dir.resolve("bad.txt");
    Files.writeString(f, "a O\nb PERS\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Conll.read(f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.txt:2");
  }
}
