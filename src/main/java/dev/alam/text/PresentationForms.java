package dev.alam.text;

/**
 * Compatibility decompositions of the Arabic presentation forms, taken from ICU4J's NFKC data
 * (the Unicode standard's own table) rather than written out by hand. Stateless.
 */
final class PresentationForms {
  private static final com.ibm.icu.text.Normalizer2 NFKC =
      com.ibm.icu.text.Normalizer2.getNFKCInstance();

  private PresentationForms() {}

  /**
   * Returns the decomposition of the presentation form {@code c}, or null if it has none. The
   * isolated and medial mark forms (U+FE70–U+FE7F) decompose to a space and a combining mark;
   * the space only makes the mark printable on its own, so it is dropped.
   */
  static String decompose(char c) {
    String s = NFKC.normalize(String.valueOf(c));
    if (s.length() == 1 && s.charAt(0) == c) {
      return null;
    }
    if (c >= '\uFE70' && c <= '\uFE7F' && s.startsWith(" ")) {
      s = s.substring(1);
    }
    return s;
  }
}
