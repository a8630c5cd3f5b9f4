package dev.alam.ner;

import dev.alam.gazetteer.City;
import dev.alam.gazetteer.CountryName;
import dev.alam.gazetteer.DateWord;
import dev.alam.gazetteer.Demonym;
import dev.alam.gazetteer.Gazetteer;
import dev.alam.gazetteer.Gender;
import dev.alam.gazetteer.GrammaticalNumber;
import dev.alam.gazetteer.Lexicon;
import dev.alam.gazetteer.Organization;
import dev.alam.gazetteer.PersonName;
import dev.alam.gazetteer.Place;
import dev.alam.gazetteer.TaggedWord;
import dev.alam.gazetteer.Term;
import dev.alam.text.NormalizationRule;
import dev.alam.text.Normalizer;
import dev.alam.text.ProcliticSegmenter;
import dev.alam.text.Vocabulary;
import dev.alam.text.Token;
import dev.alam.text.TokenKind;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Everything the bundled recognisers look words up in, built once from a {@link Lexicon} and a
 * {@link NameEvidence} table: gazetteers over normalised token sequences and word sets.
 *
 * <p>Two keys are used for single words: the token's {@link Token#norm() normal form}, and its
 * <em>light form</em> (diacritics, tatweel and format controls removed, letters kept), for the
 * few decisions that hang on a letter the normal form unifies: the name {@code علي} is not the
 * preposition {@code على}.
 *
 * <p>Immutable and thread-safe.
 */
public final class NerResources {
  private static final Normalizer LIGHT = Normalizer.of(EnumSet.of(
      NormalizationRule.PRESENTATION_FORMS, NormalizationRule.DIACRITICS,
      NormalizationRule.TATWEEL, NormalizationRule.FORMAT_CONTROLS));
  private static final Normalizer NORM = Normalizer.standard();
  private static volatile NerResources bundled;

  final Gazetteer<CountryName> countries;
  final Gazetteer<Demonym> demonyms;
  final Gazetteer<City> cities;
  final Gazetteer<Place> places;
  final Gazetteer<Organization> organizations;
  final Gazetteer<Term> organizationHeads;
  final Gazetteer<Term> officeTitles;
  final Gazetteer<Term> eventHeads;
  final Gazetteer<DateWord> dates;
  final Set<String> honorifics;
  final Set<String> particles;
  final Set<String> reportingVerbs;
  final Set<String> givenNamesLight;
  final Set<String> familyNames;
  /** Light forms of function words, mapped to their class. */
  final Map<String, String> functionWords;
  /** Normal forms of phrase words, mapped to their role. */
  final Map<String, String> phraseWords;
  /** Normal forms of the words that mark a club's name, mapped to their role. */
  final Map<String, String> clubWords;
  final NameEvidence evidence;
  private final Lexicon lexicon;
  private final Vocabulary vocabulary;

