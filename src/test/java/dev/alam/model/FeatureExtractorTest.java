package dev.alam.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alam.ner.Mention;
import dev.alam.ner.NerResources;
import dev.alam.ner.Recognizer;
import dev.alam.ner.Recognizers;
import dev.alam.text.Hash64;
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

  @Test
  void decodingHashesAreTheHashesOfTheTrainingStrings() throws Exception {
    // Training gives OpenNLP the feature strings; decoding hashes the same features without
    // building them. Every string must hash alike, in the same order (the sums of weights are
    // then the same doubles).
    FeatureExtractor features = new FeatureExtractor(RESOURCES, NameModel.bundled().clusters(),
        RESOURCES.evidence());
    List<String> texts = new ArrayList<>(List.of(
        "قال الرئيس الألماني فرانك فالتر شتاينماير في برلين إن 25 ألفاً وصلوا",
        "Angela Merkel met الأمين العام للأمم المتحدة in New York, 2006.",
        "ال و ب كاسياس «برنامج» (BBC) ١٢٣ ـ آلان",
        "ال\uD83B\uDE00\uD83B\uDE01ي \uD83B\uDE00 الي اليين"));
    for (dev.alam.corpus.Conll.Sentence s : dev.alam.corpus.Corpora.anercorpDev(
        dev.alam.text.CorpusSentences.CORPORA).subList(0, 200)) {
      texts.add(String.join(" ", s.tokens()));
    }
    int checked = 0;
    for (String t : texts) {
      TokenizedText text = Tokenizer.standard().analyze(t);
      List<Mention> candidates = candidates(text);
      int n = text.tokens().size();
      for (int[] range : new int[][] {{0, n}, {Math.min(2, n), n}, {0, Math.max(0, n - 2)},
          {n / 2, n / 2 + 1}}) {
        int from = range[0];
        int to = Math.max(from, Math.min(n, range[1]));
        for (String domain : Arrays.asList(null, "news", "wiki")) {
          String[][] strings = features.staticFeatures(text.tokens(), from, to, candidates,
              domain);
          long[][] hashes = features.staticHashes(text.tokens(), from, to, candidates, domain);
          assertThat(hashes.length).isEqualTo(strings.length);
          for (int i = 0; i < strings.length; i++) {
            long[] expected = Arrays.stream(strings[i]).mapToLong(Hash64::of).toArray();
            assertThat(hashes[i]).as("%s, token %d, domain %s: %s", t, from + i, domain,
                Arrays.toString(strings[i])).containsExactly(expected);
            checked += expected.length;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(100_000);
  }

  @Test
  void outcomeHashesAreTheHashesOfTheOutcomeStrings() {
    String[] outcomes = NameModel.bundled().outcomes().toArray(new String[0]);
    FeatureExtractor.OutcomeHashes hashes = new FeatureExtractor.OutcomeHashes(outcomes);
    long[] got = new long[FeatureExtractor.OUTCOME_FEATURES];
    String[] strings = new String[FeatureExtractor.OUTCOME_FEATURES];
    for (int p = 0; p <= outcomes.length; p++) {
      for (int b = 0; b <= outcomes.length; b++) {
        String previous = p < outcomes.length ? outcomes[p] : FeatureExtractor.BEGIN;
        String before = b < outcomes.length ? outcomes[b] : FeatureExtractor.BEGIN;
        for (String word : List.of("شمخاني", "", "in")) {
          hashes.into(p, b, word, got);
          FeatureExtractor.outcomeFeatures(previous, before, word, strings);
          assertThat(got).as("%s %s %s", previous, before, word)
              .containsExactly(Arrays.stream(strings).mapToLong(Hash64::of).toArray());
        }
      }
    }
  }
}
