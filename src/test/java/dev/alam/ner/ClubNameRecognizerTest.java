package dev.alam.ner;

import static dev.alam.ner.MentionNotation.mention;
import static dev.alam.ner.MentionNotation.mentions;
import static dev.alam.ner.MentionNotation.ranges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alam.Alam;
import dev.alam.text.Token;
import dev.alam.text.TokenizedText;
import dev.alam.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
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
      // The definite word after the head noun, near a sports word, with or without a proclitic
      // on the head; an adjective of relation after it belongs to the name.
      "حقق فريق العربي بداية جيدة في الدوري; ; العربي",
      "وفي المباراة . هذا يليق باسم نادي الوحدة; ; الوحدة",
      "احتفل اللاعب بنادي الغرافة; ; الغرافة",
      "يبحث فريق الوداد البيضاوي عن الفوز; ; الوداد البيضاوي",
      "فاز فريق الأهلي المصري في المباراة; COUNTRY/GAZETTEER:المصري; الأهلي",
      // Not a name: an indefinite word, a common word the counts rule out, an office title, a
      // plural, a head at the end of its sentence, a nationality adjective.
      "هذا فريق كبير في الدوري; ;",
      "وصل فريق العمل إلى الملعب; ;",
      "قال فريق الرئيس بعد المباراة; ;",
      "وصل فريق المفتشين إلى الملعب; ;",
      "وصل إلى نادي\\n\\nالوحدة فاز في المباراة; ;",
      "تعادل فريق القطري في المباراة; COUNTRY/GAZETTEER:القطري;",
      // Far from any sports word, a head noun is not a club's: a legal team, a rescue team.
      "قال فريق الدفاع عن المتهم إن المحكمة أخطأت; ;",
      "وصل فريق الإنقاذ إلى القرية; ;",
      // What the model or a grammar found is theirs.
      "وعن فريق الجزيرة أعرب اللاعب; ORGANIZATION/MODEL:الجزيرة;",
      // Found again within the window, where nothing else is and not as an adjective.
      "حقق فريق العربي فوزا . وسجل لاعب العربي هدفا; ; العربي#1 | العربي#2",
      "حقق فريق العربي فوزا في المباراة . وقال العالم العربي;"
          + " ORGANIZATION/MODEL:العالم العربي; العربي#1",
      "حقق فريق العربي فوزا في المباراة . وتحدث عن الأدب العربي; ; العربي#1",
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
    List<Mention> found = STAGE.recognize(tokenized, mentions(tokenized, earlier));

    assertThat(found).extracting(Mention::startToken, Mention::endToken)
        .containsExactlyInAnyOrderElementsOf(ranges(tokenized, expected));
    assertThat(found).allSatisfy(m -> {
      assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
      assertThat(m.source()).isEqualTo(Source.GRAMMAR);
    });
  }

  @Test
  void aNameIsFoundAgainOnlyWithinTheWindow() {
    StringBuilder text = new StringBuilder("حقق فريق العربي فوزا في الدوري .");
    for (int i = 1; i < ClubNameRecognizer.WINDOW; i++) {
      text.append("\n\nوقال المتحدث إن الجو حار .");
    }
    text.append("\n\nوسجل لاعب العربي هدفا .\n\nوسجل حارس العربي هدفا .");
    TokenizedText tokenized = Tokenizer.standard().analyze(text.toString());

    List<Mention> found = STAGE.recognize(tokenized, List.of());

    // the head's name, then again WINDOW sentences after it, and not one sentence further
    assertThat(found).extracting(m -> tokenized.text().substring(
        tokenized.tokens().get(m.startToken()).start(),
        tokenized.tokens().get(m.endToken() - 1).end())).containsExactly("العربي", "العربي");
    assertThat(found.get(1).startToken()).isLessThan(tokenized.tokens().size() - 6);
    assertThat(found.get(1).confidence()).isEqualTo(ClubNameRecognizer.CONFIDENCE_AGAIN);
  }

  @Test
  void aPrefixLooksUpTheNameAfterItOnceForAllPrefixes() {
    // Many prefixes and many candidates: each prefix finds the name that starts after it.
    String unit = "خسر دينامو كييف . ";
    TokenizedText tokenized = Tokenizer.standard().analyze(unit.repeat(200));
    List<Mention> places = new ArrayList<>();
    for (int n = 1; n <= 200; n++) {
      places.add(mention(tokenized, "LOCATION/MODEL:كييف#" + n));
    }

    List<Mention> found = STAGE.recognize(tokenized, places);

    assertThat(found).hasSize(200).allSatisfy(m -> assertThat(m.length()).isEqualTo(2));
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
    assertThat(mayNameClub("المفتشين")).isFalse(); // a sound plural
    assertThat(mayNameClub("الجديد")).isFalse(); // a descriptive adjective
    assertThat(mayNameClub("العربي")).isTrue(); // an adjective that names clubs
  }

  @Test
  void anAdjectiveOfRelationContinuesTheNameButANationalityAdjectiveDoesNot() {
    assertThat(continues("الوداد البيضاوي", 1)).isTrue();
    assertThat(continues("المولودية الوجدية", 1)).isTrue();
    assertThat(continues("الأهلي المصري", 1)).isFalse(); // the lexicon's
    assertThat(continues("الأهلي الثاني", 1)).isFalse(); // a phrase word
    assertThat(continues("الأهلي الفريق", 1)).isFalse(); // not an adjective of relation
    assertThat(continues("الأهلي بيضاوي", 1)).isFalse(); // indefinite
  }

  @Test
  void coarseTagsAfterAHeadOrWithAPrefixBecomeOrg() {
    assertThat(retag("حقق فريق العربي بداية", "O O O O")).isEqualTo("O O B-ORG O");
    assertThat(retag("احتفل بنادي الغرافة", "O O O O")).isEqualTo("O O O B-ORG");
    assertThat(retag("يبحث فريق الوداد البيضاوي", "O O O O")).isEqualTo("O O B-ORG I-ORG");
    // Wikipedia's convention: the head inside.
    assertThat(retagWiki("حقق فريق العربي بداية", "O O O O")).isEqualTo("O B-ORG I-ORG O");
    // No sports word near: nothing.
    assertThat(CoarseTags.retag("حقق فريق العربي بداية", "O O O O", (tokens, t) ->
        ClubNameRecognizer.retagCoarse(RESOURCES, tokens, t, false, false)))
        .isEqualTo("O O O O");
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
  void sportsWordsAreLookedForAroundEachSentence() {
    List<List<String>> text = new ArrayList<>();
    text.add(List.of("وانتهت", "بالمباراة"));
    for (int i = 0; i < ClubNameRecognizer.SPORT_WINDOW + 1; i++) {
      text.add(List.of("قال", "المتحدث"));
    }
    boolean[] near = ClubNameRecognizer.sportContext(RESOURCES, text);

    assertThat(near).hasSize(text.size());
    for (int s = 0; s < text.size(); s++) {
      assertThat(near[s]).as("sentence %d", s).isEqualTo(s <= ClubNameRecognizer.SPORT_WINDOW);
    }
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
  void aClubsWordIsNotSpreadWhereItIsAnAdjective() {
    List<List<String>> sentences = List.of(List.of("حقق", "فريق", "العربي", "فوزا"),
        List.of("في", "الأدب", "العربي"), List.of("وفي", "والأدب", "العربي"));
    List<List<String>> tags = List.of(List.of("O", "O", "B-ORG", "O"), List.of("O", "O", "O"),
        List.of("O", "O", "O"));

    assertThat(ClubNameRecognizer.spreadCoarse(RESOURCES, sentences, tags, 2).subList(1, 3))
        .containsExactly(List.of("O", "O", "O"), List.of("O", "O", "O"));
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
        new ArrayList<>(List.of("O")), true, false)).isInstanceOf(IllegalArgumentException.class)
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

  private static boolean continues(String text, int i) {
    return RESOURCES.continuesClubName(Tokenizer.standard().tokenize(text), i);
  }

  private static String retag(String text, String tags) {
    return CoarseTags.retag(text, tags,
        (tokens, t) -> ClubNameRecognizer.retagCoarse(RESOURCES, tokens, t, true, false));
  }

  private static String retagWiki(String text, String tags) {
    return CoarseTags.retag(text, tags,
        (tokens, t) -> ClubNameRecognizer.retagCoarse(RESOURCES, tokens, t, true, true));
  }
}
