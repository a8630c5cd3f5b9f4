package dev.alam.model;

import dev.alam.corpus.Conll;
import dev.alam.corpus.Corpora;
import dev.alam.eval.Scores;
import dev.alam.eval.Span;
import dev.alam.eval.SpanScorer;
import dev.alam.ner.Mention;
import dev.alam.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Tags corpus sentences with a {@link NameModel} alone (no merge with the lexicons and
 * grammars) and scores the coarse tags CoNLL-style: a name is right when its type and its first
 * and last corpus token are. For diagnosing the model; the pipeline's score is {@code
 * dev.alam.Evaluation#conll}. Stateless.
 */
public final class CorpusTagger {
  private CorpusTagger() {}

  /**
   * Scores the model on gold sentences.
   *
   * @param candidates gives the earlier stages' candidates of a projected sentence
   */
  public static Scores score(NameModel model, List<Conll.Sentence> gold, int beam,
      Function<LabeledSentence, List<Mention>> candidates) {
    Scores scores = new Scores();
    Tokenizer tokenizer = Tokenizer.standard();
    for (Conll.Sentence s : gold) {
      LabeledSentence projected = LabeledSentence.project(s, tokenizer);
      int n = projected.text().tokens().size();
      List<String> own = model.tag(projected.text().tokens(), 0, n, candidates.apply(projected),
          beam);
      List<String> predicted = projected.toCorpusTags(own, s.tokens().size());
      List<String> goldTags = new ArrayList<>();
      for (String t : s.outerTags()) {
        goldTags.add(Corpora.coarse(t));
      }
      scores.add(SpanScorer.score(spans(goldTags), spans(predicted)));
    }
    return scores;
  }

  /** BIO tags as token spans named by type (offsets are token indices). */
  public static List<Span> spans(List<String> tags) {
    List<Span> out = new ArrayList<>();
    for (Conll.TokenSpan t : Conll.spans(tags)) {
      out.add(new Span(t.start(), t.end(), t.type()));
    }
    return out;
  }
}
