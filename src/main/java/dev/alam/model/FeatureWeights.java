package dev.alam.model;

import dev.alam.text.Hash64;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;
import java.util.StringTokenizer;
import java.util.function.IntFunction;
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
    this(Flat.of(parameters));
  }

  /**
   * Features given by hash, in order: feature {@code k}'s run of (outcome, weight) pairs follows
   * feature {@code k - 1}'s in {@code outcomeIndexes} and {@code weights}; {@code nameOf} names
   * feature {@code k} in an error message.
   */
  private record Flat(long[] hashes, int[] runLength, int[] outcomeIndexes, double[] weights,
      IntFunction<String> nameOf) {
    static Flat of(Map<String, Context> parameters) {
      Objects.requireNonNull(parameters, "parameters");
      int n = parameters.size();
      String[] names = new String[n];
      long[] hashes = new long[n];
      int[] runLength = new int[n];
      long pairs = 0;
      int i = 0;
      for (Map.Entry<String, Context> e : parameters.entrySet()) {
        names[i] = e.getKey();
        hashes[i] = hash(e.getKey());
        runLength[i] = e.getValue().getOutcomes().length;
        pairs += runLength[i++];
      }
      int[] outcomeIndexes = new int[Math.toIntExact(pairs)];
      double[] weights = new double[outcomeIndexes.length];
      int next = 0;
      for (Context c : parameters.values()) {
        int length = c.getOutcomes().length;
        System.arraycopy(c.getOutcomes(), 0, outcomeIndexes, next, length);
        System.arraycopy(c.getParameters(), 0, weights, next, length);
        next += length;
      }
      return new Flat(hashes, runLength, outcomeIndexes, weights, k -> names[k]);
    }
  }

  private FeatureWeights(Flat flat) {
    long[] hashes = flat.hashes();
    int[] runLength = flat.runLength();
    int[] outcomeIndexes = flat.outcomeIndexes();
    IntFunction<String> nameOf = flat.nameOf();
    // A power of two with the table at most 0.6 full: four slots share a cache line, so the few
    // extra probes cost little, and a smaller table misses the cache less.
    int least = Math.max(1, (int) Math.ceil(hashes.length / 0.6));
    int capacity = Integer.highestOneBit(least) << 1;
    slots = new long[2 * capacity];
    mask = capacity - 1;
    outcomes = new byte[outcomeIndexes.length];
    values = flat.weights();
    int next = 0;
    for (int f = 0; f < hashes.length; f++) {
      int length = runLength[f];
      if (length > 255) {
        throw new IllegalArgumentException("more than 255 outcomes for " + nameOf.apply(f));
      }
      long hash = hashes[f];
      int slot = (int) hash & mask;
      while (slots[2 * slot] != 0) {
        if (slots[2 * slot] == hash) {
          throw new IllegalArgumentException("two features share a hash: " + nameOf.apply(f));
        }
        slot = (slot + 1) & mask;
      }
      slots[2 * slot] = hash;
      slots[2 * slot + 1] = (long) next << 8 | length;
      for (int k = 0; k < length; k++, next++) {
        int o = outcomeIndexes[next];
        if (o < 0 || o > Byte.MAX_VALUE) {
          throw new IllegalArgumentException("outcome index " + o + " out of range");
        }
        outcomes[next] = (byte) o;
      }
    }
    size = hashes.length;
  }

  /** A perceptron model read by {@link #readPerceptron}: its weights and outcome labels. */
  record Perceptron(FeatureWeights table, String[] outcomes) {}

  /**
   * Reads the bytes of an OpenNLP perceptron model file (as {@code GenericModelWriter} writes
   * it, uncompressed) straight into a table: each feature name is decoded into one reused buffer
   * and hashed there, without making strings or OpenNLP's map. A file that OpenNLP's {@code GenericModelReader}
   * reads is read as it reads it: the same features, outcomes and weights, in the same order. A
   * file it refuses (a truncated one, or malformed text) is refused here too. This reader is
   * stricter in three ways that OpenNLP only notices when the model is used: an outcome index out
   * of range, feature names that the outcome patterns do not account for, and two features with
   * the same hash are refused.
   *
   * <p>Why: reading the shipped model through OpenNLP's reader and copying it here was the
   * longest step of building an extractor.
   *
   * @return the model, or null if {@code data} is a model of another type than {@code
   *     Perceptron} (maxent, or a type OpenNLP's reader will refuse) or holds an outcome or feature
   *     name written in chunks: the caller leaves those to OpenNLP's reader
   * @throws IllegalArgumentException if the data is truncated or malformed
   */
  static Perceptron readPerceptron(byte[] data) {
    ByteBuffer in = ByteBuffer.wrap(data); // big-endian, as DataOutputStream writes
    char[] chars = new char[MAX_UTF_LENGTH];
    try {
      if (!"Perceptron".equals(string(in, chars))) {
        return null;
      }
      String[] outcomeLabels = new String[count(in, "outcomes")];
      for (int i = 0; i < outcomeLabels.length; i++) {
        outcomeLabels[i] = string(in, chars);
        if (outcomeLabels[i].startsWith(CHUNK_SIGNATURE)) {
          return null;
        }
      }
      int[][] patterns = new int[count(in, "outcome patterns")][];
      long predicates = 0;
      for (int i = 0; i < patterns.length; i++) {
        // split as OpenNLP splits it (a StringTokenizer on ' '): runs of spaces are one separator
        StringTokenizer tokens = new StringTokenizer(string(in, chars), " ");
        String[] parts = new String[tokens.countTokens()];
        if (parts.length == 0) {
          throw new IllegalArgumentException("empty outcome pattern " + i);
        }
        for (int k = 0; k < parts.length; k++) {
          parts[k] = tokens.nextToken();
        }
        patterns[i] = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
          patterns[i][k] = Integer.parseInt(parts[k]);
        }
        if (patterns[i][0] < 0) {
          throw new IllegalArgumentException("negative feature count in an outcome pattern");
        }
        predicates += patterns[i][0];
        for (int k = 1; k < parts.length; k++) {
          if (patterns[i][k] < 0 || patterns[i][k] >= outcomeLabels.length) {
            throw new IllegalArgumentException("outcome index " + patterns[i][k] + " out of range");
          }
        }
      }
      long[] hashes = new long[count(in, "features")];
      if (hashes.length != predicates) {
        throw new IllegalArgumentException(hashes.length + " features, but the outcome patterns "
            + "cover " + predicates);
      }
      for (int i = 0; i < hashes.length; i++) {
        int n = readUtf(in, chars);
        if (startsWith(chars, n, CHUNK_SIGNATURE)) {
          return null;
        }
        hashes[i] = hash(chars, n);
      }
      long pairs = 0;
      for (int[] pattern : patterns) {
        pairs += (long) pattern[0] * (pattern.length - 1);
      }
      if (pairs * Double.BYTES > in.remaining()) {
        throw new IllegalArgumentException("truncated: " + pairs + " weights announced, room for "
            + in.remaining() / Double.BYTES);
      }
      int[] runLength = new int[hashes.length];
      int[] outcomeIndexes = new int[(int) pairs];
      double[] weights = new double[(int) pairs];
      int feature = 0;
      int next = 0;
      for (int[] pattern : patterns) {
        for (int j = 0; j < pattern[0]; j++, feature++) {
          runLength[feature] = pattern.length - 1;
          for (int k = 1; k < pattern.length; k++, next++) {
            outcomeIndexes[next] = pattern[k];
            weights[next] = in.getDouble();
          }
        }
      }
      return new Perceptron(new FeatureWeights(new Flat(hashes, runLength, outcomeIndexes,
          weights, k -> "feature #" + k)), outcomeLabels);
    } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("truncated model data", e);
    }
  }

  /** OpenNLP's mark of a string written in chunks ({@code ModelParameterChunker}). */
  private static final String CHUNK_SIGNATURE = "CHUNKED-MODEL-PARAMS:";

  private static boolean startsWith(char[] chars, int n, String prefix) {
    if (n < prefix.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (chars[k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }


  private static int count(ByteBuffer in, String what) {
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) {
      throw new IllegalArgumentException("impossible number of " + what + ": " + n);
    }
    return n;
  }

  /** A string as {@code DataOutputStream.writeUTF} writes it, decoded in {@code chars}. */
  private static String string(ByteBuffer in, char[] chars) {
    return new String(chars, 0, readUtf(in, chars));
  }

  /** The most bytes, hence chars, of a string written by {@code writeUTF}. */
  private static final int MAX_UTF_LENGTH = 0xFFFF;

  /**
   * Decodes a string written by {@code DataOutputStream.writeUTF} into {@code chars} (room for
   * {@link #MAX_UTF_LENGTH}), as {@code DataInputStream.readUTF} decodes it.
   *
   * @return the number of chars
   * @throws IllegalArgumentException where {@code readUTF} throws: truncated or malformed
   *     modified UTF-8
   */
  private static int readUtf(ByteBuffer in, char[] chars) {
    int length = in.getShort() & 0xFFFF;
    byte[] data = in.array();
    int from = in.position();
    int end = from + length;
    if (end > data.length) {
      throw new IllegalArgumentException("truncated model data");
    }
    int n = 0;
    for (int i = from; i < end; ) {
      int b = data[i++] & 0xFF;
      if (b < 0x80) {
        chars[n++] = (char) b;
      } else if ((b & 0xE0) == 0xC0 && i < end && continuation(data[i])) {
        chars[n++] = (char) ((b & 0x1F) << 6 | (data[i++] & 0x3F));
      } else if ((b & 0xF0) == 0xE0 && i + 1 < end && continuation(data[i])
          && continuation(data[i + 1])) {
        chars[n++] = (char) ((b & 0x0F) << 12 | (data[i++] & 0x3F) << 6 | (data[i++] & 0x3F));
      } else {
        throw new IllegalArgumentException("malformed string at byte " + (i - 1));
      }
    }
    in.position(end);
    return n;
  }

  /** True for a byte of the form {@code 10xxxxxx}, as every byte after a multi-byte lead is. */
  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
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
    for (String f : features) {
      addTo(hash(f), scores);
    }
  }

  /** As {@link #addTo(String[], double[])} for the features' {@link #hash}es. */
  void addTo(long[] features, double[] scores) {
    for (long hash : features) {
      addTo(hash, scores);
    }
  }

  /** Adds the weights of the feature of hash {@code hash}, if it has any. */
  void addTo(long hash, double[] scores) {
    long[] slots = this.slots;
    int slot = (int) hash & mask;
    long at;
    while ((at = slots[2 * slot]) != hash) {
      if (at == 0) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    long run = slots[2 * slot + 1];
    int from = (int) (run >>> 8);
    int to = from + (int) (run & 0xFF);
    for (int k = from; k < to; k++) {
      scores[outcomes[k]] += values[k];
    }
  }

  /** The 64-bit hash of a feature name ({@link Hash64}). */
  static long hash(String s) {
    return Hash64.of(s);
  }

  /** {@link #hash(String)} of the string of {@code chars[0, n)}. */
  private static long hash(char[] chars, int n) {
    return Hash64.of(chars, n);
  }

}
