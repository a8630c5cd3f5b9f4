package dev.alam.ner;

import static dev.alam.EntityTable.extract;
import static dev.alam.EntityTable.parse;
import static dev.alam.EntityTable.render;
import static dev.alam.EntityTable.scope;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Events and treaties (EVENT, MISC) through the facade. Notation: {@link dev.alam.EntityTable}. */
class EventAndTreatyTest {
  private static final Set<EntityType> EVENTS = scope(EntityType.EVENT, EntityType.MISC);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "ناقش الطرفان الاتفاق النووي; MISC@13:الاتفاق النووي",
      "يلتزم الطرفان بالإتفاق النووي; MISC@15:الإتفاق النووي",
      "وقعت الدول اتفاقية باريس; MISC@11:اتفاقية باريس",
      // A demonstrative or a generic adjective does not make a name.
      "قالا إن هذا الاتفاق مهم;",
      "رفضت الاتفاقية الجديدة;"})
  void treaties(String text, String expected) {
    assertThat(render(extract(text), EVENTS)).containsExactlyElementsOf(parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "افتتح مؤتمر المناخ الدولي أعماله; EVENT@6:مؤتمر المناخ الدولي",
      "انطلقت قمة العشرين في المدينة; EVENT@7:قمة العشرين",
      // Quotation marks that the span opens are closed inside it (GOLD.md decision 9).
      "عقد اجتماع \"الحوار الاستراتيجي\" في العاصمة; EVENT@4:اجتماع \"الحوار الاستراتيجي\"",
      "عقد اللقاء في القاعة;"})
  void events(String text, String expected) {
    assertThat(render(extract(text), EVENTS)).containsExactlyElementsOf(parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "عقد اجتماع \"الحوار الاستراتيجي\" الثالث في العاصمة;"
          + " EVENT@4:اجتماع \"الحوار الاستراتيجي\" الثالث"})
  void anOrdinalAfterAQuotedNameIsPartOfTheEvent(String text, String expected) {
    assertThat(render(extract(text), EVENTS)).containsExactlyElementsOf(parse(expected));
  }
}
