package dev.alam.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.perceptron.PerceptronModel;
import org.junit.jupiter.api.Test;

/**
 * {@link FeatureWeights} adds exactly what a plain map of OpenNLP contexts adds, and its direct
 * reader of perceptron model files reads what OpenNLP's reader reads.
 */
class FeatureWeightsTest {
  private static final int OUTCOMES = 9;

  @Test
  void sumsAreTheSameDoublesAsThoseOfTheMapItWasBuiltFrom() {
    Random random = new Random(7);
    Map<String, Context> map = new HashMap<>();
    List<String> known = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String feature = "w=" + Integer.toString(random.nextInt(1 << 30), 36) + "ـ" + i;
      int n = 1 + random.nextInt(OUTCOMES);
      int[] outcomes = random.ints(0, OUTCOMES).distinct().limit(n).toArray();
      double[] weights = random.doubles(outcomes.length, -3, 3).toArray();
      map.put(feature, new Context(outcomes, weights));
      known.add(feature);
    }
    FeatureWeights table = new FeatureWeights(map);
    assertThat(table.size()).isEqualTo(map.size());

    for (int trial = 0; trial < 2_000; trial++) {
      String[] features = new String[40];
      for (int k = 0; k < features.length; k++) {
        features[k] = random.nextBoolean() ? known.get(random.nextInt(known.size()))
            : "absent=" + random.nextLong(); // most features of real text are not in the model
      }
      double[] expected = new double[OUTCOMES];
      for (String f : features) {
        Context c = map.get(f);
        if (c != null) {
          for (int k = 0; k < c.getOutcomes().length; k++) {
            expected[c.getOutcomes()[k]] += c.getParameters()[k];
          }
        }
      }
      double[] actual = new double[OUTCOMES];
      table.addTo(features, actual);
      assertThat(actual).containsExactly(expected);
    }
  }

  @Test
  void absentFeaturesAndAnEmptyModelAddNothing() {
    double[] scores = {1, 2, 3};

    new FeatureWeights(Map.of()).addTo(new String[] {"", "w=x", "p1=B-PERS"}, scores);

    assertThat(scores).containsExactly(1, 2, 3);
  }

  @Test
  void anOutcomeIndexBeyondAByteIsRefused() {
    Map<String, Context> map = new LinkedHashMap<>();
    map.put("w=x", new Context(new int[] {200}, new double[] {1}));

    assertThatThrownBy(() -> new FeatureWeights(map))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200");
  }

  @Test
  void theHashIsNeverZeroAndTellsNearStringsApart() {
    assertThat(FeatureWeights.hash("")).isNotZero();
    assertThat(FeatureWeights.hash("w=ab")).isNotEqualTo(FeatureWeights.hash("w=ba"))
        .isNotEqualTo(FeatureWeights.hash("w=ab "));
  }

  @Test
  void readingAPerceptronFileGivesTheSameSumsAsTheMapOpenNlpWrote() throws IOException {
    Random random = new Random(11);
    Map<String, Context> map = new LinkedHashMap<>();
    for (int i = 0; i < 3_000; i++) {
      // Arabic, Latin, a control character and a letter outside the BMP: one, two, three and
      // (as surrogates) six bytes in the file's modified UTF-8
      String feature = switch (i % 4) {
        case 0 -> "w=كتاب" + i;
        case 1 -> "suf2=ab" + i;
        case 2 -> "x=\u0000\u007f" + i;
        default -> "w=\uD835\uDC00" + i;
      };
      int[] outcomes = random.ints(0, OUTCOMES).distinct().limit(1 + random.nextInt(OUTCOMES))
          .toArray();
      map.put(feature, new Context(outcomes, random.doubles(outcomes.length, -3, 3).toArray()));
    }
    String[] outcomeLabels = {"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG",
        "B-MISC", "I-MISC"};
    PerceptronModel model = perceptron(map, outcomeLabels);

    FeatureWeights.Perceptron read = FeatureWeights.readPerceptron(bytes(model));

    assertThat(read).isNotNull();
    assertThat(read.outcomes()).containsExactly(outcomeLabels);
    assertThat(read.table().size()).isEqualTo(map.size());
    @SuppressWarnings("unchecked")
    FeatureWeights expected = new FeatureWeights(
        (Map<String, Context>) model.getDataStructures()[1]);
    List<String> features = new ArrayList<>(map.keySet());
    features.add("absent");
    for (String f : features) {
      double[] want = new double[OUTCOMES];
      double[] got = new double[OUTCOMES];
      expected.addTo(new String[] {f}, want);
      read.table().addTo(new String[] {f}, got);
      assertThat(got).as(f).containsExactly(want);
    }
    String[] many = features.subList(0, 50).toArray(new String[0]);
    double[] want = new double[OUTCOMES];
    double[] got = new double[OUTCOMES];
    expected.addTo(many, want);
    read.table().addTo(many, got);
    assertThat(got).containsExactly(want);
  }

  @Test
  void theShippedModelReadsAsOpenNlpReadsIt() throws IOException {
    byte[] data;
    try (var in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(
        java.nio.file.Path.of("models/ner", NameModel.MODEL_FILE)))) {
      data = in.readAllBytes();
    }
    AbstractModel model = (AbstractModel) new opennlp.tools.ml.model.GenericModelReader(
        new opennlp.tools.ml.model.BinaryFileDataReader(new java.io.ByteArrayInputStream(data)))
        .getModel();
    @SuppressWarnings("unchecked")
    Map<String, Context> map = (Map<String, Context>) model.getDataStructures()[1];

    FeatureWeights.Perceptron read = FeatureWeights.readPerceptron(data);

    assertThat(read).isNotNull();
    assertThat(read.table().size()).isEqualTo(map.size());
    assertThat(read.outcomes()).hasSize(model.getNumOutcomes());
    for (int o = 0; o < model.getNumOutcomes(); o++) {
      assertThat(read.outcomes()[o]).isEqualTo(model.getOutcome(o));
    }
    double[] want = new double[model.getNumOutcomes()];
    double[] got = new double[want.length];
    for (Map.Entry<String, Context> e : map.entrySet()) {
      Arrays.fill(want, 0);
      for (int k = 0; k < e.getValue().getOutcomes().length; k++) {
        want[e.getValue().getOutcomes()[k]] = e.getValue().getParameters()[k];
      }
      Arrays.fill(got, 0);
      read.table().addTo(new String[] {e.getKey()}, got);
      assertThat(got).as(e.getKey()).containsExactly(want);
    }
  }

  @Test
  void aMaxentFileOrAFeatureWrittenInChunksIsLeftToOpenNlp() throws IOException {
    Map<String, Context> map = Map.of("w=x", new Context(new int[] {0, 1}, new double[] {1, -1}));
    String[] outcomes = {"O", "B-PERS"};
    assertThat(FeatureWeights.readPerceptron(bytes(new GISModel(
        new Context[] {map.get("w=x")}, new String[] {"w=x"}, outcomes)))).isNull();

    String huge = "w=" + "ك".repeat(40_000); // 80,000 bytes: OpenNLP writes it in chunks
    assertThat(FeatureWeights.readPerceptron(bytes(perceptron(
        Map.of(huge, map.get("w=x")), outcomes)))).isNull();
  }

  @Test
  void truncatedOrDamagedDataIsRefusedWithAClearError() throws IOException {
    Map<String, Context> map = new LinkedHashMap<>();
    map.put("w=كتاب", new Context(new int[] {0, 2}, new double[] {1.5, -2}));
    map.put("p1=<s>", new Context(new int[] {1}, new double[] {0.5}));
    byte[] whole = bytes(perceptron(map, new String[] {"O", "B-PERS", "I-PERS"}));
    for (int length = 0; length < whole.length; length++) {
      byte[] cut = Arrays.copyOf(whole, length);
      assertThatThrownBy(() -> FeatureWeights.readPerceptron(cut)).as("cut at " + length)
          .isInstanceOf(IllegalArgumentException.class);
    }
    for (int at = 0; at < whole.length; at++) {
      byte[] damaged = whole.clone();
      damaged[at] ^= (byte) 0xA5;
      try {
        FeatureWeights.readPerceptron(damaged); // some damage reads as other weights or names
      } catch (IllegalArgumentException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }

  @Test
  void textThatOpenNlpRefusesAsMalformedIsRefused() throws IOException {
    Map<String, Context> map = new LinkedHashMap<>();
    map.put("w=ك", new Context(new int[] {0}, new double[] {1}));
    byte[] whole = bytes(perceptron(map, new String[] {"O", "B-PERS"}));
    int at = indexOf(whole, "w=ك".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    byte[] damaged = whole.clone();
    damaged[at + 3] = 0x03; // ك is d9 83: the second byte no longer continues the first

    assertThatThrownBy(() -> openNlp(damaged)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> FeatureWeights.readPerceptron(damaged))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed");
  }

  /**
   * Random damage to a small model: whatever OpenNLP's reader refuses, the direct reader refuses
   * (or leaves to OpenNLP, for a damaged type name), and whatever both read, they read alike.
   */
  @Test
  void underRandomDamageTheDirectReaderNeverAcceptsWhatOpenNlpRefusesNorReadsItOtherwise()
      throws IOException {
    Map<String, Context> map = new LinkedHashMap<>();
    map.put("w=كتاب", new Context(new int[] {0, 2}, new double[] {1.5, -2}));
    map.put("p1=<s>", new Context(new int[] {1}, new double[] {0.5}));
    map.put("suf2=اب", new Context(new int[] {0, 1, 2}, new double[] {0.25, 3, -1}));
    byte[] whole = bytes(perceptron(map, new String[] {"O", "B-PERS", "I-PERS"}));
    Random random = new Random(5);
    int bothRead = 0;
    int refused = 0;
    for (int trial = 0; trial < 5_000; trial++) {
      byte[] damaged = whole.clone();
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
      }
      FeatureWeights.Perceptron ours;
      try {
        ours = FeatureWeights.readPerceptron(damaged);
      } catch (IllegalArgumentException e) {
        refused++;
        continue;
      }
      if (ours == null) {
        continue; // left to OpenNLP's reader
      }
      // Only now OpenNLP's reader: it trusts the counts in the file, and a damaged count that the
      // direct reader refused could make it ask for an array larger than the heap.
      AbstractModel theirs;
      try {
        theirs = openNlp(damaged);
      } catch (IOException | RuntimeException e) {
        theirs = null;
      }
      assertThat(theirs).as("trial %d: OpenNLP refuses what the direct reader read", trial)
          .isNotNull();
      bothRead++;
      assertThat(ours.outcomes()).as("trial %d", trial).hasSize(theirs.getNumOutcomes());
      for (int o = 0; o < theirs.getNumOutcomes(); o++) {
        assertThat(ours.outcomes()[o]).isEqualTo(theirs.getOutcome(o));
      }
      @SuppressWarnings("unchecked")
      Map<String, Context> read = (Map<String, Context>) theirs.getDataStructures()[1];
      for (Map.Entry<String, Context> e : read.entrySet()) {
        double[] want = new double[theirs.getNumOutcomes()];
        for (int k = 0; k < e.getValue().getOutcomes().length; k++) {
          want[e.getValue().getOutcomes()[k]] += e.getValue().getParameters()[k];
        }
        double[] got = new double[want.length];
        ours.table().addTo(new String[] {e.getKey()}, got);
        assertThat(got).as("trial %d, %s", trial, e.getKey()).containsExactly(want);
      }
    }
    // the damage was of both kinds: some read (a changed weight), some refused
    assertThat(bothRead).isPositive();
    assertThat(refused).isPositive();
  }

  @Test
  void outcomeIndexesOutOfRangeAndUnaccountedFeaturesAreRefused() throws IOException {
    assertThat(FeatureWeights.readPerceptron(handWritten("2 0 1", 2)).table().size())
        .isEqualTo(2);
    assertThatThrownBy(() -> FeatureWeights.readPerceptron(handWritten("2 0 5", 2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    assertThatThrownBy(() -> FeatureWeights.readPerceptron(handWritten("2 0 1", 3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("features");
    assertThatThrownBy(() -> FeatureWeights.readPerceptron(handWritten(" ", 2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
  }

  /**
   * A perceptron file written field by field: outcomes O and B-PERS, one outcome pattern, {@code
   * features} feature names, and the weights the pattern announces.
   */
  private static byte[] handWritten(String pattern, int features) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(buffer);
    out.writeUTF("Perceptron");
    out.writeInt(2);
    out.writeUTF("O");
    out.writeUTF("B-PERS");
    out.writeInt(1);
    out.writeUTF(pattern);
    out.writeInt(features);
    for (int f = 0; f < features; f++) {
      out.writeUTF("w=" + f);
    }
    for (int k = 0; k < 2 * 2; k++) {
      out.writeDouble(k + 0.5);
    }
    out.flush();
    return buffer.toByteArray();
  }

  private static AbstractModel openNlp(byte[] data) throws IOException {
    return (AbstractModel) new opennlp.tools.ml.model.GenericModelReader(
        new opennlp.tools.ml.model.BinaryFileDataReader(new java.io.ByteArrayInputStream(data)))
        .getModel();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (haystack[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }

  private static PerceptronModel perceptron(Map<String, Context> map, String[] outcomes) {
    return new PerceptronModel(map.values().toArray(new Context[0]),
        map.keySet().toArray(new String[0]), outcomes);
  }

  private static byte[] bytes(AbstractModel model) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(buffer);
    new GenericModelWriter(model, out).persist();
    out.flush();
    return buffer.toByteArray();
  }
}
