package dev.alam.ner;

import static dev.alam.EntityTable.extract;
import static dev.alam.EntityTable.parse;
import static dev.alam.EntityTable.render;
import static dev.alam.EntityTable.scope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.alam.Extraction;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Countries, nationality adjectives, cities and places from the lexicons, through the facade:
 * spans leave attached proclitics out and keep the article, every COUNTRY carries its ISO code,
 * and words that only look like names do not fire. Notation: {@link dev.alam.EntityTable}.
 */
class LexiconRecognizerTest {
  private static final Set<EntityType> PLACES =
      scope(EntityType.COUNTRY, EntityType.CITY, EntityType.LOCATION);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // Proclitics و ف ب ل, alone and combined, stay outside; the article stays in.
      "زار الوفد باكستان وأفغانستان; COUNTRY@10:باكستان=PK | COUNTRY@19:أفغانستان=AF",
      "عاد السفير لإيران أمس; COUNTRY@12:إيران=IR",
      "يرتبط الاقتصاد بالصين; COUNTRY@16:الصين=CN",
      "واتصل بإيران وبالصين; COUNTRY@7:إيران=IR | COUNTRY@15:الصين=CN",
      "فالكويت دولة صغيرة; COUNTRY@1:الكويت=KW",
      // ل before the article drops its alef (ل + العراق = للعراق): the article's lam stays in.
      "قدمت الدعم للعراق; COUNTRY@12:لعراق=IQ"})
  void countriesAcrossProclitics(String text, String expected) {
    assertThat(render(extract(text), PLACES)).containsExactlyElementsOf(parse(expected));
  }

  @Test
  void aCountryAfterLamLamIsNormalisedWithItsArticle() {
    Extraction result = extract("قدمت الدعم للعراق وللصين");

    assertThat(result.entities(EntityType.COUNTRY))
        .extracting(Entity::text, Entity::norm, Entity::linkId)
        .containsExactly(tuple("لعراق", "العراق", "IQ"), tuple("لصين", "الصين", "CN"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "وصل الوفد الإيراني; COUNTRY@10:الإيراني=IR",
      "أغلقت الحدود الأفغانية; COUNTRY@13:الأفغانية=AF",
      "هبطت الطائرات الروسية; COUNTRY@14:الروسية=RU",
      "تحدث مع المسؤولين الأمريكيين; COUNTRY@18:الأمريكيين=US",
      "وصل الوفدان المصريان; COUNTRY@12:المصريان=EG",
      "انتقد الخبراء الروس القرار; COUNTRY@14:الروس=RU",
      "وقعت شركة إيرانية عقدا; COUNTRY@10:إيرانية=IR"})
  void nationalityAdjectivesInEveryGenderAndNumberAreCountries(String text, String expected) {
    assertThat(render(extract(text), PLACES)).containsExactlyElementsOf(parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "تحدث عن أميركا; COUNTRY@8:أميركا=US",
      "تحدث عن أمريكا; COUNTRY@8:أمريكا=US",
      "زار الولايات المتحدة; COUNTRY@4:الولايات المتحدة=US",
      "انتقد الكيان الصهيوني; COUNTRY@6:الكيان الصهيوني=IL"})
  void aliasesAndPoliticalReferencesAreCountries(String text, String expected) {
    assertThat(render(extract(text), PLACES)).containsExactlyElementsOf(parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // Both a country and its capital: the country wins.
      "سافر إلى الكويت; COUNTRY@9:الكويت=KW",
      "وصل إلى عمان; COUNTRY@8:عمان=OM",
      "وصل إلى طهران ثم كابول; CITY@8:طهران=IR | CITY@17:كابول=AF",
      "سافر إلى أوروبا; LOCATION@9:أوروبا"})
  void countriesCitiesAndOtherPlacesAreTold(String text, String expected) {
    assertThat(render(extract(text), PLACES)).containsExactlyElementsOf(parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "كيف حالك;", // "how", not Kyiv
      "نشرت صور جديدة;", // "pictures", not Tyre
      "تفاقمت الأزمة المالية;"}) // "financial", not Malian
  void commonWordsThatSpellPlaceNamesDoNotFire(String text, String expected) {
    assertThat(render(extract(text), PLACES)).containsExactlyElementsOf(parse(expected));
  }

  @Test
  void mentionsOfOneCountryShareACluster() {
    Extraction result = extract("زار الوفد الإيراني إيران ثم أفغانستان");

    assertThat(result.entities(EntityType.COUNTRY)).extracting(Entity::cluster)
        .satisfies(c -> {
          assertThat(c.get(0)).isEqualTo(c.get(1));
          assertThat(c.get(2)).isNotEqualTo(c.get(0));
        });
  }
}
