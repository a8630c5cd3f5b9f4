package dev.alam.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/** {@link FeatureWeights} adds exactly what a plain map of OpenNLP contexts adds. */
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
}
