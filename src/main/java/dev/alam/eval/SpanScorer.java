package dev.alam.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Scores predicted spans against gold spans, type by type. A prediction is correct when it has
 * the gold mention's type and end, and a start that {@code sameStart} accepts (by default the
 * same start: strict matching). Nested mentions are scored like any others. Each gold mention
 * and each prediction is matched at most once. Stateless.
 */
public final class SpanScorer {
  private SpanScorer() {}

  /** Strict scoring: a prediction is correct only with the exact span and type. */
  public static Scores score(Collection<Span> gold, Collection<Span> predicted) {
    return score(gold, predicted, (g, p) -> g.start() == p.start());
  }

  /**
   * Scores with a start tolerance.
   *
   * @param sameStart given a gold span and a prediction with the same type and end, says whether
   *     their starts count as the same
   * @throws NullPointerException if an argument is null
   */
  public static Scores score(Collection<Span> gold, Collection<Span> predicted,
      BiPredicate<Span, Span> sameStart) {
    Objects.requireNonNull(sameStart, "sameStart");
    Map<String, List<Span>> open = new HashMap<>();
    for (Span p : predicted) {
      open.computeIfAbsent(key(p), k -> new ArrayList<>()).add(p);
    }
    Scores scores = new Scores();
    for (Span g : gold) {
      List<Span> candidates = open.get(key(g));
      Span match = null;
      if (candidates != null) {
        for (Span p : candidates) {
          if (p.start() == g.start()) {
            match = p;
            break;
          }
        }
        if (match == null) {
          for (Span p : candidates) {
            if (sameStart.test(g, p)) {
              match = p;
              break;
            }
          }
        }
      }
      if (match != null) {
        candidates.remove(match);
        scores.truePositive(g.type());
      } else {
        scores.falseNegative(g.type());
      }
    }
    for (List<Span> rest : open.values()) {
      for (Span p : rest) {
        scores.falsePositive(p.type());
      }
    }
    return scores;
  }

  private static String key(Span s) {
    return s.type() + '\u0000' + s.end();
  }
}
