package dev.alam.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link CountTable} and its builder: lookups by string and by range, duplicates, sums. */
class CountTableTest {
  @Test
  void aBuilderGrowsPastItsExpectedSizeAndKeepsEveryEntry() {
    CountTable.Builder builder = new CountTable.Builder(2);
    Map<String, Integer> expected = new HashMap<>();
    for (int i = 0; i < 5000; i++) {
      String word = "كلمة" + i;
      assertThat(builder.add(word, i)).isTrue();
      expected.put(word, i);
    }

    CountTable table = builder.build();

    assertThat(table.size()).isEqualTo(5000);
    expected.forEach((word, count) -> assertThat(table.get(word)).as(word).isEqualTo(count));
    char[] padded = ("xx" + "كلمة42" + "yy").toCharArray();
    assertThat(table.get(padded, 2, padded.length - 2)).isEqualTo(42);
    assertThat(table.get("كلمة")).isZero();
    assertThat(table.get("كلمة5000")).isZero();
  }

  @Test
  void addingAKeyTwiceKeepsTheFirstCount() {
    CountTable.Builder builder = new CountTable.Builder(4);

    assertThat(builder.add("ايران", 4)).isTrue();
    assertThat(builder.add("ايران", 5)).isFalse();

    assertThat(builder.build().get("ايران")).isEqualTo(4);
  }

  @Test
  void mergeSumsTheCountsOfARangeOfEachKey() {
    CountTable.Builder builder = new CountTable.Builder(1);
    for (String word : new String[] {"والعلم", "والعلوم", "وبالعلم", "وال"}) {
      builder.merge(word, 0, 3, word.length());
    }

    CountTable table = builder.build();

    assertThat(table.size()).isEqualTo(2);
    assertThat(table.get("وال")).isEqualTo(6 + 7 + 3);
    assertThat(table.get("وبا")).isEqualTo(7);
  }
}
