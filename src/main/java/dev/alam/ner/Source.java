package dev.alam.ner;

/** Which kind of recogniser found a mention. */
public enum Source {
  /** A lexicon (gazetteer) match: countries, nationality adjectives, cities, named bodies … */
  GAZETTEER,
  /** A grammar over tokens and earlier mentions: offices, organisation phrases, dates, events. */
  GRAMMAR,
  /** The statistical name finder. */
  MODEL,
  /** A later mention of a name seen earlier in the same text (a surname after a full name). */
  COREFERENCE
}
