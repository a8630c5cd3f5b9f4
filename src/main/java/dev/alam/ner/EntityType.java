package dev.alam.ner;

/**
 * The kinds of mention Alam reports, as defined in the project's annotation guidelines
 * ({@code ANNOTATION.md}). The first four are the core types.
 */
public enum EntityType {
  /** A person's name, every part of it, without titles; later surname-only mentions too. */
  PERSON,
  /** A position held by a person: a title head with the chain that scopes it. */
  OFFICE,
  /** A country by name, alias, political reference or nationality adjective; links to ISO. */
  COUNTRY,
  /** A named organisation: council, ministry, government, party, armed group, agency … */
  ORGANIZATION,
  /** A city or town; links to its country. */
  CITY,
  /** Another place: region, continent, sea, mountain range … */
  LOCATION,
  /** A named event: conference, summit, meeting, process. */
  EVENT,
  /** A calendar expression: weekday, month, numeric date. */
  DATE,
  /** Another name: treaty, product, work. */
  MISC;

  /** Returns true for PERSON, OFFICE, COUNTRY and ORGANIZATION. */
  public boolean isCore() {
    return ordinal() <= ORGANIZATION.ordinal();
  }
}
