package dev.alam.text;

/**
 * One rewriting rule of the {@link Normalizer}. Every rule is a character-level mapping, so
 * rules can be switched on and off independently and the offset map stays exact.
 *
 * <p>Rules that delete characters attach combining marks and tatweel to the preceding kept
 * character (a diacritic belongs to its letter), while deleted format controls are attached to
 * nothing: a right-to-left mark after a word is not part of the word.
 */
public enum NormalizationRule {
  /**
   * Arabic presentation forms A and B (U+FB50–U+FDFF, U+FE70–U+FEFF) are replaced by their
   * compatibility decomposition (ICU4J NFKC): {@code ﻻ → لا}, {@code ﷲ → الله}, contextual
   * letter shapes ({@code ﺏ ﺑ ﺒ ﺐ → ب}). The spacing mark forms (U+FE70–U+FE7F and the shadda
   * ligatures U+FC5E–U+FC63) become the plain combining marks, without the space NFKC puts before
   * them. The result passes through the other enabled rules.
   */
  PRESENTATION_FORMS,
  /**
   * Harakat and other Arabic combining marks are removed: U+064B–U+065F (tanwin, short vowels,
   * shadda, sukun, maddah and hamza marks above and below, subscript alef, …), superscript alef
   * U+0670, and the Quranic annotation marks U+0610–U+061A, U+06D6–U+06DC, U+06DF–U+06E4,
   * U+06E7–U+06E8 and U+06EA–U+06ED.
   */
  DIACRITICS,
  /** Tatweel (kashida, U+0640), a purely typographic elongation, is removed. */
  TATWEEL,
  /**
   * Hamza and madda alef forms and alef wasla become bare alef: {@code أ إ آ ٱ ٲ ٳ → ا}. Writers
   * omit or misplace these marks freely, so names match only when they are unified.
   */
  ALEF_VARIANTS,
  /** Alef maqsura becomes yeh: {@code ى → ي} (Egyptian and careless spelling swap them). */
  ALEF_MAQSURA,
  /**
   * Teh marbuta becomes heh: {@code ة → ه}. Meant for matching keys; it makes feminine nouns
   * and some masculine ones spell alike.
   */
  TEH_MARBUTA,
  /**
   * Persian and Urdu letter shapes become their Arabic counterparts: Farsi yeh {@code ی} and
   * yeh barree {@code ے → ي}, keheh {@code ک → ك}, heh with yeh above {@code ۀ}, heh doachashmee
   * {@code ھ} and ae {@code ە → ه}, teh marbuta goal {@code ۃ → ة} (then {@code ه} when {@link
   * #TEH_MARBUTA} is on).
   */
  PERSIAN_LETTERS,
  /**
   * Arabic-Indic (U+0660–U+0669) and extended Arabic-Indic (Persian/Urdu, U+06F0–U+06F9) digits
   * become ASCII digits; the Arabic decimal separator {@code ٫} becomes {@code .} and the Arabic
   * thousands separator {@code ٬} becomes {@code ,}.
   */
  DIGITS,
  /**
   * Invisible format controls are removed: LRM, RLM, ALM (U+061C), ZWNJ, ZWJ, word joiner,
   * soft hyphen, byte-order mark / ZWNBSP, bidi embeddings and overrides (U+202A–U+202E) and
   * isolates (U+2066–U+2069). They change rendering, never the word.
   */
  FORMAT_CONTROLS
}
