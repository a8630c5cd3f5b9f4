package dev.alam.eval;

import java.util.Objects;

/**
 * A typed character span, the unit of span evaluation: UTF-16 offsets {@code [start, end)} into
 * a text, and a type label such as {@code PERSON} or {@code PERS}.
 *
 * @param start the first index
 * @param end the index just past the span
 * @param type the type label
 */
public record Span(int start, int end, String type) {
  /**
   * Validates the span.
   *
   * @throws NullPointerException if {@code type} is null
   * @throws IllegalArgumentException unless {@code 0 <= start < end}
   */
  public Span {
    Objects.requireNonNull(type, "type");
    if (start < 0 || start >= end) {
      throw new IllegalArgumentException("need 0 <= start < end, got [" + start + ", " + end + ")");
    }
  }
}
