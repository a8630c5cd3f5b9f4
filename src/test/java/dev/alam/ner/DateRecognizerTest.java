package dev.alam.ner;

import static dev.alam.EntityTable.extract;
import static dev.alam.EntityTable.parse;
import static dev.alam.EntityTable.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Calendar expressions (DATE) through the facade. Notation: {@link dev.alam.EntityTable}. */
class DateRecognizerTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "وصل الوفد يوم الخميس; DATE@14:الخميس",
      "تبدأ الجلسة الأحد المقبل; DATE@12:الأحد",
      // The Levantine and the Gregorian month name joined by a slash are one date.
      "عقد في تشرين الأول/أكتوبر الماضي; DATE@7:تشرين الأول/أكتوبر",
      "ولد في 23 أكتوبر 2019 في القاهرة; DATE@7:23 أكتوبر 2019",
      "في ٢٣ أكتوبر ٢٠١٩ وصل; DATE@3:٢٣ أكتوبر ٢٠١٩",
      "في يناير الماضي; DATE@3:يناير",
      "يصوم الناس في شهر رمضان; DATE@18:رمضان"})
  void weekdaysAndMonthsWithTheirDayAndYear(String text, String expected) {
    assertThat(render(extract(text), Set.of(EntityType.DATE)))
        .containsExactlyElementsOf(parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "وصل في 5 مارس; DATE@7:5 مارس",
      "جرت الانتخابات في مارس 2021; DATE@18:مارس 2021",
      "مارس الرياضي هوايته;"}) // "he practised": a verb, not March
  void aMonthThatIsAlsoAVerbNeedsANumberNextToIt(String text, String expected) {
    assertThat(render(extract(text), Set.of(EntityType.DATE)))
        .containsExactlyElementsOf(parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "صدر القرار بتاريخ 2019/10/23; DATE@18:2019/10/23",
      "نشر في 15-03-2020; DATE@7:15-03-2020",
      "الرقم 2019/13/40 خاطئ;"}) // no month 13
  void numericDates(String text, String expected) {
    assertThat(render(extract(text), Set.of(EntityType.DATE)))
        .containsExactlyElementsOf(parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {"وصل اليوم وغادر أمس;"})
  void relativeDaysAreNotDates(String text, String expected) {
    assertThat(render(extract(text), Set.of(EntityType.DATE)))
        .containsExactlyElementsOf(parse(expected));
  }
}
