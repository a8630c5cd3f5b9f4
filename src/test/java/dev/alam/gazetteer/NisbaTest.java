package dev.alam.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NisbaTest {
  @ParameterizedTest(name = "{0} → {1} ({2} {3}, definite {4})")
  @CsvSource({
      "إيراني, إيراني, MASCULINE, SINGULAR, false",
      "إيراني, الإيراني, MASCULINE, SINGULAR, true",
      "إيراني, الإيرانية, FEMININE, SINGULAR, true",
      "إيراني, إيرانيون, MASCULINE, PLURAL, false",
      "إيراني, الإيرانيين, MASCULINE, PLURAL, true",
      "إيراني, الإيرانيين, MASCULINE, DUAL, true",
      "إيراني, إيرانيات, FEMININE, PLURAL, false",
      "إيراني, إيرانيان, MASCULINE, DUAL, false",
      "إيراني, الإيرانيتين, FEMININE, DUAL, true",
      "أفغاني, الأفغانية, FEMININE, SINGULAR, true",
      "روسي, الروسية, FEMININE, SINGULAR, true",
      "أميركي, الأميركيون, MASCULINE, PLURAL, true",
      "نمساوي, نمساوية, FEMININE, SINGULAR, false",
      "كوري جنوبي, الكورية الجنوبية, FEMININE, SINGULAR, true",
      "كوري جنوبي, كوريون جنوبيون, MASCULINE, PLURAL, false"})
  void derivesEachForm(String stem, String form, Gender gender, GrammaticalNumber number,
      boolean definite) {
    assertThat(Nisba.forms("XK", stem))
        .extracting(Demonym::form, Demonym::gender, Demonym::number, Demonym::definite)
        .contains(tuple(form, gender, number, definite));
  }

  @Test
  void givesEighteenFormsCarryingCodeAndStem() {
    List<Demonym> forms = Nisba.forms("IR", "إيراني");
    assertThat(forms).hasSize(18);
    assertThat(forms).allSatisfy(d -> {
      assertThat(d.code()).isEqualTo("IR");
      assertThat(d.stem()).isEqualTo("إيراني");
      assertThat(d.form().startsWith("ال")).isEqualTo(d.definite());
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"إيرانية", "الإيراني", "روس", "جنوب سوداني", "ي"})
  void rejectsWhatIsNotAStem(String stem) {
    assertThatThrownBy(() -> Nisba.forms("IR", stem))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(stem);
  }

  @Test
  void rejectsUnknownCountryCodes() {
    assertThatThrownBy(() -> Nisba.forms("ZZ", "إيراني"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ZZ");
  }
}
