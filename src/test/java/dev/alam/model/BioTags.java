package dev.alam.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alam.ner.Mention;
import dev.alam.ner.NerResources;
import dev.alam.ner.Recognizer;
import dev.alam.ner.Recognizers;
import dev.alam.text.TokenizedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** Checks on the model's BIO output, and the grammar candidates it is run with in tests. */
final class BioTags {
  /** The outcomes a name model may predict. */
  static final Set<String> OUTCOMES = Set.of("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC",
      "B-ORG", "I-ORG", "B-MISC", "I-MISC");

  private static final List<Recognizer> GRAMMAR = Recognizers.grammar(NerResources.bundled());

  private BioTags() {}

  /**
   * Asserts that {@code tags} is well-formed BIO over the coarse types: every tag is one of
   * {@link #OUTCOMES}, and every {@code I-X} follows a {@code B-X} or an {@code I-X}.
   *
   * @param what names the tagged text in a failure message
   */
  static void assertWellFormed(List<String> tags, Object what) {
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      assertThat(OUTCOMES).as("tag %d of %s: %s", i, what, tags).contains(tag);
      if (tag.startsWith("I-")) {
        assertThat(i).as("I- at the start of %s: %s", what, tags).isPositive();
        assertThat(tags.get(i - 1).substring(1)).as("tag %d of %s: %s", i, what, tags)
            .isEqualTo(tag.substring(1));
      }
    }
  }

  /** The candidates of the grammar stages that run before the model, as the pipeline has them. */
  static List<Mention> candidates(TokenizedText text) {
    List<Mention> found = new ArrayList<>();
    List<Mention> view = Collections.unmodifiableList(found);
    for (Recognizer stage : GRAMMAR) {
      found.addAll(stage.recognize(text, view));
    }
    return view;
  }
}
