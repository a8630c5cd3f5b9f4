package dev.alam.gazetteer;

import java.util.Objects;

/**
 * A given name or family name.
 *
 * @param name the name as written, e.g. {@code عبد الله}
 * @param gender {@link Gender#MASCULINE} or {@link Gender#FEMININE} for given names, {@link
 *     Gender#COMMON} for family names and for given names listed for both
 */
public record PersonName(String name, Gender gender) {
  /**
   * Validates the name.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public PersonName {
    Lexicon.requireText(name, "name");
    Objects.requireNonNull(gender, "gender");
  }
}
