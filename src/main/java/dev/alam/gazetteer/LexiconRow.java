package dev.alam.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * One data line of a lexicon TSV resource, as read by {@link LexiconReader}.
 *
 * @param resource the name of the resource the line came from, for error messages
 * @param line the 1-based line number
 * @param fields the tab-separated fields, as many as the resource has columns; none empty
 */
public record LexiconRow(String resource, int line, List<String> fields) {
  /**
   * Validates the row.
   *
   * @throws NullPointerException if {@code resource} or {@code fields} is null or holds null
   */
  public LexiconRow {
    Objects.requireNonNull(resource, "resource");
    fields = List.copyOf(fields);
  }

  /**
   * Returns field {@code index} (0-based).
   *
   * @throws IndexOutOfBoundsException if there is no such field
   */
  public String field(int index) {
    return fields.get(index);
  }

  /**
   * Returns an exception that names this row's resource and line, for a field that does not
   * parse; the caller throws it.
   *
   * @param message what is wrong with the row
   */
  public LexiconFormatException error(String message) {
    return new LexiconFormatException(resource, line, message, null);
  }
}
