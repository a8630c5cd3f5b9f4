package dev.alam.model;

import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.model.Context;

/**
 * A trained model's weights in flat arrays, for decoding: an open-addressing table from a 64-bit
 * hash of each feature string to its run of (outcome, weight) pairs.
 *
 * <p>Why: decoding looks up some sixty features per token, nearly all of them strings built for
 * that token. In OpenNLP's {@code HashMap<String, Context>} each lookup walks bucket, entry, key
 * string, its bytes, the context and its two arrays: six scattered reads in a table of hundreds
 * of thousands of entries, and on the benchmark text that walk was half of extraction time,
 * varying with where the collector had moved the entries. Here a lookup reads one slot (hash and
 * run, side by side) and the run's two arrays.
 *
 * <p>Features are matched by their 64-bit hash alone, without comparing strings: two different
 * features of one model that share a hash are refused when the table is built, and a feature the
 * model lacks matches one of its features with probability about (features in the model) /
 * 2<sup>64</sup>, some 10<sup>-13</sup> per lookup.
 *
 * <p>Immutable, so thread-safe once built.
 */
final class FeatureWeights {
  private final long[] slots; // per slot: hash, then (first pair << 8 | pair count); hash 0: free
  private final int mask;
  private final byte[] outcomes;
  private final double[] values;
  private final int size;

  /**
   * Copies {@code parameters} (feature → context) into the table.
   *
   * @throws IllegalArgumentException if two features share a hash, a context has more than 255
   *     outcomes or an outcome index above 127
   */
  FeatureWeights(Map<String, Context> parameters) {
    Objects.requireNonNull(parameters, "parameters");
    // A power of two with the table at most 0.6 full: four slots share a cache line, so the few
    // extra probes cost little, and a smaller table misses the cache less.
    int least = Math.max(1, (int) Math.ceil(parameters.size() / 0.6));
    int capacity = Integer.highestOneBit(least) << 1;
    slots = new long[2 * capacity];
    mask = capacity - 1;
    long pairs = 0;
    for (Context c : parameters.values()) {
      pairs += c.getOutcomes().length;
    }
    outcomes = new byte[Math.toIntExact(pairs)];
    values = new double[outcomes.length];
    int next = 0;
    for (Map.Entry<String, Context> e : parameters.entrySet()) {
      int[] active = e.getValue().getOutcomes();
      double[] weights = e.getValue().getParameters();
      if (active.length > 255) {
        throw new IllegalArgumentException("more than 255 outcomes for " + e.getKey());
      }
      long hash = hash(e.getKey());
      int slot = (int) hash & mask;
      while (slots[2 * slot] != 0) {
        if (slots[2 * slot] == hash) {
          throw new IllegalArgumentException("two features share a hash: " + e.getKey());
        }
        slot = (slot + 1) & mask;
      }
      slots[2 * slot] = hash;
      slots[2 * slot + 1] = (long) next << 8 | active.length;
      for (int k = 0; k < active.length; k++) {
        if (active[k] < 0 || active[k] > Byte.MAX_VALUE) {
          throw new IllegalArgumentException("outcome index " + active[k] + " out of range");
        }
        outcomes[next] = (byte) active[k];
        values[next++] = weights[k];
      }
    }
    size = parameters.size();
  }

  /** The number of features with weights. */
  int size() {
    return size;
  }

  /**
   * Adds the weights of each of {@code features} to {@code scores}, outcome by outcome, in the
   * order OpenNLP's own evaluation adds them (so the sums are the same doubles).
   */
  void addTo(String[] features, double[] scores) {
    long[] slots = this.slots;
    for (String f : features) {
      long hash = hash(f);
      int slot = (int) hash & mask;
      long at;
      while ((at = slots[2 * slot]) != hash) {
        if (at == 0) {
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (at == 0) {
        continue;
      }
      long run = slots[2 * slot + 1];
      int from = (int) (run >>> 8);
      int to = from + (int) (run & 0xFF);
      for (int k = from; k < to; k++) {
        scores[outcomes[k]] += values[k];
      }
    }
  }

  /**
   * A 64-bit hash of {@code s}'s UTF-16 units: FNV-1a, then the MurmurHash3 finaliser so that the
   * low bits that pick a slot depend on every unit. Never 0 (0 marks a free slot).
   */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
