package dev.alam.ner;

import java.util.Objects;
import java.util.Optional;

/**
 * A mention of a named entity in an input text.
 *
 * @param type what the mention names
 * @param start the first UTF-16 index of the mention in the original input
 * @param end the UTF-16 index just past the mention in the original input
 * @param text exactly {@code input.substring(start, end)}
 * @param norm the mention's normalised form: its tokens' normal forms joined by single spaces
 * @param linkId the identifier the mention links to: the ISO 3166-1 alpha-2 code of a COUNTRY,
 *     or of a CITY's country; null when there is none (see {@link #link()})
 * @param cluster the index of the mention's cluster in the result's cluster list
 * @param confidence how sure the recogniser is, in {@code [0, 1]}
 * @param source which kind of recogniser found the mention
 */
public record Entity(
    EntityType type,
    int start,
    int end,
    String text,
    String norm,
    String linkId,
    int cluster,
    double confidence,
    Source source) {

  /**
   * Validates the mention.
   *
   * @throws NullPointerException if {@code type}, {@code text}, {@code norm} or {@code source} is
   *     null
   * @throws IllegalArgumentException unless {@code 0 <= start < end}, the text's length matches
   *     the span, {@code cluster >= 0} and {@code 0 <= confidence <= 1}
   */
  public Entity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(norm, "norm");
    Objects.requireNonNull(source, "source");
    if (start < 0 || start >= end) {
      throw new IllegalArgumentException("need 0 <= start < end, got [" + start + ", " + end + ")");
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "text length " + text.length() + " does not match span [" + start + ", " + end + ")");
    }
    if (cluster < 0) {
      throw new IllegalArgumentException("cluster must be >= 0, got " + cluster);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
  }

  /** Returns the link identifier, if the mention has one. */
  public Optional<String> link() {
    return Optional.ofNullable(linkId);
  }

  /** Returns true if this mention's span contains {@code other}'s (equal spans included). */
  public boolean contains(Entity other) {
    return start <= other.start && other.end <= end;
  }
}
