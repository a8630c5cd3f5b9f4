package dev.alam.eval;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * True positives, false positives and false negatives per type, with precision, recall and F1.
 * Mutable while counting; not thread-safe.
 */
public final class Scores {
  private final Map<String, int[]> counts = new TreeMap<>();

  /** Creates empty counts. */
  public Scores() {}

  /** Counts a correct prediction of {@code type}. */
  public void truePositive(String type) {
    row(type)[0]++;
  }

  /** Counts a prediction of {@code type} that matches no gold mention. */
  public void falsePositive(String type) {
    row(type)[1]++;
  }

  /** Counts a gold mention of {@code type} that no prediction matches. */
  public void falseNegative(String type) {
    row(type)[2]++;
  }

  /** Adds all counts of {@code other} to these. */
  public void add(Scores other) {
    other.counts.forEach((type, c) -> {
      int[] r = row(type);
      for (int i = 0; i < 3; i++) {
        r[i] += c[i];
      }
    });
  }

  private int[] row(String type) {
    return counts.computeIfAbsent(type, k -> new int[3]);
  }

  /** Returns the types counted so far, sorted. */
  public Collection<String> types() {
    return counts.keySet();
  }

  public int truePositives(String type) {
    return counts.getOrDefault(type, new int[3])[0];
  }

  public int falsePositives(String type) {
    return counts.getOrDefault(type, new int[3])[1];
  }

  public int falseNegatives(String type) {
    return counts.getOrDefault(type, new int[3])[2];
  }

  /** Precision of one type; 0 when nothing was predicted. */
  public double precision(String type) {
    return ratio(truePositives(type), truePositives(type) + falsePositives(type));
  }

  /** Recall of one type; 0 when there is no gold mention. */
  public double recall(String type) {
    return ratio(truePositives(type), truePositives(type) + falseNegatives(type));
  }

  /** F1 of one type. */
  public double f1(String type) {
    return f1(precision(type), recall(type));
  }

  /** Micro-averaged precision, recall and F1 over {@code types}, as a 3-element array. */
  public double[] micro(Collection<String> types) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (String t : types) {
      tp += truePositives(t);
      fp += falsePositives(t);
      fn += falseNegatives(t);
    }
    double p = ratio(tp, tp + fp);
    double r = ratio(tp, tp + fn);
    return new double[] {p, r, f1(p, r)};
  }

  /**
   * Formats a table: one row per type in {@code types} with gold and predicted counts, P, R and
   * F1, then the micro average over them.
   */
  public String table(Collection<String> types) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-14s %6s %6s %6s %7s %7s %7s%n",
        "type", "gold", "pred", "tp", "P", "R", "F1"));
    for (String t : types) {
      int tp = truePositives(t);
      b.append(String.format(Locale.ROOT, "%-14s %6d %6d %6d %7.4f %7.4f %7.4f%n", t,
          tp + falseNegatives(t), tp + falsePositives(t), tp, precision(t), recall(t), f1(t)));
    }
    double[] m = micro(types);
    b.append(String.format(Locale.ROOT, "%-14s %6s %6s %6s %7.4f %7.4f %7.4f%n", "micro", "", "",
        "", m[0], m[1], m[2]));
    return b.toString();
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
