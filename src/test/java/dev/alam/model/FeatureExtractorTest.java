package dev.alam.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alam.ner.Mention;
import dev.alam.ner.NerResources;
import dev.alam.ner.Recognizer;
import dev.alam.ner.Recognizers;
import dev.alam.text.TokenizedText;
import dev.alam.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model's features of a sentence are those of the sentence alone, whatever text follows it:
 * the model is trained on sentences one by one, and the extractor tags a long text in blocks.
 */
class FeatureExtractorTest {
  private static final NerResources RESOURCES = NerResources.bundled();

  private static List<Mention> candidates(TokenizedText text) {
    List<Mention> candidates = new ArrayList<>();
    List<Mention> view = Collections.unmodifiableList(candidates);
    for (Recognizer stage : Recognizers.grammar(RESOURCES)) {
      candidates.addAll(stage.recognize(text, view));
    }
    return candidates;
  }

  @Test
  void aDemonymIsNotLookedUpAcrossTheSentenceEnd() {
    // غيني is a nationality adjective (Guinea), and غيني استوائي a longer one (Equatorial
    // Guinea): the line break ends the sentence between them.
    FeatureExtractor features = new FeatureExtractor(RESOURCES, NameModel.bundled().clusters(),
        RESOURCES.evidence());
    TokenizedText alone = Tokenizer.standard().analyze("وصل الوفد الغيني");
    TokenizedText followed = Tokenizer.standard().analyze("وصل الوفد الغيني\nالاستوائي هنا");
    int n = alone.tokens().size();
    assertThat(followed.tokensOf(followed.sentences().get(0))).hasSize(n);

    String[][] expected = features.staticFeatures(alone.tokens(), 0, n, candidates(alone));
    String[][] actual = features.staticFeatures(followed.tokens(), 0, n, candidates(followed));

    assertThat(Arrays.asList(expected[n - 1])).contains("cB=NISBA");
    assertThat(actual).isDeepEqualTo(expected);
  }

  @Test
  void marksArabicWordsTheSpellingDictionaryDoesNotKnow() {
    FeatureExtractor features = new FeatureExtractor(RESOURCES, NameModel.bundled().clusters(),
        RESOURCES.evidence());
    TokenizedText text = Tokenizer.standard().analyze("وقع كاسياس عقدا جديدا");
    String[][] f = features.staticFeatures(text.tokens(), 0, text.tokens().size(),
        candidates(text));
    assertThat(text.tokens().get(1).text()).isEqualTo("كاسياس");
    assertThat(Arrays.asList(f[1])).contains("oov");
    for (int i : new int[] {0, 2, 3}) {
      assertThat(Arrays.asList(f[i])).as(text.tokens().get(i).text()).doesNotContain("oov");
    }
  }
}
