package dev.alam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.alam.ner.Entity;
import dev.alam.ner.EntityType;
import dev.alam.ner.Mention;
import dev.alam.ner.Recognizer;
import dev.alam.ner.Source;
import dev.alam.text.CorpusSentences;
import dev.alam.text.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The facade's contract: errors, empty and non-Arabic input, the builder, custom stages. */
class AlamTest {
  private static final Alam ALAM = Alam.builder().build();
  private static final String MINISTER = "قال وزير الخارجية الأمريكي إن الوضع صعب";

  @Test
  void nullTextIsRejectedByName() {
    assertThatThrownBy(() -> ALAM.extract(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {
      "", " ", "  \n\t \r\n", "\u00A0\u2029\u3000", "The minister met the ambassador in Kabul.",
      "0123456789 ٠١٢٣٤٥٦٧٨٩ ۱۲۳ 3.14 1,000", "\uD83D\uDE00\uD83D\uDC4D\uD83C\uDFFD\u2764\uFE0F",
      "\uD83C\uDDEE\uD83C\uDDF7 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\u200F\u200E\u061C"})
  void textWithoutArabicWordsHasNoEntities(String text) {
    Extraction result = ALAM.extract(text);

    EntityInvariants.check(text, result);
    assertThat(result.entities()).isEmpty();
    assertThat(result.clusters()).isEmpty();
    assertThat(result.relations()).isEmpty();
  }

  @Test
  void theEmptyTextHasNoTokensEither() {
    Extraction result = ALAM.extract("");

    EntityInvariants.check("", result);
    assertThat(result.text()).isEmpty();
    assertThat(result.tokens()).isEmpty();
    assertThat(result.sentences()).isEmpty();
  }

  @Test
  void entitiesOfATypeNeedsAType() {
    assertThatThrownBy(() -> ALAM.extract(MINISTER).entities(null))
        .isInstanceOf(NullPointerException.class).hasMessage("type");
  }

  @Test
  void emptyTypesAreRejected() {
    assertThatThrownBy(() -> Alam.builder().types(Set.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("types");
    assertThatThrownBy(() -> Alam.builder().types(null))
        .isInstanceOf(NullPointerException.class).hasMessage("types");
    Set<EntityType> withNull = new HashSet<>();
    withNull.add(EntityType.PERSON);
    withNull.add(null);
    assertThatThrownBy(() -> Alam.builder().types(withNull))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("types");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(doubles = {Double.NaN, -1, 2, -0.0001, 1.0001, Double.POSITIVE_INFINITY})
  void aConfidenceThresholdOutsideZeroToOneIsRejectedWithTheValue(double threshold) {
    assertThatThrownBy(() -> Alam.builder().minConfidence(threshold))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(threshold));
  }

  @Test
  void aModelDirectoryWithTheModelSwitchedOffIsAConflict(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) {
    Alam.Builder builder = Alam.builder().modelDirectory(dir).statisticalModel(false);
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("model directory");
  }

  @Test
  void aNullRecognizerIsRejectedByName() {
    assertThatThrownBy(() -> Alam.builder().addRecognizer(null))
        .isInstanceOf(NullPointerException.class).hasMessage("recognizer");
  }

  @Test
  void typesFilterWhatIsReportedNotWhatIsRecognised() {
    Alam offices = Alam.builder().types(EnumSet.of(EntityType.OFFICE)).build();
    Extraction result = offices.extract(MINISTER);

    EntityInvariants.check(MINISTER, result);
    assertThat(offices.types()).containsExactly(EntityType.OFFICE);
    // The office still takes in the nationality adjective, which is not reported.
    assertThat(result.entities()).extracting(Entity::type, Entity::text)
        .containsExactly(tuple(EntityType.OFFICE, "وزير الخارجية الأمريكي"));
    assertThat(result.relations()).isEmpty();

    Extraction countries = Alam.builder().types(EnumSet.of(EntityType.COUNTRY)).build()
        .extract(MINISTER);
    EntityInvariants.check(MINISTER, countries);
    assertThat(countries.entities()).extracting(Entity::type, Entity::text, Entity::linkId)
        .containsExactly(tuple(EntityType.COUNTRY, "الأمريكي", "US"));
  }

  @Test
  void theDefaultReportsEveryTypeAndTheTypesAreUnmodifiable() {
    assertThat(ALAM.types()).containsExactlyInAnyOrder(EntityType.values());
    assertThatThrownBy(() -> ALAM.types().remove(EntityType.PERSON))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aConfidenceThresholdDropsWeakCandidates() {
    String text = "وقال الرئيس إن وزير الخارجية الأمريكي وصل";
    // A bare definite title is an office of lower confidence than a title with its chain.
    Extraction all = ALAM.extract(text);
    EntityInvariants.check(text, all);
    assertThat(all.entities(EntityType.OFFICE)).extracting(Entity::text)
        .containsExactly("الرئيس", "وزير الخارجية الأمريكي");

    Extraction strict = Alam.builder().minConfidence(0.7).build().extract(text);
    EntityInvariants.check(text, strict);
    assertThat(strict.entities(EntityType.OFFICE)).extracting(Entity::text)
        .containsExactly("وزير الخارجية الأمريكي");
    assertThat(strict.entities())
        .allSatisfy(e -> assertThat(e.confidence()).isGreaterThanOrEqualTo(0.7));
  }

  @Test
  void changingTheBuilderLaterDoesNotChangeWhatItBuilt() {
    Alam.Builder builder = Alam.builder().types(EnumSet.of(EntityType.COUNTRY));
    Alam countries = builder.build();
    builder.types(EnumSet.of(EntityType.OFFICE)).minConfidence(1)
        .addRecognizer((text, earlier) -> List.of(
            new Mention(EntityType.PERSON, 0, 1, null, 1, Source.MODEL)));

    assertThat(countries.types()).containsExactly(EntityType.COUNTRY);
    Extraction result = countries.extract(MINISTER);
    EntityInvariants.check(MINISTER, result);
    assertThat(result.entities()).extracting(Entity::text).containsExactly("الأمريكي");
  }

  /** Marks every Latin word "Zitco" as an organisation; stateless. */
  private static final Recognizer ZITCO = (text, earlier) -> {
    List<Mention> out = new ArrayList<>();
    List<Token> tokens = text.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).text().equals("Zitco")) {
        out.add(new Mention(EntityType.ORGANIZATION, i, i + 1, null, 0.7, Source.MODEL));
      }
    }
    return out;
  };

  @Test
  void aCustomRecognizerIsMergedWithTheBundledOnes() {
    String text = "وقعت Zitco عقدا مع الحكومة الأفغانية";
    Alam custom = Alam.builder().addRecognizer(ZITCO).build();
    Extraction result = custom.extract(text);

    EntityInvariants.check(text, result);
    assertThat(result.entities()).extracting(Entity::type, Entity::start, Entity::text,
        Entity::source).containsExactly(
            tuple(EntityType.ORGANIZATION, 5, "Zitco", Source.MODEL),
            tuple(EntityType.ORGANIZATION, 19, "الحكومة الأفغانية", Source.GRAMMAR),
            tuple(EntityType.COUNTRY, 27, "الأفغانية", Source.GAZETTEER));
    Extraction bundledOnly = ALAM.extract(text);
    EntityInvariants.check(text, bundledOnly);
    assertThat(bundledOnly.entities(EntityType.ORGANIZATION)).extracting(Entity::text)
        .containsExactly("الحكومة الأفغانية");
  }

  @Test
  void aCustomRecognizerSeesTheBundledCandidatesAndLosesConflictsToThem() {
    AtomicReference<List<Mention>> seen = new AtomicReference<>();
    // A model PERSON over "مع الحكومة الأفغانية" would contain an organisation and a country.
    Recognizer greedy = (text, earlier) -> {
      seen.set(List.copyOf(earlier));
      return List.of(new Mention(EntityType.PERSON, 3, 6, null, 1, Source.MODEL));
    };
    String text = "وقعت الشركة عقدا مع الحكومة الأفغانية";
    Extraction result = Alam.builder().addRecognizer(greedy).build().extract(text);

    EntityInvariants.check(text, result);
    assertThat(seen.get()).extracting(Mention::type)
        .contains(EntityType.COUNTRY, EntityType.ORGANIZATION);
    assertThat(result.entities()).extracting(Entity::type, Entity::text).containsExactly(
        tuple(EntityType.ORGANIZATION, "الحكومة الأفغانية"),
        tuple(EntityType.COUNTRY, "الأفغانية"));
  }

  @Test
  void aRecognizerThatReturnsAMentionPastTheTextIsReported() {
    Alam broken = Alam.builder().addRecognizer((text, earlier) -> List.of(
        new Mention(EntityType.MISC, 0, text.tokens().size() + 1, null, 1, Source.MODEL)))
        .build();

    assertThatThrownBy(() -> broken.extract("زار إيران"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("past the last token");
  }

  @Test
  void resultsAreDeterministic() {
    String text = String.join("\n", CorpusSentences.lines(CorpusSentences.SEED));
    Extraction first = ALAM.extract(text);
    Extraction again = ALAM.extract(new String(text.toCharArray()));
    Extraction fresh = Alam.builder().build().extract(text);
    EntityInvariants.check(text, first);

    for (Extraction other : List.of(again, fresh)) {
      assertThat(other.entities()).isEqualTo(first.entities());
      assertThat(other.clusters()).isEqualTo(first.clusters());
      assertThat(other.relations()).isEqualTo(first.relations());
      assertThat(other.tokens()).isEqualTo(first.tokens());
      assertThat(other.sentences()).isEqualTo(first.sentences());
    }
  }

  @Test
  void aResultDoesNotDependOnTheCallBeforeIt() {
    String text = "قال منصور إن الزيارة ناجحة";
    Extraction alone = Alam.builder().build().extract(text);
    ALAM.extract("وصل السيد خالد منصور إلى المطار");
    Extraction afterAFullName = ALAM.extract(text);
    EntityInvariants.check(text, afterAFullName);

    // The full name of the call before must not make the surname a coreferent person here:
    // whatever the model finds in this text alone, the result is the same after that call.
    assertThat(afterAFullName.entities()).isEqualTo(alone.entities());
    assertThat(afterAFullName.entities()).noneMatch(e -> e.source() == Source.COREFERENCE);
  }
}
