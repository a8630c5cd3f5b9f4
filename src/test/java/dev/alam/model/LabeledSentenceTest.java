package dev.alam.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alam.corpus.Conll;
import dev.alam.corpus.Corpora;
import dev.alam.text.CorpusSentences;
import dev.alam.text.Token;
import dev.alam.text.Tokenizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Projecting a corpus sentence onto the library's tokens and mapping tags back. Notation: a
 * sentence is {@code token/TAG} pairs separated by spaces (the tag after the last slash).
 */
class LabeledSentenceTest {
  private static final Tokenizer TOKENIZER = Tokenizer.standard();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // A proclitic before the first word of a name is outside it.
      "زار/O وأفغانستان/B-LOC; زار/O و/O أفغانستان/B-LOC",
      "وبالصين/B-LOC; و/O ب/O الصين/B-LOC",
      "للعراق/B-LOC; ل/O لعراق/B-LOC",
      // Inside a name a proclitic stays inside.
      "وزارة/B-ORG الخارجية/I-ORG والتجارة/I-ORG; وزارة/B-ORG الخارجية/I-ORG و/I-ORG التجارة/I-ORG",
      // Attached punctuation: before the first word it is outside, after it inside.
      "(د/B-ORG ب/I-ORG أ)/I-ORG; (/O د/B-ORG ب/I-ORG أ/I-ORG )/O",
      "«الأهرام/B-ORG قالت/O; «/O الأهرام/B-ORG قالت/O",
      // A token of punctuation alone inside a name continues it.
      "هيوليت/B-ORG -/I-ORG باكرد/I-ORG; هيوليت/B-ORG -/I-ORG باكرد/I-ORG",
      // Punctuation attached after a name's last word is outside it, as ANNOTATION.md says,
      // unless the name goes on in the next corpus token.
      "بغداد؛/B-LOC قالت/O; بغداد/B-LOC ؛/O قالت/O",
      "الأمم/B-ORG المتحدة،/I-ORG قالت/O; الأمم/B-ORG المتحدة/I-ORG ،/O قالت/O",
      "جنرال/B-ORG موتورز-/I-ORG أوبل/I-ORG; جنرال/B-ORG موتورز/I-ORG -/I-ORG أوبل/I-ORG",
      // A name cannot start at a token without a word: the next word starts it.
      "\"/B-MISC الجليس/I-MISC; \"/O الجليس/B-MISC",
      // An I- tag that continues no name starts one; so does one of another type.
      "قال/O محمد/I-PERS عباس/I-PERS; قال/O محمد/B-PERS عباس/I-PERS",
      "مصر/B-LOC القاهرة/I-ORG; مصر/B-LOC القاهرة/B-ORG",
      // Tag sets of other corpora map onto the coarse scheme.
      "محمد/B-PER عباس/I-PER إنترنت/B-MIS; محمد/B-PERS عباس/I-PERS إنترنت/B-MISC",
      "الجزيرة/B-Media نت/I-Media; الجزيرة/B-ORG نت/I-ORG"})
  void projectsCorpusTagsOntoOwnTokens(String corpus, String expected) {
    LabeledSentence projected = LabeledSentence.project(sentence(corpus), TOKENIZER);

    assertThat(pairs(projected.text().tokens(), projected.tags()))
        .isEqualTo(expected);
  }

  @Test
  void remembersTheCorpusTokenOfEachOwnToken() {
    LabeledSentence projected = LabeledSentence.project(
        sentence("زار/O وأفغانستان/B-LOC (د/O"), TOKENIZER, "wiki");

    // زار | و أفغانستان | ( د
    assertThat(projected.corpusTokenOf()).containsExactly(0, 1, 1, 2, 2);
    assertThat(projected.text().text()).isEqualTo("زار وأفغانستان (د");
    assertThat(projected.domain()).isEqualTo("wiki");
    assertThat(LabeledSentence.project(sentence("زار/O"), TOKENIZER).domain())
        .isEqualTo("news");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // A corpus token takes its first word's tag; proclitics and punctuation do not count.
      "وأفغانستان ترحب; O B-LOC O; B-LOC O",
      "وأفغانستان ترحب; B-LOC I-LOC O; B-LOC O",
      "(د ب أ); O B-ORG I-ORG I-ORG O; B-ORG I-ORG I-ORG",
      // A token of punctuation alone continues a name it is inside of, and only that.
      "هيوليت - باكرد; B-ORG I-ORG I-ORG; B-ORG I-ORG I-ORG",
      "هيوليت - باكرد; B-ORG O B-ORG; B-ORG O B-ORG",
      "إيران ، تركيا; B-LOC O B-LOC; B-LOC O B-LOC",
      // An I- that no longer continues a name once mapped back becomes B-.
      "قال لندن; O I-LOC; O B-LOC",
      "قال ولندن; O B-LOC I-LOC; O B-LOC",
      "مصر القاهرة; B-LOC I-ORG; B-LOC B-ORG"})
  void mapsOwnTagsBackToCorpusTokens(String corpusTokens, String ownTags, String expected) {
    List<String> tokens = List.of(corpusTokens.split(" "));
    LabeledSentence projected = LabeledSentence.project(
        new Conll.Sentence(tokens, List.of(), false), TOKENIZER);

    assertThat(projected.toCorpusTags(List.of(ownTags.split(" ")), tokens.size()))
        .containsExactly(expected.split(" "));
  }

  /**
   * Mapping the projected tags back gives the corpus's coarse tags on ANERcorp's training part,
   * except where the corpus has an {@code I-} tag that continues no name (a lenient spelling of
   * {@code B-}): there the same names come back, written with {@code B-}.
   */
  @Test
  void theRoundTripKeepsEveryAnercorpName() throws IOException {
    List<Conll.Sentence> sentences = Corpora.anercorpTrain(CorpusSentences.CORPORA);
    int identical = 0;
    for (Conll.Sentence s : sentences) {
      List<String> gold = coarse(s.outerTags());
      LabeledSentence projected = LabeledSentence.project(s, TOKENIZER);
      List<String> back = projected.toCorpusTags(projected.tags(), s.tokens().size());

      assertThat(Conll.spans(back)).as("%s", s.tokens()).isEqualTo(Conll.spans(gold));
      if (back.equals(gold)) {
        identical++;
        continue;
      }
      for (int i = 0; i < gold.size(); i++) {
        if (!back.get(i).equals(gold.get(i))) {
          String type = gold.get(i).substring(2);
          assertThat(gold.get(i)).as("%s at %d", s.tokens(), i).startsWith("I-");
          assertThat(back.get(i)).isEqualTo("B-" + type);
          assertThat(i == 0 || !gold.get(i - 1).endsWith("-" + type)).isTrue();
        }
      }
    }
    assertThat(identical).as("sentences whose tags come back unchanged")
        .isGreaterThanOrEqualTo(sentences.size() * 99 / 100);
  }

  /**
   * On AQMAR (Wikipedia, with Latin names joined by hyphens and slashes) every name comes back
   * but those that start with a token of punctuation alone, which the projection leaves outside.
   */
  @Test
  void theRoundTripKeepsAqmarNamesButLeadingPunctuation() throws IOException {
    List<Conll.Sentence> sentences = Conll.read(CorpusSentences.CORPORA.resolve("aqmar/train.txt"));
    int changed = 0;
    for (Conll.Sentence s : sentences) {
      List<String> gold = coarse(s.outerTags());
      LabeledSentence projected = LabeledSentence.project(s, TOKENIZER);
      List<String> back = projected.toCorpusTags(projected.tags(), s.tokens().size());
      List<Conll.TokenSpan> goldSpans = Conll.spans(gold);
      List<Conll.TokenSpan> backSpans = Conll.spans(back);
      if (goldSpans.equals(backSpans)) {
        continue;
      }
      changed++;
      for (Conll.TokenSpan span : goldSpans) {
        if (backSpans.contains(span)) {
          continue;
        }
        assertThat(s.tokens().get(span.start())).as("%s", s.tokens())
            .matches("\\p{P}+");
        assertThat(backSpans).as("%s", s.tokens())
            .contains(new Conll.TokenSpan(span.start() + 1, span.end(), span.type()));
      }
    }
    assertThat(changed).as("sentences with a name that starts at punctuation").isLessThan(10);
  }

  private static Conll.Sentence sentence(String notation) {
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String pair : notation.split(" ")) {
      int slash = pair.lastIndexOf('/');
      tokens.add(pair.substring(0, slash));
      tags.add(pair.substring(slash + 1));
    }
    return new Conll.Sentence(tokens, List.of(tags), false);
  }

  private static String pairs(List<Token> tokens, List<String> tags) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      b.append(i > 0 ? " " : "").append(tokens.get(i).text()).append('/').append(tags.get(i));
    }
    return b.toString();
  }

  private static List<String> coarse(List<String> tags) {
    return tags.stream().map(Corpora::coarse).toList();
  }
}
