package dev.alam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alam.text.CorpusSentences;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The entity invariants hold on every sentence of real text, and on whole corpora. */
class CorpusExtractionTest {
  private static final Alam ALAM = Alam.builder().build();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"wojood-sample/val.txt", "aqmar/dev.txt",
      "wikinews-farasa/WikiNewsTruth.txt"})
  void everySentenceKeepsTheInvariants(String file) {
    List<String> sentences = CorpusSentences.sentences(CorpusSentences.CORPORA.resolve(file));
    int entities = 0;
    for (String sentence : sentences) {
      Extraction result = ALAM.extract(sentence);
      EntityInvariants.check(sentence, result);
      entities += result.entities().size();
    }
    assertThat(sentences).hasSizeGreaterThan(50);
    assertThat(entities).isGreaterThan(sentences.size() / 2);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"wojood-sample/val.txt", "aqmar/dev.txt"})
  void aWholeCorpusAsOneDocumentKeepsTheInvariants(String file) {
    // One long text: surnames, clusters and relations reach across sentences.
    String text = String.join("\n",
        CorpusSentences.sentences(CorpusSentences.CORPORA.resolve(file)));
    Extraction result = ALAM.extract(text);

    EntityInvariants.check(text, result);
    assertThat(result.clusters().size()).isLessThan(result.entities().size());
  }
}
