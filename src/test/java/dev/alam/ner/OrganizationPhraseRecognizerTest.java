package dev.alam.ner;

import static dev.alam.EntityTable.extract;
import static dev.alam.EntityTable.parse;
import static dev.alam.EntityTable.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Organisations through the facade: named bodies from the lexicon and the phrase grammar, and
 * generic descriptions that are not mentions. Notation: {@link dev.alam.EntityTable}.
 */
class OrganizationPhraseRecognizerTest {
  private static final Set<EntityType> ORGANIZATIONS = Set.of(EntityType.ORGANIZATION);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "رحبت الحكومة الأفغانية بالقرار; ORGANIZATION@5:الحكومة الأفغانية",
      "أعلنت وزارة الدفاع عن المناورات; ORGANIZATION@6:وزارة الدفاع",
      // A lexicon name extended over the nationality adjective after it.
      "قال الحرس الثوري الإيراني إن الصاروخ أطلق; ORGANIZATION@4:الحرس الثوري الإيراني",
      "انضمت الدولة للاتحاد الأوروبي; ORGANIZATION@14:لاتحاد الأوروبي",
      "هاجم داعش القرية; ORGANIZATION@5:داعش"})
  void namedBodies(String text, String expected) {
    assertThat(render(extract(text), ORGANIZATIONS)).containsExactlyElementsOf(parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "حذر من خطر الجماعات الإرهابية;",
      "اجتمعت الأحزاب السياسية في القاعة;",
      "أعلن التنظيم الإرهابي مسؤوليته عن الهجوم;",
      "رفضت الحكومة الجديدة القرار;"})
  void genericDescriptionsAreNotOrganisations(String text, String expected) {
    assertThat(render(extract(text), ORGANIZATIONS)).containsExactlyElementsOf(parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "أعلنت وزارة الخارجية أن الزيارة ستتم; ORGANIZATION@6:وزارة الخارجية"})
  void theForeignMinistryIsAnOrganisation(String text, String expected) {
    assertThat(render(extract(text), ORGANIZATIONS)).containsExactlyElementsOf(parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {"وقعت شركة إيرانية عقدا مع الحكومة;"})
  void anIndefiniteDescriptionIsNotAnOrganisation(String text, String expected) {
    assertThat(render(extract(text), ORGANIZATIONS)).containsExactlyElementsOf(parse(expected));
  }
}
