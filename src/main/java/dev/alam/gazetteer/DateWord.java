package dev.alam.gazetteer;

import java.util.Objects;

/**
 * A word or fixed phrase that names a day, a month or a day relative to today.
 *
 * @param form the form as written, e.g. {@code تشرين الأول}
 * @param kind what it names
 * @param value for {@link Kind#WEEKDAY}: the ISO-8601 day number, 1 (Monday) to 7 (Sunday); for
 *     the month kinds: the month number, 1 to 12; for {@link Kind#RELATIVE_DAY}: the offset in
 *     days from today ({@code أمس} is -1)
 */
public record DateWord(String form, Kind kind, int value) {
  /** What a {@link DateWord} names; the TSV spells it in kebab case. */
  public enum Kind {
    /** A day of the week ({@code الأربعاء}). */
    WEEKDAY,
    /** A month of the Gregorian calendar, in any regional series ({@code أكتوبر}, {@code
     *  تشرين الأول}, {@code جانفي}). */
    GREGORIAN_MONTH,
    /** A month of the Islamic (Hijri) calendar ({@code رمضان}). */
    HIJRI_MONTH,
    /** A day relative to today ({@code أمس}, {@code اليوم}, {@code غدا}). */
    RELATIVE_DAY
  }

  /**
   * Validates the date word.
   *
   * @throws NullPointerException if a reference is null
   * @throws IllegalArgumentException if {@code form} is blank or {@code value} is out of range
   *     for {@code kind}
   */
  public DateWord {
    Lexicon.requireText(form, "form");
    Objects.requireNonNull(kind, "kind");
    boolean ok = switch (kind) {
      case WEEKDAY -> value >= 1 && value <= 7;
      case GREGORIAN_MONTH, HIJRI_MONTH -> value >= 1 && value <= 12;
      case RELATIVE_DAY -> value >= -7 && value <= 7;
    };
    if (!ok) {
      throw new IllegalArgumentException("value " + value + " out of range for " + kind);
    }
  }
}
