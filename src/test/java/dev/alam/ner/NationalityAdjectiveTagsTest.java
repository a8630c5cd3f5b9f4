package dev.alam.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alam.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Coarse tags leave a definite singular nationality adjective standing alone untagged. */
class NationalityAdjectiveTagsTest {
  private static final NerResources RESOURCES = NerResources.bundled();

  @Test
  void aDefiniteSingularAdjectiveAloneIsUntagged() {
    assertThat(retag("اللعب في الفريق الإيفواري .", "O O O B-ORG O"))
        .isEqualTo("O O O O O");
    assertThat(retag("قالت الصحيفة الفرنسية", "O O B-MISC")).isEqualTo("O O O");
    assertThat(retag("قال الكوري الجنوبي", "O B-PERS I-PERS")).isEqualTo("O O O");
  }

  @Test
  void pluralsIndefiniteFormsCountryNamesAndLongerNamesAreKept() {
    assertThat(retag("قال الأمريكيين", "O B-PERS")).isEqualTo("O B-PERS");
    assertThat(retag("قال كينيون", "O B-PERS")).isEqualTo("O B-PERS");
    assertThat(retag("زار السعودية", "O B-LOC")).isEqualTo("O B-LOC");
    assertThat(retag("فاز الأهلي المصري", "O B-ORG I-ORG")).isEqualTo("O B-ORG I-ORG");
    assertThat(retag("فاز الأهلي المصري", "O B-ORG B-ORG")).isEqualTo("O B-ORG O");
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> NationalityAdjectiveTags.retagCoarse(RESOURCES,
        Tokenizer.standard().tokenize("الفرنسي"), new ArrayList<>(List.of("O", "O"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NationalityAdjectiveTags.retagCoarse(null,
        Tokenizer.standard().tokenize("الفرنسي"), new ArrayList<>(List.of("O"))))
        .isInstanceOf(NullPointerException.class);
  }

  private static String retag(String text, String tags) {
    return CoarseTags.retag(text, tags,
        (tokens, t) -> NationalityAdjectiveTags.retagCoarse(RESOURCES, tokens, t));
  }
}
