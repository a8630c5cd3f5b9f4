package dev.alam.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Packaging and content guards for the lexicons bundled under {@code models/gazetteer}. */
class BundledLexiconTest {
  /** Uninhabited territories: no people, so no demonym. */
  private static final Set<String> UNINHABITED = Set.of("AQ", "BV", "GS", "HM", "IO", "TF", "UM");
  /**
   * Inhabited territories (and SB) for which Arabic has no demonym in use; documented in
   * nationalities.tsv.
   */
  private static final Set<String> NO_DEMONYM = Set.of("BL", "BQ", "CK", "CX", "GI", "IM", "MF",
      "MP", "PM", "SB", "SH", "SJ", "SX", "TC", "VG", "VI", "WF");
  /** Territories whose adjectives are far more often common words; nationalities.tsv says why. */
  private static final Set<String> HOMOGRAPH_DEMONYM = Set.of("AX", "EH", "KM", "ML");

  private static final Lexicon LEXICON = Lexicon.bundled();

  @ParameterizedTest
  @EnumSource(LexiconFile.class)
  void everyBundledFileLoadsAndHasEntries(LexiconFile file) {
    assertThat(LexiconReader.readResource(file.resource(), file.columns())).isNotEmpty();
  }

  @Test
  void everyFileInTheModelDirectoryIsAKnownLexiconFileAndDocumented() throws IOException {
    Set<String> known = Arrays.stream(LexiconFile.values()).map(LexiconFile::fileName)
        .collect(Collectors.toSet());
    String readme = Files.readString(Path.of("models/gazetteer/README.md"));
    try (Stream<Path> files = Files.list(Path.of("models/gazetteer"))) {
      List<String> tsv = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".tsv")).sorted().toList();
      assertThat(tsv).containsExactlyInAnyOrderElementsOf(known);
    }
    assertThat(known).allSatisfy(name -> assertThat(readme).contains("`" + name + "`"));
  }

  @Test
  void loadingEveryListIsFast() {
    // Thread CPU time, not wall time: the build machine is shared, and waiting for a core says
    // nothing about the loader. The first load (class loading, interpreter) is excluded.
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    Lexicon.load("bundled", f -> BundledLexiconTest.class.getResourceAsStream(f.resource()));
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long start = cpu.getCurrentThreadCpuTime();
      Lexicon.load("bundled", f -> BundledLexiconTest.class.getResourceAsStream(f.resource()));
      best = Math.min(best, cpu.getCurrentThreadCpuTime() - start);
    }
    assertThat(best / 1_000_000).as("CPU milliseconds to load all lists").isLessThan(200);
  }

  @Test
  void everyIsoCountryHasAName() {
    Set<String> named = LEXICON.countryNames().stream().map(CountryName::code)
        .collect(Collectors.toSet());
    assertThat(IsoCountries.codes()).allSatisfy(code -> assertThat(named).contains(code));
  }

  @Test
  void everyInhabitedIsoCountryHasADemonymExceptTheListedOnes() {
    Set<String> withDemonym = LEXICON.demonyms().stream().map(Demonym::code)
        .collect(Collectors.toSet());
    Set<String> missing = new TreeSet<>(IsoCountries.codes());
    missing.removeAll(withDemonym);
    Set<String> exceptions = new TreeSet<>(UNINHABITED);
    exceptions.addAll(NO_DEMONYM);
    exceptions.addAll(HOMOGRAPH_DEMONYM);
    assertThat(missing).isEqualTo(exceptions);
  }

  @Test
  void codesAreAssignedIsoCodes() {
    List<String> codes = new ArrayList<>();
    LEXICON.countryNames().forEach(n -> codes.add(n.code()));
    LEXICON.demonyms().forEach(d -> codes.add(d.code()));
    LEXICON.cities().forEach(c -> codes.add(c.code()));
    LEXICON.organizations().forEach(o -> o.country().ifPresent(codes::add));
    assertThat(codes).isNotEmpty().allSatisfy(c -> assertThat(IsoCountries.isAssigned(c)).isTrue());
    assertThat(IsoCountries.codes()).hasSize(250).contains("XK");
  }

  @Test
  void everyEntryHasAKey() {
    List<String> texts = new ArrayList<>();
    LEXICON.countryNames().forEach(n -> texts.add(n.name()));
    LEXICON.demonyms().forEach(d -> texts.add(d.form()));
    LEXICON.cities().forEach(c -> texts.add(c.name()));
    LEXICON.places().forEach(p -> texts.add(p.name()));
    LEXICON.organizations().forEach(o -> texts.add(o.name()));
    Stream.of(LEXICON.organizationHeads(), LEXICON.officeTitles(), LEXICON.honorifics(),
        LEXICON.eventHeads(), LEXICON.nameParticles(), LEXICON.reportingVerbs())
        .flatMap(List::stream).forEach(t -> texts.add(t.form()));
    LEXICON.dateWords().forEach(d -> texts.add(d.form()));
    LEXICON.givenNames().forEach(n -> texts.add(n.name()));
    LEXICON.familyNames().forEach(n -> texts.add(n.name()));
    assertThat(texts).allSatisfy(t -> assertThat(Gazetteer.keyOf(t)).isNotEmpty());
  }

  @Test
  void curatedCountryNamesAddSomethingTheGeneratedOnesLack() {
    Map<String, Set<String>> generated = new HashMap<>();
    LEXICON.countryNames().stream().filter(n -> n.kind() == CountryName.Kind.NAME).forEach(
        n -> generated.computeIfAbsent(n.code(), c -> new HashSet<>()).add(key(n.name())));
    Set<String> curated = new HashSet<>();
    List<String> redundant = LEXICON.countryNames().stream()
        .filter(n -> n.kind() != CountryName.Kind.NAME)
        .filter(n -> generated.getOrDefault(n.code(), Set.of()).contains(key(n.name()))
            || !curated.add(n.code() + " " + key(n.name())))
        .map(CountryName::name).toList();
    assertThat(redundant).isEmpty();
  }

  @Test
  void curatedListsHaveNoDuplicateRows() {
    for (LexiconFile file : LexiconFile.values()) {
      List<List<String>> rows = LexiconReader.readResource(file.resource(), file.columns())
          .stream().map(LexiconRow::fields).toList();
      assertThat(new HashSet<>(rows)).as(file.fileName()).hasSameSizeAs(rows);
    }
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "إيران, IR", "أفغانستان, AF", "الولايات المتحدة, US", "أميركا, US", "أمريكا, US",
      "الكيان الصهيوني, IL", "سورية, SY", "سوريا, SY", "بريطانيا, GB", "المملكة المتحدة, GB",
      "روسيا الاتحادية, RU", "كوريا الشمالية, KP", "كوريا الجنوبية, KR",
      "جمهورية الكونغو الديمقراطية, CD", "الكونغو برازافيل, CG", "الصين, CN"})
  void countryGazetteerResolvesNamesAndVariants(String name, String code) {
    Gazetteer<CountryName> g = Gazetteer.of(LEXICON.countryNames(), CountryName::name);
    assertThat(g.get(name)).extracting(CountryName::code).containsOnly(code);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "الإيراني, IR", "الأفغانية, AF", "الروسية, RU", "الصيني, CN", "الأمريكيين, US",
      "الأميركي, US", "البريطانيون, GB", "المصرية, EG", "السعوديين, SA", "الروس, RU",
      "الأفغان, AF", "الأتراك, TR", "الأمريكان, US", "الكوري الشمالي, KP"})
  void demonymGazetteerResolvesNisbaFormsAndBrokenPlurals(String form, String code) {
    Gazetteer<Demonym> g = Gazetteer.of(LEXICON.demonyms(), Demonym::form);
    assertThat(g.get(form)).extracting(Demonym::code).containsOnly(code);
  }

  @Test
  void collectivesThatAreNoCountryAreNotDemonyms() {
    Gazetteer<Demonym> g = Gazetteer.of(LEXICON.demonyms(), Demonym::form);
    assertThat(g.get("العرب")).isEmpty();
    assertThat(g.get("الأكراد")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"كابول, AF, كابول, true", "كابل, AF, كابول, true", "طهران, IR, طهران, true",
      "موسكو, RU, موسكو, true", "بكين, CN, بكين, true", "مزار شريف, AF, مزار شريف, false"})
  void citiesCarryCountryCanonicalNameAndCapitalFlag(String name, String code, String canonical,
      boolean capital) {
    Gazetteer<City> g = Gazetteer.of(LEXICON.cities(), City::name);
    assertThat(g.get(name)).singleElement().satisfies(c -> {
      assertThat(c.code()).isEqualTo(code);
      assertThat(c.canonical()).isEqualTo(canonical);
      assertThat(c.capital()).isEqualTo(capital);
    });
  }

  @Test
  void everyCountryWithANisbaStemAndNoCapitalIsAKnownCase() {
    // Sovereign states without a capital row: city-states (SG, MC, SM, VA) left to the country
    // lists, and IL/PS (see cities.tsv). Territories are not required to have one.
    Set<String> capitals = LEXICON.cities().stream().filter(City::capital).map(City::code)
        .collect(Collectors.toSet());
    Set<String> sovereignSample = Set.of("AF", "IR", "IQ", "SY", "RU", "CN", "US", "GB", "FR",
        "DE", "EG", "SA", "TR", "PK", "IN", "JP", "BR", "NG", "ZA", "KZ", "UZ", "TJ", "KG", "TM");
    assertThat(capitals).containsAll(sovereignSample);
  }

  @Test
  void monthsCoverBothGregorianSeriesAndTheHijriYear() {
    Gazetteer<DateWord> g = Gazetteer.of(LEXICON.dateWords(), DateWord::form);
    assertThat(g.get("تشرين الأول")).extracting(DateWord::kind, DateWord::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DateWord.Kind.GREGORIAN_MONTH, 10));
    assertThat(g.get("أكتوبر")).extracting(DateWord::value).containsExactly(10);
    assertThat(g.get("جانفي")).extracting(DateWord::value).containsExactly(1);
    assertThat(g.get("رمضان")).extracting(DateWord::kind).containsExactly(DateWord.Kind.HIJRI_MONTH);
    assertThat(g.get("الأربعاء")).extracting(DateWord::value).containsExactly(3);
    for (DateWord.Kind kind : List.of(DateWord.Kind.GREGORIAN_MONTH, DateWord.Kind.HIJRI_MONTH)) {
      assertThat(LEXICON.dateWords().stream().filter(d -> d.kind() == kind)
          .map(DateWord::value).collect(Collectors.toSet())).hasSize(12);
    }
  }

  @Test
  void officeTitlesHaveBothGendersAndPluralsForTheMainHeads() {
    Gazetteer<Term> g = Gazetteer.of(LEXICON.officeTitles(), Term::form);
    assertThat(g.get("وزيرة")).extracting(Term::lemma, Term::gender)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("وزير", Gender.FEMININE));
    assertThat(g.get("وزراء")).extracting(Term::number).containsExactly(GrammaticalNumber.PLURAL);
    assertThat(g.get("مستشاري")).extracting(Term::lemma).containsExactly("مستشار");
    assertThat(g.get("المتحدث باسم")).isNotEmpty();
    Gazetteer<Term> honorifics = Gazetteer.of(LEXICON.honorifics(), Term::form);
    assertThat(g.get("السيد")).isEmpty();
    assertThat(honorifics.get("السيد")).isNotEmpty();
  }

  @Test
  void givenNamesKeepGenderAndGainJoinedAbdSpellings() {
    Gazetteer<PersonName> g = Gazetteer.of(LEXICON.givenNames(), PersonName::name);
    assertThat(g.get("عبد الله")).extracting(PersonName::gender).containsExactly(Gender.MASCULINE);
    assertThat(g.get("عبدالله")).extracting(PersonName::gender).containsExactly(Gender.MASCULINE);
    assertThat(g.get("فاطمة")).extracting(PersonName::gender).containsExactly(Gender.FEMININE);
  }

  private static String key(String text) {
    return String.join(" ", Gazetteer.keyOf(text));
  }
}
