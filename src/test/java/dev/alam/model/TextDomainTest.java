package dev.alam.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alam.Alam;
import dev.alam.corpus.Conll;
import dev.alam.text.CorpusSentences;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text domains: a model trained with domain features tags each domain with its own feature
 * copies, and is itself for the domain it was written for; a model trained without them is the
 * same model for every domain.
 */
class TextDomainTest {
  @Test
  void theShippedModelWasTrainedWithDomainFeaturesAndDecodesAsNews() throws IOException {
    Properties settings = new Properties();
    try (InputStream in = NameModel.class.getResourceAsStream(
        NameModel.RESOURCE_DIRECTORY + NameModel.SETTINGS_FILE)) {
      settings.load(in);
    }

    assertThat(settings).containsEntry("domain", TextDomain.NEWS.key());
  }

  @Test
  void theModelsOwnDomainIsTheModelItself() {
    NameModel bundled = NameModel.bundled();
    NameModel wiki = bundled.forDomain(TextDomain.WIKIPEDIA);

    assertThat(bundled.forDomain(TextDomain.NEWS)).isSameAs(bundled);
    assertThat(wiki).isNotSameAs(bundled);
    assertThat(wiki.forDomain(TextDomain.WIKIPEDIA)).isSameAs(wiki);
    assertThat(wiki.outcomes()).isEqualTo(bundled.outcomes());
    assertThat(wiki.clusters()).isSameAs(bundled.clusters());
    assertThatThrownBy(() -> bundled.forDomain(null))
        .isInstanceOf(NullPointerException.class).hasMessage("domain");
  }

  @Test
  void aModelTrainedWithoutDomainFeaturesIsTheSameForEveryDomain() {
    NameModel plain = TinyModel.plain().nameModel();
    NameModel domains = TinyModel.withDomainFeatures().nameModel();

    assertThat(plain.forDomain(TextDomain.NEWS)).isSameAs(plain);
    assertThat(plain.forDomain(TextDomain.WIKIPEDIA)).isSameAs(plain);
    assertThat(domains.forDomain(TextDomain.NEWS)).isSameAs(domains);
    assertThat(domains.forDomain(TextDomain.WIKIPEDIA)).isNotSameAs(domains);
  }

  /**
   * Through the facade: the shipped model tags AQMAR's Wikipedia text otherwise as {@link
   * TextDomain#WIKIPEDIA} than as news; a model written without domain features tags it alike.
   */
  @Test
  void theDomainChangesTheTagsOnlyOfAModelWithDomainFeatures(@TempDir Path dir)
      throws IOException {
    List<List<String>> sentences = Conll.readTokens(
        CorpusSentences.CORPORA.resolve("aqmar/dev.txt")).subList(0, 60);
    TinyModel.plain().write(dir);

    assertThat(Alam.builder().textDomain(TextDomain.WIKIPEDIA).build().tagCoarse(sentences, 0))
        .isNotEqualTo(Alam.builder().textDomain(TextDomain.NEWS).build().tagCoarse(sentences, 0));
    assertThat(Alam.builder().modelDirectory(dir).textDomain(TextDomain.WIKIPEDIA).build()
        .tagCoarse(sentences, 0))
        .isEqualTo(Alam.builder().modelDirectory(dir).build().tagCoarse(sentences, 0));
  }
}
