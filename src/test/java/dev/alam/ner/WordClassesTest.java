package dev.alam.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alam.text.CorpusSentences;
import dev.alam.text.Token;
import dev.alam.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link NerResources#wordClasses} is the word tests the grammars use, summarised as features
 * for the model, computed in one pass: on every token of real text it must say what the tests
 * say one by one.
 */
class WordClassesTest {
  private static final NerResources R = NerResources.bundled();

  /** The classes as the word tests give them, one call each. */
  private static List<String> oneByOne(Token t) {
    List<String> out = new ArrayList<>();
    if (!NerResources.isArabicWord(t)) {
      return out;
    }
    List<String> key = List.of(t.norm());
    add(out, R.isGivenName(t), "given");
    add(out, R.familyNames.contains(t.norm()), "family");
    add(out, R.isParticle(t), "particle");
    add(out, R.isHonorific(t), "honorific");
    add(out, !R.officeTitles.get(key).isEmpty(), "title");
    add(out, !R.organizationHeads.get(key).isEmpty(), "orghead");
    add(out, !R.eventHeads.get(key).isEmpty(), "eventhead");
    add(out, !R.dates.get(key).isEmpty(), "date");
    add(out, R.isReportingVerb(t), "verb");
    add(out, R.functionClass(t) != null, "fn:" + R.functionClass(t));
    add(out, R.phraseRole(t) != null, "role:" + R.phraseRole(t));
    add(out, R.isCommonWord(t), "common");
    add(out, R.isKnownPersonWord(t), "personword");
    add(out, R.isKnownPlaceWord(t), "placeword");
    return out;
  }

  private static void add(List<String> out, boolean test, String name) {
    if (test) {
      out.add(name);
    }
  }

  @Test
  void wordClassesSayWhatTheWordTestsSayOnEveryTokenOfRealText() {
    List<String> lines = new ArrayList<>(CorpusSentences.lines(CorpusSentences.SEED));
    lines.addAll(CorpusSentences.sentences(
        CorpusSentences.CORPORA.resolve("wojood-sample/val.txt")));
    int classified = 0;
    for (String line : lines) {
      for (Token t : Tokenizer.standard().tokenize(line)) {
        List<String> classes = R.wordClasses(t);
        assertThat(classes).as(t.toString()).isEqualTo(oneByOne(t));
        classified += classes.isEmpty() ? 0 : 1;
      }
    }
    assertThat(classified).isGreaterThan(1000);
  }
}
