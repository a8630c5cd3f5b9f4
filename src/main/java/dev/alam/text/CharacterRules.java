package dev.alam.text;

import java.util.Set;

/**
 * The per-character definitions behind {@link NormalizationRule}; {@link Normalizer} compiles
 * them into lookup tables once per rule set. Stateless.
 */
final class CharacterRules {
  static final char ALEF = '\u0627';
  static final char ALEF_MADDA = '\u0622';
  static final char ALEF_HAMZA_ABOVE = '\u0623';
  static final char ALEF_HAMZA_BELOW = '\u0625';
  static final char ALEF_WASLA = '\u0671';
  static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
  static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';
  static final char ALEF_MAQSURA = '\u0649';
  static final char YEH = '\u064A';
  static final char TEH_MARBUTA = '\u0629';
  static final char HEH = '\u0647';
  static final char KAF = '\u0643';
  static final char SUPERSCRIPT_ALEF = '\u0670';
  static final char FARSI_YEH = '\u06CC';
  static final char YEH_BARREE = '\u06D2';
  static final char KEHEH = '\u06A9';
  static final char HEH_YEH_ABOVE = '\u06C0';
  static final char HEH_DOACHASHMEE = '\u06BE';
  static final char AE = '\u06D5';
  static final char TEH_MARBUTA_GOAL = '\u06C3';
  static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  static final char ARABIC_LETTER_MARK = '\u061C';

  private CharacterRules() {}

  /**
   * Returns what the enabled {@code rules} make of {@code c}: null to keep it, "" to delete it,
   * otherwise its replacement (after all enabled rules, so presentation forms come out fully
   * normalised).
   */
  static String replacement(char c, Set<NormalizationRule> rules) {
    if (rules.contains(NormalizationRule.PRESENTATION_FORMS) && isPresentationForm(c)) {
      String expanded = PresentationForms.decompose(c);
      if (expanded != null) {
        StringBuilder out = new StringBuilder(expanded.length());
        for (int i = 0; i < expanded.length(); i++) {
          char e = expanded.charAt(i);
          String r = basic(e, rules);
          out.append(r == null ? String.valueOf(e) : r);
        }
        return out.toString();
      }
    }
    return basic(c, rules);
  }

  /** The rules other than presentation forms; null keeps {@code c}. */
  private static String basic(char c, Set<NormalizationRule> rules) {
    if (rules.contains(NormalizationRule.DIACRITICS) && isDiacritic(c)) {
      return "";
    }
    if (rules.contains(NormalizationRule.TATWEEL) && c == Normalizer.TATWEEL) {
      return "";
    }
    if (rules.contains(NormalizationRule.FORMAT_CONTROLS) && isFormatControl(c)) {
      return "";
    }
    if (rules.contains(NormalizationRule.ALEF_VARIANTS)) {
      switch (c) {
        case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA, ALEF_WAVY_HAMZA_ABOVE,
            ALEF_WAVY_HAMZA_BELOW -> {
          return String.valueOf(ALEF);
        }
        default -> { }
      }
    }
    if (rules.contains(NormalizationRule.ALEF_MAQSURA) && c == ALEF_MAQSURA) {
      return String.valueOf(YEH);
    }
    if (rules.contains(NormalizationRule.PERSIAN_LETTERS)) {
      switch (c) {
        case FARSI_YEH, YEH_BARREE -> {
          return String.valueOf(YEH);
        }
        case KEHEH -> {
          return String.valueOf(KAF);
        }
        case HEH_YEH_ABOVE, HEH_DOACHASHMEE, AE -> {
          return String.valueOf(HEH);
        }
        case TEH_MARBUTA_GOAL -> {
          return String.valueOf(
              rules.contains(NormalizationRule.TEH_MARBUTA) ? HEH : TEH_MARBUTA);
        }
        default -> { }
      }
    }
    if (rules.contains(NormalizationRule.TEH_MARBUTA) && c == TEH_MARBUTA) {
      return String.valueOf(HEH);
    }
    if (rules.contains(NormalizationRule.DIGITS)) {
      if (c >= '\u0660' && c <= '\u0669') {
        return String.valueOf((char) ('0' + (c - '\u0660')));
      }
      if (c >= '\u06F0' && c <= '\u06F9') {
        return String.valueOf((char) ('0' + (c - '\u06F0')));
      }
      if (c == ARABIC_DECIMAL_SEPARATOR) {
        return ".";
      }
      if (c == ARABIC_THOUSANDS_SEPARATOR) {
        return ",";
      }
    }
    return null;
  }

  /** Arabic combining marks removed by {@link NormalizationRule#DIACRITICS}. */
  static boolean isDiacritic(char c) {
    return (c >= '\u064B' && c <= '\u065F')
        || c == SUPERSCRIPT_ALEF
        || (c >= '\u0610' && c <= '\u061A')
        || (c >= '\u06D6' && c <= '\u06DC')
        || (c >= '\u06DF' && c <= '\u06E4')
        || (c >= '\u06E7' && c <= '\u06E8')
        || (c >= '\u06EA' && c <= '\u06ED');
  }

  /** Invisible controls removed by {@link NormalizationRule#FORMAT_CONTROLS}. */
  static boolean isFormatControl(char c) {
    return c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F'
        || c == ARABIC_LETTER_MARK
        || c == '\u2060'
        || c == '\u00AD'
        || c == '\uFEFF'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  static boolean isPresentationForm(char c) {
    return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF');
  }

  /**
   * Returns true if deleting {@code c} should widen the previous character's original span: a
   * mark, an elongation or a presentation form of marks belongs to the letter before it; a format
   * control belongs to nothing.
   */
  static boolean attachesToPrevious(char c) {
    return isDiacritic(c) || c == Normalizer.TATWEEL || PresentationForms.isMarkForm(c);
  }
}
