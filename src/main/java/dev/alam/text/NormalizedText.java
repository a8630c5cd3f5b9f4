package dev.alam.text;

import java.util.Objects;

/**
 * A normalised view of a text together with the map back to the original.
 *
 * <p>Every normalised character {@code i} comes from the original span {@code
 * [originalStart(i), originalEnd(i))}: one original character, or a surrogate pair, widened over
 * the diacritics and tatweel that followed it and were deleted. Several normalised characters
 * map to the same span when a ligature expands ({@code ﻻ → لا}). Offsets are UTF-16 code units
 * ({@code String} indices) throughout.
 *
 * <p>Immutable and thread-safe.
 */
public final class NormalizedText {
  private final String original;
  private final String normalized;
  // null when the normalised text is the original itself (the map is the identity, but for
  // surrogate pairs, whose halves both map to the pair)
  private final int[] starts;
  private final int[] ends;

  NormalizedText(String original, String normalized, int[] starts, int[] ends) {
    this.original = original;
    this.normalized = normalized;
    this.starts = starts;
    this.ends = ends;
  }

  static NormalizedText identity(String original) {
    return new NormalizedText(original, original, null, null);
  }

  /** Returns the text as given; never null. */
  public String original() {
    return original;
  }

  /** Returns the normalised text; never null. */
  public String normalized() {
    return normalized;
  }

  /** Returns the length of the normalised text in UTF-16 code units. */
  public int length() {
    return normalized.length();
  }

  /**
   * Returns where in the original the normalised character at {@code index} starts.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < length()}
   */
  public int originalStart(int index) {
    Objects.checkIndex(index, normalized.length());
    if (starts != null) {
      return starts[index];
    }
    return index > 0 && Character.isLowSurrogate(original.charAt(index))
        && Character.isHighSurrogate(original.charAt(index - 1)) ? index - 1 : index;
  }

  /**
   * Returns where in the original the normalised character at {@code index} ends (exclusive).
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < length()}
   */
  public int originalEnd(int index) {
    Objects.checkIndex(index, normalized.length());
    if (ends != null) {
      return ends[index];
    }
    return index + 1 < original.length() && Character.isHighSurrogate(original.charAt(index))
        && Character.isLowSurrogate(original.charAt(index + 1)) ? index + 2 : index + 1;
  }

  /**
   * Maps a normalised span start (a boundary {@code 0 <= start <= length()}) to the original: the
   * original start of the character at {@code start}, or the original's length at the end.
   *
   * @throws IndexOutOfBoundsException if {@code start} is out of range
   */
  public int toOriginalStart(int start) {
    Objects.checkIndex(start, normalized.length() + 1);
    return start == normalized.length() ? original.length() : originalStart(start);
  }

  /**
   * Maps a normalised span end (exclusive, {@code 0 <= end <= length()}) to the original: the
   * original end of the character before {@code end}, or 0 for an end of 0. Together with
   * {@link #toOriginalStart(int)}, a normalised span {@code [s, e)} with {@code s < e} maps to the
   * original span {@code [toOriginalStart(s), toOriginalEnd(e))}, which covers every original
   * character that produced it.
   *
   * @throws IndexOutOfBoundsException if {@code end} is out of range
   */
  public int toOriginalEnd(int end) {
    Objects.checkIndex(end, normalized.length() + 1);
    return end == 0 ? 0 : originalEnd(end - 1);
  }

  @Override
  public String toString() {
    return normalized;
  }
}
