package dev.alam.gazetteer;

import java.util.Objects;

/**
 * A lexicon resource is missing, unreadable or malformed. The message names the resource and,
 * for a malformed line, its 1-based line number: {@code countries.tsv:12: expected 3 columns …}.
 */
public final class LexiconFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String resource;
  private final int line;

  /**
   * Creates an exception about line {@code line} of {@code resource}.
   *
   * @param resource the resource name or path
   * @param line the 1-based line number, or 0 if the problem is the resource as a whole
   * @param message what is wrong
   * @param cause the underlying exception, or null
   * @throws NullPointerException if {@code resource} or {@code message} is null
   */
  public LexiconFormatException(String resource, int line, String message, Throwable cause) {
    super(Objects.requireNonNull(resource, "resource") + (line > 0 ? ":" + line : "") + ": "
        + Objects.requireNonNull(message, "message"), cause);
    this.resource = resource;
    this.line = line;
  }

  /** Returns the name or path of the resource at fault; never null. */
  public String resource() {
    return resource;
  }

  /** Returns the 1-based line number at fault, or 0 if the resource as a whole is. */
  public int line() {
    return line;
  }
}
