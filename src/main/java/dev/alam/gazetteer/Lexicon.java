package dev.alam.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * All lexicon lists, parsed into records: the input of the gazetteer-based recognisers. Build a
 * {@link Gazetteer} from any list with {@link Gazetteer#of(java.util.Collection, Function)}.
 *
 * <p>The files and their columns are listed in {@link LexiconFile} and documented in {@code
 * models/gazetteer/README.md}. Parsing derives what the files leave implicit: every nisba stem
 * becomes its 18 {@link Nisba#forms(String, String) forms}, every single-word irregular demonym
 * also appears with the article, and generated and curated files of one kind are merged
 * (generated first).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Lexicon {
  private static volatile Lexicon bundled;

  private final List<CountryName> countryNames;
  private final List<Demonym> demonyms;
  private final List<City> cities;
  private final List<Place> places;
  private final List<Organization> organizations;
  private final List<Term> organizationHeads;
  private final List<Term> officeTitles;
  private final List<Term> honorifics;
  private final List<Term> eventHeads;
  private final List<DateWord> dateWords;
  private final List<PersonName> givenNames;
  private final List<PersonName> familyNames;
  private final List<Term> nameParticles;
  private final List<Term> reportingVerbs;
  private final List<TaggedWord> functionWords;
  private final List<TaggedWord> phraseWords;
  private final List<TaggedWord> clubWords;

  private Lexicon(Map<LexiconFile, List<LexiconRow>> rows) {
    List<CountryName> countries = new ArrayList<>();
    parse(rows, LexiconFile.COUNTRIES_GENERATED, countries,
        r -> List.of(new CountryName(r.field(0), r.field(1), CountryName.Kind.NAME)));
    parse(rows, LexiconFile.COUNTRIES, countries, r -> List.of(new CountryName(
        r.field(0), r.field(2), switch (r.field(1)) {
          case "variant" -> CountryName.Kind.VARIANT;
          case "reference" -> CountryName.Kind.REFERENCE;
          default -> throw new IllegalArgumentException(
              "kind must be variant or reference, got '" + r.field(1) + "'");
        })));
    countryNames = List.copyOf(countries);

    List<Demonym> nisbas = new ArrayList<>();
    parse(rows, LexiconFile.NATIONALITIES, nisbas, r -> Nisba.forms(r.field(0), r.field(1)));
    parse(rows, LexiconFile.DEMONYMS_IRREGULAR, nisbas, Lexicon::irregularDemonyms);
    demonyms = List.copyOf(nisbas);

    List<City> cityList = new ArrayList<>();
    parse(rows, LexiconFile.CITIES, cityList, r -> {
      boolean capital = switch (r.field(1)) {
        case "capital" -> true;
        case "city" -> false;
        default -> throw new IllegalArgumentException(
            "kind must be capital or city, got '" + r.field(1) + "'");
      };
      List<String> names = names(r.field(2));
      List<City> out = new ArrayList<>(names.size());
      for (String n : names) {
        out.add(new City(r.field(0), n, names.get(0), capital));
      }
      return out;
    });
    cities = List.copyOf(cityList);

    List<Place> placeList = new ArrayList<>();
    parse(rows, LexiconFile.PLACES, placeList, r -> {
      Place.Kind kind = enumOf(Place.Kind.class, r.field(0));
      List<String> names = names(r.field(1));
      List<Place> out = new ArrayList<>(names.size());
      for (String n : names) {
        out.add(new Place(n, names.get(0), kind));
      }
      return out;
    });
    places = List.copyOf(placeList);

    List<Organization> orgs = new ArrayList<>();
    parse(rows, LexiconFile.ORGANIZATIONS, orgs, r -> {
      Optional<String> country = r.field(0).equals("-") ? Optional.empty() : Optional.of(r.field(0));
      Organization.Kind kind = enumOf(Organization.Kind.class, r.field(1));
      List<String> names = names(r.field(2));
      List<Organization> out = new ArrayList<>(names.size());
      for (String n : names) {
        out.add(new Organization(n, names.get(0), kind, country));
      }
      return out;
    });
    organizations = List.copyOf(orgs);

    organizationHeads = terms(rows, LexiconFile.ORGANIZATION_HEADS);
    officeTitles = terms(rows, LexiconFile.OFFICE_TITLES);
    honorifics = terms(rows, LexiconFile.HONORIFICS);
    eventHeads = terms(rows, LexiconFile.EVENT_HEADS);
    nameParticles = terms(rows, LexiconFile.NAME_PARTICLES);
    reportingVerbs = terms(rows, LexiconFile.REPORTING_VERBS);
    functionWords = tagged(rows, LexiconFile.FUNCTION_WORDS,
        java.util.Set.of("preposition", "conjunction", "particle", "pronoun", "demonstrative",
            "relative", "quantifier", "verb", "temporal"));
    phraseWords = tagged(rows, LexiconFile.PHRASE_WORDS,
        java.util.Set.of("modifier", "generic", "domain", "treaty"));
    clubWords = tagged(rows, LexiconFile.CLUB_WORDS,
        java.util.Set.of("head", "prefix", "sport"));

    List<DateWord> dates = new ArrayList<>();
    parse(rows, LexiconFile.MONTHS_GENERATED, dates, r -> {
      DateWord.Kind kind = switch (r.field(1)) {
        case "gregorian" -> DateWord.Kind.GREGORIAN_MONTH;
        case "islamic" -> DateWord.Kind.HIJRI_MONTH;
        default -> throw new IllegalArgumentException(
            "calendar must be gregorian or islamic, got '" + r.field(1) + "'");
      };
      return List.of(new DateWord(r.field(0), kind, integer(r.field(2))));
    });
    parse(rows, LexiconFile.DATE_WORDS, dates, r -> List.of(new DateWord(
        r.field(0), enumOf(DateWord.Kind.class, r.field(1)), integer(r.field(2)))));
    dateWords = List.copyOf(dates);

    List<PersonName> given = new ArrayList<>();
    parse(rows, LexiconFile.GIVEN_NAMES_GENERATED, given,
        r -> List.of(new PersonName(r.field(0), Gender.ofCode(r.field(1)))));
    givenNames = List.copyOf(given);
    List<PersonName> family = new ArrayList<>();
    parse(rows, LexiconFile.FAMILY_NAMES_GENERATED, family,
        r -> List.of(new PersonName(r.field(0), Gender.COMMON)));
    familyNames = List.copyOf(family);
  }

  /**
   * Opens one lexicon file of a user-supplied lexicon set.
   */
  @FunctionalInterface
  public interface Source {
    /**
     * Opens {@code file} for reading; the caller closes the stream.
     *
     * @param file the file wanted
     * @return the file's content, or null if the source has no such file
     * @throws IOException if the file exists but cannot be opened
     */
    InputStream open(LexiconFile file) throws IOException;
  }

  /**
   * Returns the lexicons bundled in the jar, loaded on first use and then shared.
   *
   * @throws LexiconFormatException if a bundled file is missing or malformed (a packaging bug)
   */
  public static Lexicon bundled() {
    Lexicon lexicon = bundled;
    if (lexicon == null) {
      synchronized (Lexicon.class) {
        lexicon = bundled;
        if (lexicon == null) {
          Map<LexiconFile, List<LexiconRow>> rows = new EnumMap<>(LexiconFile.class);
          for (LexiconFile file : LexiconFile.values()) {
            rows.put(file, LexiconReader.readResource(file.resource(), file.columns()));
          }
          bundled = lexicon = new Lexicon(rows);
        }
      }
    }
    return lexicon;
  }

  /**
   * Loads a lexicon set from a directory holding every {@link LexiconFile} by its {@link
   * LexiconFile#fileName() name}.
   *
   * @param directory the directory, e.g. a copy of {@code models/gazetteer} with edits
   * @throws NullPointerException if {@code directory} is null
   * @throws LexiconFormatException if a file is missing, unreadable or malformed
   */
  public static Lexicon load(Path directory) {
    Objects.requireNonNull(directory, "directory");
    return load(directory.toString(), file -> {
      try {
        return Files.newInputStream(directory.resolve(file.fileName()));
      } catch (NoSuchFileException e) {
        return null;
      }
    });
  }

  /**
   * Loads a lexicon set from streams, one per {@link LexiconFile}.
   *
   * @param name what to call the set in error messages; each file is named {@code name/file}
   * @param source opens each file
   * @throws NullPointerException if an argument is null
   * @throws LexiconFormatException if a file is missing, unreadable or malformed
   */
  public static Lexicon load(String name, Source source) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Map<LexiconFile, List<LexiconRow>> rows = new EnumMap<>(LexiconFile.class);
    for (LexiconFile file : LexiconFile.values()) {
      String fileName = name + "/" + file.fileName();
      try (InputStream in = source.open(file)) {
        if (in == null) {
          throw new LexiconFormatException(fileName, 0, "missing file", null);
        }
        rows.put(file, LexiconReader.read(in, fileName, file.columns()));
      } catch (IOException e) {
        throw new LexiconFormatException(fileName, 0, "cannot read: " + e.getMessage(), e);
      }
    }
    return new Lexicon(rows);
  }

  /** Returns every country name: generated names, then curated variants and references. */
  public List<CountryName> countryNames() {
    return countryNames;
  }

  /** Returns every nationality form: the inflected nisba stems, then the irregular forms. */
  public List<Demonym> demonyms() {
    return demonyms;
  }

  /** Returns every city name, variants included. */
  public List<City> cities() {
    return cities;
  }

  /** Returns every continent, region, sea, river and mountain name, variants included. */
  public List<Place> places() {
    return places;
  }

  /** Returns every organisation name, variants and abbreviations included. */
  public List<Organization> organizations() {
    return organizations;
  }

  /** Returns the head nouns of organisation names ({@code مجلس}, {@code وزارة}, …). */
  public List<Term> organizationHeads() {
    return organizationHeads;
  }

  /** Returns the office title heads ({@code وزير}, {@code الأمين العام}, …), all forms. */
  public List<Term> officeTitles() {
    return officeTitles;
  }

  /** Returns the honorifics ({@code السيد}, {@code الدكتور}, …); these are not offices. */
  public List<Term> honorifics() {
    return honorifics;
  }

  /** Returns the head nouns of event names ({@code مؤتمر}, {@code قمة}, …). */
  public List<Term> eventHeads() {
    return eventHeads;
  }

  /** Returns weekdays, month names (generated, then curated) and relative days. */
  public List<DateWord> dateWords() {
    return dateWords;
  }

  /** Returns the given names. */
  public List<PersonName> givenNames() {
    return givenNames;
  }

  /** Returns the family names. */
  public List<PersonName> familyNames() {
    return familyNames;
  }

  /** Returns the name particles ({@code بن}, {@code أبو}, {@code آل}, {@code عبد}, …). */
  public List<Term> nameParticles() {
    return nameParticles;
  }

  /** Returns the reporting verbs and other words that introduce a name ({@code قال}, …). */
  public List<Term> reportingVerbs() {
    return reportingVerbs;
  }

  /**
   * Returns the function words (prepositions, conjunctions, pronouns …) with their class, in
   * file order.
   */
  public List<TaggedWord> functionWords() {
    return functionWords;
  }

  /**
   * Returns the phrase words with their role: modifier, generic, domain or treaty (a treaty
   * head), in file order.
   */
  public List<TaggedWord> phraseWords() {
    return phraseWords;
  }

  /**
   * Returns the words that mark a sports club's name with their role: head (a noun the name
   * follows, {@code نادي}), prefix (a word that opens the name, {@code دينامو}) or sport (a word
   * of sports reporting, {@code مباراة}), in file order.
   */
  public List<TaggedWord> clubWords() {
    return clubWords;
  }

  @Override
  public String toString() {
    return "Lexicon[" + countryNames.size() + " country names, " + demonyms.size()
        + " demonyms, " + cities.size() + " city names, " + organizations.size()
        + " organisation names]";
  }

  // Parsing helpers; every failure becomes a LexiconFormatException naming file and line.

  private static <T> void parse(Map<LexiconFile, List<LexiconRow>> rows, LexiconFile file,
      List<T> out, Function<LexiconRow, List<T>> parser) {
    for (LexiconRow row : rows.get(file)) {
      try {
        out.addAll(parser.apply(row));
      } catch (IllegalArgumentException e) {
        throw new LexiconFormatException(row.resource(), row.line(), e.getMessage(), e);
      }
    }
  }

  private static List<TaggedWord> tagged(
      Map<LexiconFile, List<LexiconRow>> rows, LexiconFile file, java.util.Set<String> tags) {
    List<TaggedWord> out = new ArrayList<>();
    parse(rows, file, out, r -> {
      if (!tags.contains(r.field(1))) {
        throw new IllegalArgumentException(
            "second column must be one of " + new java.util.TreeSet<>(tags) + ", got '"
                + r.field(1) + "'");
      }
      return List.of(new TaggedWord(r.field(0), r.field(1)));
    });
    return List.copyOf(out);
  }

  private static List<Term> terms(Map<LexiconFile, List<LexiconRow>> rows, LexiconFile file) {
    List<Term> out = new ArrayList<>();
    parse(rows, file, out, r -> List.of(new Term(r.field(0), r.field(1),
        Gender.ofCode(r.field(2)), GrammaticalNumber.ofCode(r.field(3)))));
    return List.copyOf(out);
  }

  private static List<Demonym> irregularDemonyms(LexiconRow r) {
    String code = r.field(0);
    String form = r.field(1);
    Gender gender = Gender.ofCode(r.field(2));
    GrammaticalNumber number = GrammaticalNumber.ofCode(r.field(3));
    if (form.startsWith("ال")) {
      throw new IllegalArgumentException("list the indefinite form, got '" + form + "'");
    }
    Demonym bare = new Demonym(code, form, form, gender, number, false);
    if (form.indexOf(' ') >= 0) {
      return List.of(bare);
    }
    return List.of(bare, new Demonym(code, "ال".concat(form), form, gender, number, true));
  }

  private static List<String> names(String field) {
    List<String> names = List.of(field.split("\\|", -1));
    for (String name : names) {
      if (name.isBlank() || !name.strip().equals(name)) {
        throw new IllegalArgumentException("bad name list '" + field + "'");
      }
    }
    return names;
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String kebab) {
    try {
      if (!kebab.equals(kebab.toLowerCase(Locale.ROOT)) || kebab.indexOf('_') >= 0) {
        throw new IllegalArgumentException(kebab);
      }
      return Enum.valueOf(type, kebab.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      List<String> known = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        known.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
      throw new IllegalArgumentException(
          "unknown kind '" + kebab + "', expected one of " + String.join(", ", known));
    }
  }

  private static int integer(String field) {
    try {
      return Integer.parseInt(field);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an integer: '" + field + "'");
    }
  }

  static void requireCode(String code) {
    Objects.requireNonNull(code, "code");
    if (!IsoCountries.isAssigned(code)) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: '" + code + "'");
    }
  }

  static void requireText(String text, String what) {
    Objects.requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " is blank");
    }
  }
}
