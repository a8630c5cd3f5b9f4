package dev.alam.ner;

import java.util.Objects;

/**
 * A relation between two mentions of one result.
 *
 * @param type the relation
 * @param from the index of the first argument in the result's entity list (the PERSON of {@code
 *     holds}, the OFFICE of {@code of})
 * @param to the index of the second argument (the OFFICE of {@code holds}, the ORGANIZATION or
 *     COUNTRY of {@code of})
 */
public record Relation(RelationType type, int from, int to) {
  /**
   * Validates the relation.
   *
   * @throws NullPointerException if {@code type} is null
   * @throws IllegalArgumentException if an index is negative or both are equal
   */
  public Relation {
    Objects.requireNonNull(type, "type");
    if (from < 0 || to < 0 || from == to) {
      throw new IllegalArgumentException("bad argument indices " + from + ", " + to);
    }
  }
}
