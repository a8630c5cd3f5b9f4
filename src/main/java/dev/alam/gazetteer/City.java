package dev.alam.gazetteer;

/**
 * A name of a city.
 *
 * @param code the ISO 3166-1 alpha-2 code of the city's country
 * @param name the name as written, e.g. {@code كابل}
 * @param canonical the city's main spelling, shared by all its variants, e.g. {@code كابول}
 * @param capital true if the city is its country's capital
 */
public record City(String code, String name, String canonical, boolean capital) {
  /**
   * Validates the city.
   *
   * @throws NullPointerException if any reference is null
   * @throws IllegalArgumentException if {@code code} is not an accepted alpha-2 code or a text
   *     is blank
   */
  public City {
    Lexicon.requireCode(code);
    Lexicon.requireText(name, "name");
    Lexicon.requireText(canonical, "canonical");
  }
}
