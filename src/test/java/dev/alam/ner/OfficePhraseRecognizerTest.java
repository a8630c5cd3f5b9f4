package dev.alam.ner;

import static dev.alam.EntityTable.extract;
import static dev.alam.EntityTable.parse;
import static dev.alam.EntityTable.render;
import static dev.alam.EntityTable.scope;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The office grammar through the facade, with what nests in an office: its organisation, its
 * country and places. Notation: {@link dev.alam.EntityTable}.
 */
class OfficePhraseRecognizerTest {
  private static final Set<EntityType> OFFICES = scope(EntityType.OFFICE,
      EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.CITY);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // The three offices of ANNOTATION.md, in sentences of our own.
      "استقبل أمين المجلس الأعلى للأمن القومي الإيراني الوفد; OFFICE@7:أمين المجلس الأعلى للأمن"
          + " القومي الإيراني | ORGANIZATION@12:المجلس الأعلى للأمن القومي الإيراني"
          + " | COUNTRY@39:الإيراني=IR",
      "وصل أمين مجلس الأمن القومي الروسي إلى بكين; OFFICE@4:أمين مجلس الأمن القومي الروسي"
          + " | ORGANIZATION@9:مجلس الأمن القومي الروسي | COUNTRY@27:الروسي=RU | CITY@38:بكين=CN",
      "التقى وزير الأمن القومي الصيني بالوفد; OFFICE@6:وزير الأمن القومي الصيني"
          + " | COUNTRY@24:الصيني=CN"})
  void theGuidelinesOffices(String text, String expected) {
    assertThat(render(extract(text), OFFICES)).containsExactlyElementsOf(parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "قال وزير الخارجية الأمريكي إن المحادثات مستمرة; OFFICE@4:وزير الخارجية الأمريكي"
          + " | COUNTRY@18:الأمريكي=US",
      // Construct with a country name, and a feminine title.
      "وصل وزير خارجية إيران إلى المدينة; OFFICE@4:وزير خارجية إيران | COUNTRY@16:إيران=IR",
      "قالت وزيرة الخارجية الألمانية إن الحل قريب; OFFICE@5:وزيرة الخارجية الألمانية"
          + " | COUNTRY@20:الألمانية=DE",
      // A deputy's office contains the office it is deputy to.
      "حضر نائب رئيس الجمهورية الاجتماع; OFFICE@4:نائب رئيس الجمهورية"
          + " | OFFICE@9:رئيس الجمهورية",
      "قال المتحدث باسم وزارة الدفاع إن المناورات انتهت; OFFICE@4:المتحدث باسم وزارة الدفاع"
          + " | ORGANIZATION@17:وزارة الدفاع",
      // ل + الأمم = للأمم: the organisation keeps the article's lam.
      "دعا الأمين العام للأمم المتحدة إلى الهدوء; OFFICE@4:الأمين العام للأمم المتحدة"
          + " | ORGANIZATION@18:لأمم المتحدة",
      "زار قائد الحرس الثوري الإيراني الجبهة; OFFICE@4:قائد الحرس الثوري الإيراني"
          + " | ORGANIZATION@9:الحرس الثوري الإيراني | COUNTRY@22:الإيراني=IR",
      "استقبل رئيس بلدية نابلس الوفد; OFFICE@7:رئيس بلدية نابلس | ORGANIZATION@12:بلدية نابلس"
          + " | CITY@18:نابلس=PS",
      // A prepositional phrase is not part of the office (GOLD.md decision 3).
      "وصل سفير فرنسا لدى لبنان; OFFICE@4:سفير فرنسا | COUNTRY@9:فرنسا=FR"
          + " | COUNTRY@19:لبنان=LB",
      // A plural title with a complement names a position (GOLD.md decision 1).
      "اجتمع وزراء الدفاع في القاعة; OFFICE@6:وزراء الدفاع"})
  void titlesWithTheirChain(String text, String expected) {
    assertThat(render(extract(text), OFFICES)).containsExactlyElementsOf(parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "وقال الرئيس إن الوضع صعب; OFFICE@5:الرئيس",
      "اجتمع الوزراء في القاعة;",
      "لم يحضر أي وزير.;",
      "التقى محمد أمين بأصدقائه في المدينة;"}) // أمين continues a name here
  void bareTitles(String text, String expected) {
    assertThat(render(extract(text), OFFICES)).containsExactlyElementsOf(parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "قال رئيس الوزراء العراقي إن الوضع صعب; OFFICE@4:رئيس الوزراء العراقي"
          + " | COUNTRY@17:العراقي=IQ"})
  void aPluralComplementIsNotAnOfficeOfItsOwn(String text, String expected) {
    assertThat(render(extract(text), OFFICES)).containsExactlyElementsOf(parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "قال رئيس الوزراء للصحفيين إن الوضع صعب; OFFICE@4:رئيس الوزراء"})
  void theAddresseeOfASpeechVerbIsNotPartOfTheOffice(String text, String expected) {
    assertThat(render(extract(text), OFFICES)).containsExactlyElementsOf(parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "التقى خالد منصور وزير الدفاع الأردني; OFFICE@17:وزير الدفاع الأردني"
          + " | COUNTRY@29:الأردني=JO"})
  void anOfficeRightAfterANameIsStillAnOffice(String text, String expected) {
    assertThat(render(extract(text), OFFICES)).containsExactlyElementsOf(parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "قال المتحدث باسم وزارة الخارجية إن البيان صحيح; OFFICE@4:المتحدث باسم وزارة الخارجية"
          + " | ORGANIZATION@17:وزارة الخارجية"})
  void theForeignMinistryNestsInItsSpokesmansOffice(String text, String expected) {
    assertThat(render(extract(text), OFFICES)).containsExactlyElementsOf(parse(expected));
  }
}
