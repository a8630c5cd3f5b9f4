package dev.alam.text;

import java.util.BitSet;

/**
 * Compatibility decompositions of the Arabic presentation forms, taken from ICU4J's NFKC data
 * (the Unicode standard's own table) rather than written out by hand. Stateless.
 */
final class PresentationForms {
  private static final com.ibm.icu.text.Normalizer2 NFKC =
      com.ibm.icu.text.Normalizer2.getNFKCInstance();
  // Forms that are nothing but combining marks carried by a space or a tatweel.
  private static final BitSet MARK_FORMS = markForms();

  private PresentationForms() {}

  /**
   * Returns the decomposition of the presentation form {@code c}, or null if it has none. The
   * spacing forms of marks (isolated harakat U+FE70–U+FE7E, shadda ligatures U+FC5E–U+FC63)
   * decompose to a space and combining marks; the space only makes the marks printable on their
   * own, so it is dropped.
   */
  static String decompose(char c) {
    String s = NFKC.normalize(String.valueOf(c));
    if (s.length() == 1 && s.charAt(0) == c) {
      return null;
    }
    if (MARK_FORMS.get(c) && s.charAt(0) == ' ') {
      s = s.substring(1);
    }
    return s;
  }

  /**
   * Returns true if the presentation form {@code c} stands for combining marks only, with at most
   * a space or tatweel to carry them ({@code ﹶ ﹷ ﱠ ﳲ}): such a form belongs to the letter before
   * it, like the marks themselves.
   */
  static boolean isMarkForm(char c) {
    return MARK_FORMS.get(c);
  }

  private static BitSet markForms() {
    BitSet forms = new BitSet();
    for (char c = '\uFB50'; c < '\uFF00'; c++) {
      String s = NFKC.normalize(String.valueOf(c));
      if (!CharacterRules.isPresentationForm(c) || s.length() < 2) {
        continue;
      }
      boolean marks = true;
      for (int i = 0; i < s.length() && marks; i++) {
        char d = s.charAt(i);
        marks = i == 0 && (d == ' ' || d == Normalizer.TATWEEL)
            || Character.getType(d) == Character.NON_SPACING_MARK;
      }
      forms.set(c, marks);
    }
    return forms;
  }
}
