package dev.alam.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alam.ner.Mention;
import dev.alam.ner.NerResources;
import dev.alam.ner.Recognizer;
import dev.alam.ner.Recognizers;
import dev.alam.text.Hash64;
import dev.alam.text.TextArbitraries;
import dev.alam.text.TokenizedText;
import dev.alam.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any text, the hashes decoding reads are the hashes of the strings training writes, in the
 * same order, for every sentence, with and without a domain.
 */
class FeatureHashPropertyTest {
  private static final NerResources RESOURCES = NerResources.bundled();
  private static final FeatureExtractor FEATURES = new FeatureExtractor(RESOURCES,
      NameModel.bundled().clusters(), RESOURCES.evidence());

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(TextArbitraries.texts(), TextArbitraries.arabicHeavy(),
        TextArbitraries.assembled(), TextArbitraries.randomUnicode());
  }

  @Property(tries = 300)
  void decodingHashesAreTheTrainingStringsHashes(@ForAll("texts") String input) {
    TokenizedText text = Tokenizer.standard().analyze(input);
    List<Mention> candidates = new ArrayList<>();
    List<Mention> view = Collections.unmodifiableList(candidates);
    for (Recognizer stage : Recognizers.grammar(RESOURCES)) {
      candidates.addAll(stage.recognize(text, view));
    }
    int from = 0;
    for (dev.alam.text.Sentence s : text.sentences()) {
      int to = from + text.tokensOf(s).size();
      for (String domain : Arrays.asList(null, "news")) {
        String[][] strings = FEATURES.staticFeatures(text.tokens(), from, to, view, domain);
        long[][] hashes = FEATURES.staticHashes(text.tokens(), from, to, view, domain);
        assertThat(hashes.length).isEqualTo(strings.length);
        for (int i = 0; i < strings.length; i++) {
          assertThat(hashes[i]).as(Arrays.toString(strings[i]))
              .containsExactly(Arrays.stream(strings[i]).mapToLong(Hash64::of).toArray());
        }
      }
      from = to;
    }
  }
}
