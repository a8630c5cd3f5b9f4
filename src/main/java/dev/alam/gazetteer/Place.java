package dev.alam.gazetteer;

import java.util.Objects;

/**
 * A name of a geographic place that is neither a country nor a city: a continent, region, sea,
 * river or mountain range.
 *
 * @param name the name as written, e.g. {@code الشرق الأوسط}
 * @param canonical the place's main spelling, shared by all its variants
 * @param kind what sort of place it is
 */
public record Place(String name, String canonical, Kind kind) {
  /** What sort of place a {@link Place} is; the TSV spells it in lower case. */
  public enum Kind {
    /** A continent ({@code آسيا}). */
    CONTINENT,
    /** A world or geopolitical region ({@code الشرق الأوسط}, {@code آسيا الوسطى}). */
    REGION,
    /** An ocean. */
    OCEAN,
    /** A sea. */
    SEA,
    /** A gulf or bay ({@code الخليج العربي}). */
    GULF,
    /** A strait or channel ({@code مضيق هرمز}). */
    STRAIT,
    /** A river. */
    RIVER,
    /** A lake. */
    LAKE,
    /** A mountain or mountain range. */
    MOUNTAINS,
    /** A desert. */
    DESERT,
    /** A peninsula. */
    PENINSULA,
    /** An island or archipelago that is not a country. */
    ISLAND
  }

  /**
   * Validates the place.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if a text is blank
   */
  public Place {
    Lexicon.requireText(name, "name");
    Lexicon.requireText(canonical, "canonical");
    Objects.requireNonNull(kind, "kind");
  }
}
