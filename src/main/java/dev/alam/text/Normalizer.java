package dev.alam.text;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Rewrites Arabic text into a normalised view for matching, keeping an exact map back to the
 * original. The rules are listed, with what each does, in {@link NormalizationRule}; {@link
 * #standard()} applies all of them, {@link #of(Set)} any subset.
 *
 * <p>All rules are per character: a presentation form expands to its letters, a diacritic or a
 * format control disappears, a letter variant becomes its base letter. Characters outside the
 * Arabic blocks, the Arabic presentation forms and the general-punctuation format controls pass
 * through untouched, so surrogate pairs are never split.
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 */
public final class Normalizer {
  static final char TATWEEL = '\u0640';
  private static final char SOFT_HYPHEN = '\u00AD';
  private static final int ARABIC_BASE = 0x0600;
  private static final int GENERAL_BASE = 0x2000;
  private static final int GENERAL_END = 0x2070;
  private static final int PRESENTATION_BASE = 0xFB50;
  private static final int PRESENTATION_END = 0xFF00;

  private static final Normalizer STANDARD = new Normalizer(EnumSet.allOf(NormalizationRule.class));

  private final Set<NormalizationRule> rules;
  // Replacement per character: null keeps the character, "" deletes it.
  private final String[] arabic = new String[0x100];
  private final String[] general = new String[GENERAL_END - GENERAL_BASE];
  private final String[] presentation = new String[PRESENTATION_END - PRESENTATION_BASE];
  private final String softHyphen;

  private Normalizer(EnumSet<NormalizationRule> rules) {
    this.rules = Collections.unmodifiableSet(rules);
    for (int c = ARABIC_BASE; c < ARABIC_BASE + arabic.length; c++) {
      arabic[c - ARABIC_BASE] = CharacterRules.replacement((char) c, rules);
    }
    for (int c = GENERAL_BASE; c < GENERAL_END; c++) {
      general[c - GENERAL_BASE] = CharacterRules.replacement((char) c, rules);
    }
    for (int c = PRESENTATION_BASE; c < PRESENTATION_END; c++) {
      presentation[c - PRESENTATION_BASE] = CharacterRules.replacement((char) c, rules);
    }
    softHyphen = CharacterRules.replacement(SOFT_HYPHEN, rules);
  }

  /** Returns the normaliser with every {@link NormalizationRule} on; the one Alam matches with. */
  public static Normalizer standard() {
    return STANDARD;
  }

  /**
   * Returns a normaliser applying exactly the given rules.
   *
   * @param rules the rules to apply, possibly empty (then the normaliser is the identity)
   * @throws NullPointerException if {@code rules} is null or contains null
   */
  public static Normalizer of(Set<NormalizationRule> rules) {
    Objects.requireNonNull(rules, "rules");
    EnumSet<NormalizationRule> copy = EnumSet.noneOf(NormalizationRule.class);
    for (NormalizationRule rule : rules) {
      copy.add(Objects.requireNonNull(rule, "rules contains null"));
    }
    return copy.size() == NormalizationRule.values().length ? STANDARD : new Normalizer(copy);
  }

  /** Returns the rules this normaliser applies, as an unmodifiable set. */
  public Set<NormalizationRule> rules() {
    return rules;
  }

  /**
   * Normalises {@code text} and records where each normalised character came from.
   *
   * @param text any text, possibly empty
   * @return the normalised view with its offset map; never null
   * @throws NullPointerException if {@code text} is null
   */
  public NormalizedText normalize(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String original = text.toString();
    int length = original.length();
    int first = firstChange(original, 0, length);
    if (first == length) {
      return NormalizedText.identity(original);
    }
    StringBuilder out = new StringBuilder(length);
    int[] starts = new int[length + 16];
    int[] ends = new int[length + 16];
    int n = 0;
    for (int i = 0; i < length; i++) {
      char c = original.charAt(i);
      String replacement = i < first ? null : replacement(c);
      if (replacement == null) {
        if (n + 2 > starts.length) {
          starts = grow(starts);
          ends = grow(ends);
        }
        if (Character.isHighSurrogate(c) && i + 1 < length
            && Character.isLowSurrogate(original.charAt(i + 1))) {
          // Both halves of a pair map to the whole pair, so no span can split it.
          out.append(c).append(original.charAt(i + 1));
          starts[n] = i;
          ends[n] = i + 2;
          starts[n + 1] = i;
          ends[n + 1] = i + 2;
          n += 2;
          i++;
          continue;
        }
        out.append(c);
        starts[n] = i;
        ends[n] = i + 1;
        n++;
      } else if (replacement.isEmpty()) {
        if (CharacterRules.attachesToPrevious(c) && n > 0 && ends[n - 1] == i) {
          // Widen every character that shares the previous span (a ligature's letters, a
          // pair's halves), so that they keep sharing one span.
          int source = starts[n - 1];
          for (int m = n - 1; m >= 0 && starts[m] == source; m--) {
            ends[m] = i + 1;
          }
        }
      } else {
        for (int k = 0; k < replacement.length(); k++) {
          if (n >= starts.length) {
            starts = grow(starts);
            ends = grow(ends);
          }
          out.append(replacement.charAt(k));
          starts[n] = i;
          ends[n] = i + 1;
          n++;
        }
      }
    }
    return new NormalizedText(original, out.toString(), starts, ends);
  }

  /**
   * Normalises {@code text} without building an offset map; the fast path for matching keys.
   *
   * @param text any text, possibly empty
   * @return the normalised text; {@code text.toString()} itself when no rule applies
   * @throws NullPointerException if {@code text} is null
   */
  public String normalizeToString(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return normalizeRange(text, 0, text.length());
  }

  /**
   * Normalises the characters {@code [start, end)} of {@code text}; see {@link
   * #normalizeToString(CharSequence)}.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IndexOutOfBoundsException if the range is not within {@code text}
   */
  public String normalizeRange(CharSequence text, int start, int end) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(start, end, text.length());
    int first = firstChange(text, start, end);
    if (first == end) {
      return text.subSequence(start, end).toString();
    }
    StringBuilder out = new StringBuilder(end - start);
    out.append(text, start, first);
    for (int i = first; i < end; i++) {
      char c = text.charAt(i);
      String replacement = replacement(c);
      if (replacement == null) {
        out.append(c);
      } else {
        out.append(replacement);
      }
    }
    return out.toString();
  }

  /**
   * Returns true if no rule changes any character of {@code text}.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public boolean isNormalized(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return firstChange(text, 0, text.length()) == text.length();
  }

  private int firstChange(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (replacement(text.charAt(i)) != null) {
        return i;
      }
    }
    return end;
  }

  /** Returns the replacement of {@code c}: null to keep it, "" to delete it. */
  String replacement(char c) {
    if (c < ARABIC_BASE) {
      return c == SOFT_HYPHEN ? softHyphen : null;
    }
    if (c < ARABIC_BASE + 0x100) {
      return arabic[c - ARABIC_BASE];
    }
    if (c < GENERAL_BASE) {
      return null;
    }
    if (c < GENERAL_END) {
      return general[c - GENERAL_BASE];
    }
    if (c < PRESENTATION_BASE) {
      return null;
    }
    if (c < PRESENTATION_END) {
      return presentation[c - PRESENTATION_BASE];
    }
    return null;
  }

  private static int[] grow(int[] a) {
    return java.util.Arrays.copyOf(a, a.length * 2 + 16);
  }

  @Override
  public String toString() {
    return "Normalizer" + rules;
  }
}
