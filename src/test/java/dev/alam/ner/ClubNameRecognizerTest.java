package dev.alam.ner;

import static dev.alam.ner.MentionNotation.items;
import static dev.alam.ner.MentionNotation.mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.alam.Alam;
import dev.alam.text.Token;
import dev.alam.text.TokenizedText;
import dev.alam.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Club names after a head noun, again without it, and with a club prefix. Notation: a
 * candidate is {@code TYPE/SOURCE:words[#n]}; several are separated by {@code |}; the expected
 * organisations are given by their words.
 */
class ClubNameRecognizerTest {
  private static final NerResources RESOURCES = NerResources.bundled();
  private static final ClubNameRecognizer STAGE = new ClubNameRecognizer(RESOURCES);

  @ParameterizedTest(name = "[{index}] {0} / {1}")
  @CsvSource(delimiter = ';', value = {
      // The definite word after the head noun, with or without a proclitic on the head.
      "حقق فريق العربي بداية جيدة; ; العربي",
      "هذا يليق باسم نادي الوحدة; ; الوحدة",
      "احتفل اللاعب بنادي الغرافة; ; الغرافة",
      // Not a name: an indefinite word, a common word the counts rule out, an office title,
      // a head at the end of its sentence.
      "هذا فريق كبير; ;",
      "وصل فريق العمل; ;",
      "قال فريق الرئيس; ;",
      "وصل إلى نادي\\n\\nالوحدة فاز; ;",
      // What the model or a grammar found is theirs.
      "وعن فريق الجزيرة أعرب; ORGANIZATION/MODEL:الجزيرة;",
      // Found again elsewhere in the text, where nothing else is.
      "حقق فريق العربي فوزا . وسجل لاعب العربي هدفا; ; العربي#1 | العربي#2",
      "حقق فريق العربي فوزا . وقال العالم العربي; ORGANIZATION/MODEL:العالم العربي; العربي#1",
      // A prefix before a place or a model name: one club.
      "خسر دينامو كييف أمس; LOCATION/MODEL:كييف; دينامو كييف",
      "فاز على ستيوا بوخارست; ORGANIZATION/MODEL:ستيوا | CITY/GAZETTEER:بوخارست;"
          + " ستيوا بوخارست",
      "انتقل إلى ريال مدريد; CITY/GAZETTEER:مدريد | LOCATION/MODEL:مدريد; ريال مدريد",
      // Money, a prefix with nothing after it, a name in the next sentence.
      "دفع مئة ريال قطري; COUNTRY/GAZETTEER:قطري;",
      "خسر دينامو أمس; ;",
      "خسر دينامو\\n\\nكييف فاز; CITY/GAZETTEER:كييف;"})
  void findsClubNames(String text, String earlier, String expected) {
    TokenizedText tokenized = Tokenizer.standard().analyze(text.replace("\\n", "\n"));
    List<Mention> candidates = new ArrayList<>();
    for (String m : items(earlier)) {
      candidates.add(mention(tokenized, m));
    }
    List<Tuple> clubs = new ArrayList<>();
    for (String words : items(expected)) {
      Mention m = mention(tokenized, "ORGANIZATION/GRAMMAR:" + words);
      clubs.add(tuple(m.startToken(), m.endToken()));
    }

    List<Mention> found = STAGE.recognize(tokenized, candidates);

    assertThat(found).extracting(Mention::startToken, Mention::endToken)
        .containsExactlyInAnyOrderElementsOf(clubs);
    assertThat(found).allSatisfy(m -> {
      assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
      assertThat(m.source()).isEqualTo(Source.GRAMMAR);
    });
  }

  @Test
  void aNationalityAdjectiveOfTheLexiconDoesNotHideTheClub() {
    TokenizedText tokenized = Tokenizer.standard().analyze("تعادل فريق القطري مع ضيفه");
    Mention adjective = mention(tokenized, "COUNTRY/GAZETTEER:القطري");
    assertThat(RESOURCES.isNationalityAdjective(tokenized.tokens(), adjective)).isTrue();

    assertThat(STAGE.recognize(tokenized, List.of(adjective)))
        .extracting(Mention::startToken, Mention::endToken)
        .containsExactly(tuple(adjective.startToken(), adjective.endToken()));
  }

  @Test
  void theBarForAClubsNameIsLowerThanForOtherNames() {
    assertThat(mayNameClub("الوحدة")).isTrue(); // a common word, but in names often enough
    assertThat(mayNameClub("الغرافة")).isTrue(); // never seen
    assertThat(mayNameClub("العمل")).isFalse(); // seen often, almost never in a name
    assertThat(mayNameClub("اللاعب")).isFalse();
    assertThat(mayNameClub("الرئيس")).isFalse(); // an office title
    assertThat(mayNameClub("غرافة")).isFalse(); // no article
    assertThat(mayNameClub("التي")).isFalse(); // a function word
  }

  @Test
  void coarseTagsAfterAHeadOrWithAPrefixBecomeOrg() {
    assertThat(retag("حقق فريق العربي بداية", "O O O O")).isEqualTo("O O B-ORG O");
    assertThat(retag("احتفل بنادي الغرافة", "O O O O")).isEqualTo("O O O B-ORG");
    // The model's own tag, a common word and a name that runs on stay as they are.
    assertThat(retag("حقق فريق العربي بداية", "O O B-LOC O")).isEqualTo("O O B-LOC O");
    assertThat(retag("وصل فريق العمل", "O O O")).isEqualTo("O O O");
    assertThat(retag("وصل فريق الشمال الأفريقي", "O O O I-LOC")).isEqualTo("O O O I-LOC");
    // A prefix joins the name after it, whatever the model made of itself.
    assertThat(retag("خسر دينامو كييف أمس", "O O B-LOC O")).isEqualTo("O B-ORG I-ORG O");
    assertThat(retag("خسر ستيوا بوخارست", "O B-LOC B-LOC")).isEqualTo("O B-ORG I-ORG");
    assertThat(retag("خسر ستيوا بوخارست", "O B-ORG B-LOC")).isEqualTo("O B-ORG I-ORG");
    assertThat(retag("خسر ريال مدريد الإسباني", "O B-LOC I-LOC O"))
        .isEqualTo("O B-ORG I-ORG O");
    assertThat(retag("دفع مئة ريال قطري", "O O O O")).isEqualTo("O O O O");
    assertThat(retag("دفع مئة ريال لمحمد", "O O O O B-PERS")).isEqualTo("O O O O B-PERS");
  }

  @Test
  void inNewsTheHeadNounIsLeftOutsideTheClubsName() {
    assertThat(headOutside("مع نادي قطر الذي", "O B-ORG I-ORG O")).isEqualTo("O O B-ORG O");
    assertThat(headOutside("مع فريق ريال مدريد", "O B-ORG I-ORG I-ORG"))
        .isEqualTo("O O B-ORG I-ORG");
    // A head tagged by itself before the name it heads is untagged; a lone head before no
    // name, a head that is not one of a club, another type: unchanged.
    assertThat(headOutside("مع نادي برشلونة", "O B-ORG B-ORG")).isEqualTo("O O B-ORG");
    assertThat(headOutside("مع نادي قطر", "O B-ORG B-LOC")).isEqualTo("O O B-LOC");
    assertThat(headOutside("مع نادي كبير", "O B-ORG O")).isEqualTo("O B-ORG O");
    assertThat(headOutside("مع مجلس الأمن", "O B-ORG I-ORG")).isEqualTo("O B-ORG I-ORG");
    assertThat(headOutside("مع نادي قطر", "O B-LOC I-LOC")).isEqualTo("O B-LOC I-LOC");
    assertThatThrownBy(() -> ClubNameRecognizer.leaveHeadOutside(RESOURCES,
        Tokenizer.standard().tokenize("نادي قطر"), new ArrayList<>(List.of("O"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFacadeLeavesTheHeadOutsideInNewsOnly() {
    List<List<String>> text = List.of(List.of("انتقل", "اللاعب", "إلى", "نادي", "برشلونة"),
        List.of("يلعب", "في", "نادي", "ريال", "مدريد"));
    List<List<String>> news = Alam.builder().build().tagCoarse(text, 10);
    List<List<String>> wiki = Alam.builder().textDomain(dev.alam.model.TextDomain.WIKIPEDIA)
        .build().tagCoarse(text, 10);

    assertThat(news).containsExactly(List.of("O", "O", "O", "O", "B-ORG"),
        List.of("O", "O", "O", "B-ORG", "I-ORG"));
    // The model puts the head inside in Wikipedia text, as AQMAR does, and it stays there.
    assertThat(wiki.get(1)).containsExactly("O", "O", "B-ORG", "I-ORG", "I-ORG");
  }

  @Test
  void aClubNamedAfterItsHeadIsSpreadToItsRecurrencesInTheWindow() {
    List<List<String>> sentences = List.of(
        List.of("حقق", "فريق", "العربي", "فوزا"),
        List.of("وسجل", "لاعب", "العربي", "هدفا"),
        List.of("وفاز", "والعربي", "اليوم"),
        List.of("العربي", "الأول", "."),
        List.of("العربي", "شمعون"));
    List<List<String>> tags = List.of(
        List.of("O", "O", "B-ORG", "O"),
        List.of("O", "O", "O", "O"),
        List.of("O", "O", "O"),
        List.of("O", "I-ORG", "O"),
        List.of("O", "B-PERS"));

    List<List<String>> spread = ClubNameRecognizer.spreadCoarse(RESOURCES, sentences, tags, 3);

    assertThat(spread).containsExactly(
        List.of("O", "O", "B-ORG", "O"),
        List.of("O", "O", "B-ORG", "O"),
        List.of("O", "B-ORG", "O"),
        List.of("O", "I-ORG", "O"), // a name runs on from it: left alone
        List.of("O", "B-PERS")); // beyond the window
    assertThat(tags.get(1)).containsOnly("O");
    assertThat(ClubNameRecognizer.spreadCoarse(RESOURCES, sentences, tags, 0).get(1))
        .containsOnly("O");
    // An ORG that no head noun introduces is label consistency's business, not this rule's.
    assertThat(ClubNameRecognizer.spreadCoarse(RESOURCES,
        List.of(List.of("قال", "العربي"), List.of("العربي")),
        List.of(List.of("O", "B-ORG"), List.of("O")), 1).get(1)).containsExactly("O");
  }

  @Test
  void proclticsBeforeTheArticleAreLeftOutOfTheKey() {
    assertThat(ClubNameRecognizer.withoutProclitic("والعربي")).isEqualTo("العربي");
    assertThat(ClubNameRecognizer.withoutProclitic("بالعربي")).isEqualTo("العربي");
    assertThat(ClubNameRecognizer.withoutProclitic("للعربي")).isEqualTo("العربي");
    assertThat(ClubNameRecognizer.withoutProclitic("العربي")).isEqualTo("العربي");
    assertThat(ClubNameRecognizer.withoutProclitic("والي")).isEqualTo("والي");
  }

  @Test
  void argumentsAreChecked() {
    List<Token> tokens = Tokenizer.standard().tokenize("فريق العربي");
    assertThatThrownBy(() -> ClubNameRecognizer.retagCoarse(RESOURCES, tokens,
        new ArrayList<>(List.of("O")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 tags for 2 tokens");
    assertThatThrownBy(() -> ClubNameRecognizer.spreadCoarse(RESOURCES,
        List.of(List.of("a")), List.of(List.of("O")), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClubNameRecognizer.spreadCoarse(RESOURCES,
        List.of(List.of("a")), List.of(), 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClubNameRecognizer.spreadCoarse(RESOURCES,
        List.of(List.of("a")), List.of(List.of("O", "O")), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ClubNameRecognizer(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void theFacadeReportsTheClubsAndTagsThemOrgInTheCoarseScheme() {
    Alam alam = Alam.builder().build();
    String text = "حقق فريق العربي بداية جيدة . وسجل لاعب العربي هدفا في مرمى دينامو كييف .";

    List<Entity> entities = alam.extract(text).entities();

    assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
        .extracting(Entity::text).containsExactly("العربي", "العربي", "دينامو كييف");
    List<List<String>> sentences = List.of(List.of("حقق", "فريق", "العربي", "بداية"),
        List.of("وسجل", "لاعب", "العربي", "هدفا"));
    assertThat(alam.tagCoarse(sentences, 10)).containsExactly(
        List.of("O", "O", "B-ORG", "O"), List.of("O", "O", "B-ORG", "O"));
  }

  private static boolean mayNameClub(String word) {
    List<Token> tokens = Tokenizer.standard().tokenize(word);
    assertThat(tokens).hasSize(1);
    return RESOURCES.mayNameClub(tokens.get(0));
  }

  private static String headOutside(String text, String tags) {
    return CoarseTags.retag(text, tags,
        (tokens, t) -> ClubNameRecognizer.leaveHeadOutside(RESOURCES, tokens, t));
  }

  private static String retag(String text, String tags) {
    return CoarseTags.retag(text, tags,
        (tokens, t) -> ClubNameRecognizer.retagCoarse(RESOURCES, tokens, t));
  }
}
