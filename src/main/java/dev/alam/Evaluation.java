package dev.alam;

import dev.alam.corpus.Conll;
import dev.alam.corpus.Corpora;
import dev.alam.model.CorpusTagger;
import dev.alam.eval.GoldFile;
import dev.alam.eval.Scores;
import dev.alam.eval.Span;
import dev.alam.eval.SpanScorer;
import dev.alam.ner.Entity;
import dev.alam.ner.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores an {@link Alam} against gold annotation: span gold files ({@code testdata/*.gold.tsv})
 * and the nested Wojood corpus. Span types are the {@link EntityType} names. Stateless.
 */
public final class Evaluation {
  /** Wojood's types that correspond to ours; OCC is wider than OFFICE (occupations too). */
  public static final Map<String, EntityType> WOJOOD_TYPES = Map.of(
      "OCC", EntityType.OFFICE, "PERS", EntityType.PERSON, "ORG", EntityType.ORGANIZATION);

  private Evaluation() {}

  /**
   * Extracts from {@code text} and scores the result strictly against {@code gold}: a mention is
   * correct only with the gold span and type. Nested mentions count one by one.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Scores spanGold(Alam alam, String text, List<GoldFile.Mention> gold) {
    Objects.requireNonNull(alam, "alam");
    List<Span> goldSpans = new ArrayList<>();
    for (GoldFile.Mention m : gold) {
      goldSpans.add(m.span());
    }
    return SpanScorer.score(goldSpans, spans(alam.extract(text), null));
  }

  /**
   * Scores against Wojood sentences: each document's tokens are joined with spaces, one sentence
   * per line, and extracted; gold mentions of every nesting level whose type is in {@link
   * #WOJOOD_TYPES} are compared with predicted mentions of the corresponding types, by their
   * Wojood names (OCC, PERS, ORG). Wojood's tokens keep attached proclitics, which our spans
   * leave out, so a prediction may start after proclitic letters at the start of the gold span
   * ({@code لمنظمة …} → {@code منظمة …}).
   */
  public static Scores wojood(Alam alam, List<Conll.Sentence> sentences) {
    Objects.requireNonNull(alam, "alam");
    Scores total = new Scores();
    StringBuilder text = new StringBuilder();
    List<Span> gold = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      Conll.Sentence sentence = sentences.get(s);
      if (sentence.documentStart() && text.length() > 0) {
        total.add(scoreWojoodDocument(alam, text.toString(), gold));
        text.setLength(0);
        gold.clear();
      }
      int[] starts = new int[sentence.tokens().size()];
      int[] ends = new int[sentence.tokens().size()];
      for (int i = 0; i < sentence.tokens().size(); i++) {
        if (i > 0) {
          text.append(' ');
        }
        starts[i] = text.length();
        text.append(sentence.tokens().get(i));
        ends[i] = text.length();
      }
      text.append('\n');
      for (List<String> level : sentence.tags()) {
        for (Conll.TokenSpan span : Conll.spans(level)) {
          if (WOJOOD_TYPES.containsKey(span.type())) {
            gold.add(new Span(starts[span.start()], ends[span.end() - 1], span.type()));
          }
        }
      }
    }
    if (text.length() > 0) {
      total.add(scoreWojoodDocument(alam, text.toString(), gold));
    }
    return total;
  }

  private static Scores scoreWojoodDocument(Alam alam, String text, List<Span> gold) {
    List<Span> predicted = new ArrayList<>();
    Map<EntityType, String> names = Map.of(EntityType.OFFICE, "OCC", EntityType.PERSON, "PERS",
        EntityType.ORGANIZATION, "ORG");
    for (Entity e : alam.extract(text).entities()) {
      String name = names.get(e.type());
      if (name != null) {
        predicted.add(new Span(e.start(), e.end(), name));
      }
    }
    return SpanScorer.score(gold, predicted,
        (g, p) -> p.start() > g.start() && p.start() - g.start() <= 3
            && isProcliticRun(text, g.start(), p.start()));
  }

  private static boolean isProcliticRun(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if ("وفبلك".indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The sentences on each side that count as a sentence's context in a CoNLL file. */
  public static final int CONLL_CONTEXT = 10;

  /**
   * Scores the pipeline on corpus sentences in the coarse scheme ({@link Alam#tagCoarse(List,
   * int)} with {@value #CONLL_CONTEXT} sentences of context), CoNLL-style: a name is right when
   * its type and first and last token are.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Scores conll(Alam alam, List<Conll.Sentence> gold) {
    Objects.requireNonNull(alam, "alam");
    List<List<String>> tokens = new ArrayList<>();
    for (Conll.Sentence sentence : gold) {
      tokens.add(sentence.tokens());
    }
    List<List<String>> predicted = alam.tagCoarse(tokens, CONLL_CONTEXT);
    Scores scores = new Scores();
    for (int s = 0; s < gold.size(); s++) {
      List<String> goldTags = new ArrayList<>();
      for (String t : gold.get(s).outerTags()) {
        goldTags.add(Corpora.coarse(t));
      }
      scores.add(SpanScorer.score(CorpusTagger.spans(goldTags),
          CorpusTagger.spans(predicted.get(s))));
    }
    return scores;
  }

  /**
   * Scores COUNTRY recall on FANE's {@code Nation} spans: each sentence's tokens are joined by
   * spaces and extracted, and a Nation span counts as found when a COUNTRY mention ends where it
   * ends and starts where it starts or after proclitic letters the corpus token carries ({@code
   * وفرنسا}). Precision is not scored: FANE leaves nationality adjectives and political
   * references untagged, which are COUNTRY mentions in Alam's scheme.
   *
   * @return found and total Nation spans, as {@code {found, total}}
   */
  public static int[] nationRecall(Alam alam, List<Conll.Sentence> sentences) {
    int found = 0;
    int total = 0;
    for (Conll.Sentence sentence : sentences) {
      StringBuilder text = new StringBuilder();
      int[] starts = new int[sentence.tokens().size()];
      int[] ends = new int[starts.length];
      for (int i = 0; i < starts.length; i++) {
        if (i > 0) {
          text.append(' ');
        }
        starts[i] = text.length();
        text.append(sentence.tokens().get(i));
        ends[i] = text.length();
      }
      String content = text.toString();
      List<Entity> countries = alam.extract(content).entities(EntityType.COUNTRY);
      for (Conll.TokenSpan span : Conll.spans(sentence.outerTags())) {
        if (!span.type().equals("Nation")) {
          continue;
        }
        total++;
        int start = starts[span.start()];
        int end = ends[span.end() - 1];
        for (Entity e : countries) {
          if (e.end() == end && e.start() >= start && e.start() - start <= 3
              && isProcliticRun(content, start, e.start())) {
            found++;
            break;
          }
        }
      }
    }
    return new int[] {found, total};
  }

  /** The entities of {@code result} as spans named by type, optionally of one type only. */
  static List<Span> spans(Extraction result, EntityType only) {
    List<Span> out = new ArrayList<>();
    for (Entity e : result.entities()) {
      if (only == null || e.type() == only) {
        out.add(new Span(e.start(), e.end(), e.type().name()));
      }
    }
    return out;
  }
}
