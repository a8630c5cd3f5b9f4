package dev.alam.ner;

import static dev.alam.EntityTable.extract;
import static dev.alam.EntityTable.relations;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code holds} and {@code of} through the facade; expected relations are written {@code
 * label(FROM TEXT, TO TEXT)} and separated by {@code " | "}.
 */
class RelationFinderTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "قال وزير الدفاع الأردني خالد منصور إن القوات جاهزة;"
          + " of(وزير الدفاع الأردني, الأردني) | holds(خالد منصور, وزير الدفاع الأردني)",
      "قال وزير الدفاع الأردني، خالد منصور، إن القوات جاهزة;"
          + " of(وزير الدفاع الأردني, الأردني) | holds(خالد منصور, وزير الدفاع الأردني)",
      "وصرح زوران ميلوفيتش، وزير الدفاع الصربي، بأن القوات جاهزة;"
          + " holds(زوران ميلوفيتش, وزير الدفاع الصربي) | of(وزير الدفاع الصربي, الصربي)",
      // Not next to each other: the person is the subject of another clause.
      "قال خالد منصور إن وزير الدفاع الأردني وصل; of(وزير الدفاع الأردني, الأردني)",
      "زار قائد الحرس الثوري الإيراني الجبهة; of(قائد الحرس الثوري الإيراني, الحرس الثوري"
          + " الإيراني) | of(قائد الحرس الثوري الإيراني, الإيراني)",
      // The person holds the deputy's office, not the one nested in it.
      "وصل نائب رئيس الجمهورية خالد منصور إلى المطار;"
          + " holds(خالد منصور, نائب رئيس الجمهورية)",
      "وصل خالد منصور، نائب رئيس الجمهورية، إلى المطار;"
          + " holds(خالد منصور, نائب رئيس الجمهورية)",
      "وصلت الطائرة إلى المطار;"})
  void relationsFollowAdjacencyAndNesting(String text, String expected) {
    List<String> want = expected == null ? List.of() : Arrays.stream(expected.split(" \\| "))
        .map(String::strip).toList();

    assertThat(relations(extract(text))).containsExactlyInAnyOrderElementsOf(want);
  }
}