  /**
   * Builds the resources.
   *
   * @throws NullPointerException if an argument is null
   */
  public NerResources(Lexicon lexicon, NameEvidence evidence) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.evidence = Objects.requireNonNull(evidence, "evidence");
    countries = Gazetteer.of(names(lexicon.countryNames(), CountryName::name), CountryName::name);
    demonyms = Gazetteer.of(lexicon.demonyms(), Demonym::form);
    cities = Gazetteer.of(names(lexicon.cities(), City::name), City::name);
    places = Gazetteer.of(names(lexicon.places(), Place::name), Place::name);
    organizations = Gazetteer.of(names(lexicon.organizations(), Organization::name),
        Organization::name);
    organizationHeads = Gazetteer.of(lexicon.organizationHeads(), Term::form);
    officeTitles = Gazetteer.of(lexicon.officeTitles(), Term::form);
    eventHeads = Gazetteer.of(lexicon.eventHeads(), Term::form);
    dates = Gazetteer.of(lexicon.dateWords(), DateWord::form);
    honorifics = normSet(lexicon.honorifics(), Term::form);
    particles = normSet(lexicon.nameParticles(), Term::form);
    reportingVerbs = normSet(lexicon.reportingVerbs(), Term::form);
    givenNamesLight = new HashSet<>();
    for (PersonName n : lexicon.givenNames()) {
      givenNamesLight.add(LIGHT.normalizeToString(n.name()));
    }
    familyNames = normSet(lexicon.familyNames(), PersonName::name);
    Map<String, String> function = new HashMap<>();
    for (TaggedWord w : lexicon.functionWords()) {
      function.putIfAbsent(LIGHT.normalizeToString(w.form()), w.tag());
    }
    functionWords = Map.copyOf(function);
    Map<String, String> phrase = new HashMap<>();
    for (TaggedWord w : lexicon.phraseWords()) {
      phrase.putIfAbsent(NORM.normalizeToString(w.form()), w.tag());
    }
    phraseWords = Map.copyOf(phrase);
    Map<String, String> club = new HashMap<>();
    for (TaggedWord w : lexicon.clubWords()) {
      club.putIfAbsent(NORM.normalizeToString(w.form()), w.tag());
    }
    clubWords = Map.copyOf(club);
    // Last: bundled() loads the vocabulary on another thread while the gazetteers are built.
    this.vocabulary = ProcliticSegmenter.standard().vocabulary();
  }

  /**
   * Returns the resources of the bundled lexicons and name evidence, built on first use.
   *
   * @throws IllegalStateException if a bundled resource is missing or corrupt, naming it
   */
  public static NerResources bundled() {
    NerResources r = bundled;
    if (r == null) {
      synchronized (NerResources.class) {
        r = bundled;
        if (r == null) {
          // The vocabulary, a third of the load, needs nothing else: load it meanwhile. If that
          // fails, the constructor's own call to ProcliticSegmenter.standard() reports it.
          CompletableFuture.runAsync(ProcliticSegmenter::standard);
          bundled = r = new NerResources(Lexicon.bundled(), NameEvidence.bundled());
        }
      }
    }
    return r;
  }

  /**
   * The entries whose names are not common words: a one-word name that the annotated corpora
   * saw often (15 times or more) and rarely inside a name (under a fifth of the time) is a
   * homograph of a common word ({@code كيف} "how" and Kyiv, {@code صور} "pictures" and Tyre,
   * {@code العين} "the eye" and Al Ain) and is left out. Nationality adjectives are not
   * filtered this way, because the corpora do not tag them.
   */
  private <T> List<T> names(List<T> entries, Function<T, String> name) {
    List<T> kept = new java.util.ArrayList<>(entries.size());
    for (T entry : entries) {
      List<String> key = Gazetteer.keyOf(name.apply(entry));
      if (key.size() == 1) {
        int total = evidence.total(key.get(0));
        if (total >= 15 && evidence.inAnyName(key.get(0)) * 5 < total) {
          continue;
        }
      }
      kept.add(entry);
    }
    return kept;
  }

  private static <T> Set<String> normSet(List<T> items, Function<T, String> form) {
    Set<String> out = new HashSet<>();
    for (T item : items) {
      out.add(NORM.normalizeToString(form.apply(item)));
    }
    return Set.copyOf(out);
  }

  // ---- Word tests shared by the grammars ----------------------------------------------------

  /** The light form of a token: diacritics, tatweel and format controls removed. */
  static String light(Token t) {
    return LIGHT.normalizeToString(t.text());
  }

  static boolean isArabicWord(Token t) {
    return t.kind() == TokenKind.ARABIC_WORD;
  }

  /** A word with the article: its normal form starts with ال and has at least two more letters. */
  static boolean isDefinite(Token t) {
    String n = t.norm();
    return t.kind() == TokenKind.ARABIC_WORD && n.length() >= 4 && n.startsWith("ال");
  }

  /** The class of a function word ({@code preposition}, {@code temporal} …), or null. */
  String functionClass(Token t) {
    return t.kind() == TokenKind.ARABIC_WORD ? functionWords.get(light(t)) : null;
  }

  boolean isFunctionWord(Token t) {
    return functionClass(t) != null;
  }

  /** The role of a phrase word ({@code modifier}, {@code generic}, {@code domain}), or null. */
  String phraseRole(Token t) {
    return phraseWords.get(t.norm());
  }

  /** The role of the definite form of an indefinite word ({@code خارجية} → domain). */
  String phraseRoleWithArticle(Token t) {
    String role = phraseWords.get(t.norm());
    return role != null ? role : phraseWords.get("ال" + t.norm());
  }

  /** A noun a club's name follows ({@code نادي}, {@code فريق}), given its normal form. */
  boolean isClubHead(String norm) {
    return "head".equals(clubWords.get(norm));
  }

  /** A word that opens the names of many clubs ({@code دينامو}, {@code ريال}). */
  boolean isClubPrefix(Token t) {
    return t.kind() == TokenKind.ARABIC_WORD && "prefix".equals(clubWords.get(t.norm()));
  }

  /** A word of sports reporting ({@code مباراة}, {@code الدوري}), given its normal form. */
  boolean isSportWord(String norm) {
    return "sport".equals(clubWords.get(norm));
  }

  /**
   * Whether a word after a club's head noun can be the club's name: a definite Arabic word that
   * is not a function word, an office title, an honorific, a descriptive adjective ({@code
   * generic} phrase words: {@code الجديد}, {@code السابق}) or a sound masculine plural ({@code
   * المفتشين}), and that the counts do not show to be almost never part of a name (seen 8 times
   * or more, under one time in twenty inside a name: {@code العمل}, {@code اللاعب}, {@code
   * العاصمة}). A club is often named by a common word or an adjective ({@code الوحدة}, {@code
   * الشمال}, {@code العربي}), so the bar is lower than {@link #isCommonWord}'s.
   */
  boolean mayNameClub(Token t) {
    if (!isDefinite(t) || isFunctionWord(t) || isHonorific(t) || "generic".equals(phraseRole(t))
        || !officeTitles.get(List.of(t.norm())).isEmpty()) {
      return false;
    }
    String n = t.norm();
    if (n.length() >= 6 && (n.endsWith("ين") || n.endsWith("ون"))) {
      return false;
    }
    int total = evidence.total(n);
    return total < 8 || evidence.inAnyName(n) * 20 >= total;
  }

  /**
   * Whether a word continues a club's name after its first word: a definite adjective of
   * relation ({@code الساحلي}, {@code البيضاوي}, {@code الوجدية}) that is not a nationality
   * adjective of the lexicon ({@code فريق الأهلي المصري}: the club is {@code الأهلي}) or a
   * phrase word ({@code الثاني}).
   */
  boolean continuesClubName(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String n = t.norm();
    return isDefinite(t) && n.length() >= 5 && (n.endsWith("ي") || n.endsWith("يه"))
        && phraseRole(t) == null && !isFunctionWord(t)
        && demonyms.longestAt(tokens, i).isEmpty();
  }

  /**
   * Whether the tokens {@code [start, end)} are exactly a city's or a country's name in the
   * lexicons ({@code استاد الدوحة} is named by its city).
   */
  boolean isCityOrCountry(List<Token> tokens, int start, int end) {
    var city = cities.longestAt(tokens, start);
    if (city.isPresent() && city.get().endToken() == end) {
      return true;
    }
    var country = countries.longestAt(tokens, start);
    return country.isPresent() && country.get().endToken() == end;
  }

  boolean isGivenName(Token t) {
    return t.kind() == TokenKind.ARABIC_WORD && givenNamesLight.contains(light(t));
  }

  boolean isHonorific(Token t) {
    return honorifics.contains(t.norm());
  }

  boolean isParticle(Token t) {
    return particles.contains(t.norm());
  }

  boolean isReportingVerb(Token t) {
    return reportingVerbs.contains(t.norm());
  }

  /**
   * A common word: seen often in annotated text and rarely inside a person's name. Given names
   * are never common, whatever the counts say ({@code علي} is mostly the preposition on paper).
   */
  boolean isCommonWord(Token t) {
    return !isGivenName(t) && seenMostlyOutsideNames(t);
  }

  /**
   * A given name that is not, by the counts, mostly a common word: {@code مها}, {@code منى}, not
   * {@code حياة} or {@code أفكار}, which the list of given names holds too.
   */
  boolean isGivenNameRatherThanWord(Token t) {
    return isGivenName(t) && !seenMostlyOutsideNames(t);
  }

  private boolean seenMostlyOutsideNames(Token t) {
    int total = evidence.total(t.norm());
    return total >= 8 && evidence.person(t.norm()) * 5 < total;
  }

  /** Seen mostly inside person names (at least twice). */
  boolean isKnownPersonWord(Token t) {
    int person = evidence.person(t.norm());
    return isGivenName(t) || (person >= 2 && person * 2 >= evidence.total(t.norm()));
  }

  /** Seen mostly inside place names (at least twice). */
  boolean isKnownPlaceWord(Token t) {
    int names = evidence.inAnyName(t.norm()) - evidence.person(t.norm());
    return names >= 2 && names * 2 >= evidence.total(t.norm());
  }

  /**
   * Returns the lexical classes of a token, for statistical features: {@code given} (given
   * name), {@code family}, {@code particle}, {@code honorific}, {@code title} (office title
   * head), {@code orghead}, {@code eventhead}, {@code date}, {@code verb} (reporting verb), {@code
   * fn:<class>} (function word), {@code role:<role>} (phrase word), {@code common}, {@code
   * personword}, {@code placeword}. Unmodifiable, possibly empty.
   *
   * @throws NullPointerException if {@code t} is null
   */
  public List<String> wordClasses(Token t) {
    List<String> out = new java.util.ArrayList<>(4);
    if (t.kind() != TokenKind.ARABIC_WORD) {
      return out;
    }
    // The tests of isGivenName, isCommonWord, isKnownPersonWord and isKnownPlaceWord, with the
    // light form and the evidence looked up once: this runs for every token the model tags.
    String norm = t.norm();
    String light = light(t);
    boolean given = givenNamesLight.contains(light);
    int total = evidence.total(norm);
    int person = evidence.person(norm);
    int names = evidence.inAnyName(norm) - person;
    List<String> key = List.of(norm);
    if (given) {
      out.add("given");
    }
    if (familyNames.contains(norm)) {
      out.add("family");
    }
    if (particles.contains(norm)) {
      out.add("particle");
    }
    if (honorifics.contains(norm)) {
      out.add("honorific");
    }
    if (!officeTitles.get(key).isEmpty()) {
      out.add("title");
    }
    if (!organizationHeads.get(key).isEmpty()) {
      out.add("orghead");
    }
    if (!eventHeads.get(key).isEmpty()) {
      out.add("eventhead");
    }
    if (!dates.get(key).isEmpty()) {
      out.add("date");
    }
    if (reportingVerbs.contains(norm)) {
      out.add("verb");
    }
    String fn = functionWords.get(light);
    if (fn != null) {
      out.add("fn:" + fn);
    }
    String role = phraseWords.get(norm);
    if (role != null) {
      out.add("role:" + role);
    }
    if (!given && total >= 8 && person * 5 < total) {
      out.add("common");
    }
    if (given || (person >= 2 && person * 2 >= total)) {
      out.add("personword");
    }
    if (names >= 2 && names * 2 >= total) {
      out.add("placeword");
    }
    return out;
  }

  /**
   * Returns true if the COUNTRY candidate {@code m} over {@code tokens} is a nationality
   * adjective ({@code الإيراني}) rather than a name ({@code إيران}).
   *
   * @throws NullPointerException if an argument is null
   */
  public boolean isNationalityAdjective(List<Token> tokens, Mention m) {
    return m.type() == EntityType.COUNTRY
        && isNationalityAdjective(tokens, m.startToken(), m.endToken());
  }

  private boolean isNationalityAdjective(List<Token> tokens, int start, int end) {
    var d = demonyms.longestAt(tokens, start);
    return d.isPresent() && d.get().endToken() == end;
  }

  /**
   * Whether the tokens {@code [start, end)} are exactly a definite singular nationality
   * adjective, either gender ({@code الإيفواري}, {@code الفرنسية}; not {@code الفرنسيون}).
   */
  boolean isDefiniteSingularNisba(List<Token> tokens, int start, int end) {
    var d = demonyms.longestAt(tokens, start);
    if (d.isEmpty() || d.get().endToken() != end) {
      return false;
    }
    for (Demonym v : d.get().values()) {
      if (v.definite() && v.number() == GrammaticalNumber.SINGULAR) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns true if the token at {@code i} is, by itself, a definite masculine singular
   * nationality adjective ({@code الفرنسي}, not {@code الفرنسية} or {@code الفرنسيين}).
   *
   * @throws NullPointerException if {@code tokens} is null
   * @throws IndexOutOfBoundsException if {@code i} is not a token index
   */
  public boolean isMasculineNisba(List<Token> tokens, int i) {
    Objects.checkIndex(i, tokens.size());
    var d = demonyms.longestAt(tokens, i);
    if (d.isEmpty() || d.get().endToken() != i + 1) {
      return false;
    }
    for (Demonym v : d.get().values()) {
      if (v.definite() && v.gender() == Gender.MASCULINE
          && v.number() == GrammaticalNumber.SINGULAR) {
        return true;
      }
    }
    return false;
  }

  /** How often a normalised word occurs in the corpora ({@link Vocabulary}); 0 if never. */
  int wordCount(String norm) {
    return vocabulary.count(norm);
  }

  /**
   * Returns resources of the same lexicons with other name evidence (built anew, as the
   * constructor builds them).
   *
   * @throws NullPointerException if {@code other} is null
   */
  public NerResources withEvidence(NameEvidence other) {
    return new NerResources(lexicon, other);
  }

  /** Returns the name evidence these resources were built with. */
  public NameEvidence evidence() {
    return evidence;
  }

  /** True if a number of the lemma's forms is plural, so the head names a group. */
  static boolean isPlural(Term head) {
    return head.number() == GrammaticalNumber.PLURAL;
  }
}
