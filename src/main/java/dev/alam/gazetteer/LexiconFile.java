package dev.alam.gazetteer;

/**
 * The files of a lexicon directory ({@code models/gazetteer/} in the source tree, {@value
 * #RESOURCE_DIRECTORY} on the class path), with their column counts. {@code
 * models/gazetteer/README.md} documents the columns of each; {@link LexiconReader} the common
 * format.
 */
public enum LexiconFile {
  /** Country names from CLDR and i18n-iso-countries: {@code code name sources}. */
  COUNTRIES_GENERATED("countries-generated.tsv", 3, true),
  /** Curated country variants and references: {@code code kind name}. */
  COUNTRIES("countries.tsv", 3, false),
  /** Nisba stems, one or more per country: {@code code stem}. */
  NATIONALITIES("nationalities.tsv", 2, false),
  /** Broken plurals and other underivable demonyms: {@code code form gender number}. */
  DEMONYMS_IRREGULAR("demonyms-irregular.tsv", 4, false),
  /** Cities: {@code code kind names}, names separated by {@code |}, the first canonical. */
  CITIES("cities.tsv", 3, false),
  /** Continents, regions, seas, rivers, mountains: {@code kind names}. */
  PLACES("places.tsv", 2, false),
  /** Named organisations: {@code code kind names}, code {@code -} for none. */
  ORGANIZATIONS("organizations.tsv", 3, false),
  /** Head nouns of organisation names: {@code form lemma gender number}. */
  ORGANIZATION_HEADS("organization-heads.tsv", 4, false),
  /** Office title heads: {@code form lemma gender number}. */
  OFFICE_TITLES("office-titles.tsv", 4, false),
  /** Honorifics, which are not offices: {@code form lemma gender number}. */
  HONORIFICS("honorifics.tsv", 4, false),
  /** Head nouns of event names: {@code form lemma gender number}. */
  EVENT_HEADS("event-heads.tsv", 4, false),
  /** Month names from CLDR: {@code form calendar month sources}. */
  MONTHS_GENERATED("months-generated.tsv", 4, true),
  /** Weekdays, extra month spellings and relative days: {@code form kind value}. */
  DATE_WORDS("date-words.tsv", 3, false),
  /** Given names from arabic-names-akhateeb: {@code name gender sources}. */
  GIVEN_NAMES_GENERATED("given-names-generated.tsv", 3, true),
  /** Family names from arabic-names-akhateeb: {@code name sources}. */
  FAMILY_NAMES_GENERATED("family-names-generated.tsv", 2, true),
  /** Name particles ({@code بن}, {@code أبو}, {@code عبد}): {@code form lemma gender number}. */
  NAME_PARTICLES("name-particles.tsv", 4, false),
  /** Reporting verbs and other words that introduce names: {@code form lemma gender number}. */
  REPORTING_VERBS("reporting-verbs.tsv", 4, false),
  /** Function words that end names and chains: {@code form class}. */
  FUNCTION_WORDS("function-words.tsv", 2, false),
  /** Modifier, generic and domain words inside phrases: {@code form role}. */
  PHRASE_WORDS("phrase-words.tsv", 2, false),
  /** Words that mark a sports club's name (heads, prefixes, sports words): {@code form role}. */
  CLUB_WORDS("club-words.tsv", 2, false);

  /** The class-path directory of the bundled lexicons. */
  public static final String RESOURCE_DIRECTORY = "/dev/alam/models/gazetteer/";

  private final String fileName;
  private final int columns;
  private final boolean generated;

  LexiconFile(String fileName, int columns, boolean generated) {
    this.fileName = fileName;
    this.columns = columns;
    this.generated = generated;
  }

  /** Returns the file's name, e.g. {@code cities.tsv}. */
  public String fileName() {
    return fileName;
  }

  /** Returns the number of tab-separated fields on each data line. */
  public int columns() {
    return columns;
  }

  /**
   * Returns true if {@link LexiconGenerator} writes this file from the corpora; false if it is
   * curated by hand (and never touched by regeneration).
   */
  public boolean isGenerated() {
    return generated;
  }

  /** Returns the absolute class-path name of the bundled file. */
  public String resource() {
    return RESOURCE_DIRECTORY + fileName;
  }
}
