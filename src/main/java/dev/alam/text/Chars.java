package dev.alam.text;

/** Code-point classes used by the {@link Tokenizer}. Stateless. */
final class Chars {
  static final int ARABIC = 1;
  static final int LATIN = 2;
  static final int OTHER = 3;
  static final int ZWJ = 0x200D;

  /**
   * The answers of the tests below for Latin and Arabic text, code points under this bound,
   * looked up once: {@link Character} finds them through several tables per call, and the
   * tokenizer asks for every character.
   */
  private static final int TABLE_END = 0x0700;
  private static final byte SEPARATOR = 1;
  private static final byte LETTER = 2;
  private static final byte MARK = 4;
  private static final byte PUNCTUATION = 8;
  private static final byte[] CLASSES = new byte[TABLE_END];

  static {
    for (int cp = 0; cp < TABLE_END; cp++) {
      CLASSES[cp] = (byte) ((computeSeparator(cp) ? SEPARATOR : 0)
          | (Character.isLetter(cp) ? LETTER : 0)
          | (computeMark(cp) ? MARK : 0)
          | (computePunctuation(cp) ? PUNCTUATION : 0));
    }
  }

  private Chars() {}

  /** Whitespace of any kind, zero-width space, and control characters separate tokens. */
  static boolean isSeparator(int cp) {
    return cp < TABLE_END ? (CLASSES[cp] & SEPARATOR) != 0 : computeSeparator(cp);
  }

  private static boolean computeSeparator(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || cp == 0x200B
        || Character.getType(cp) == Character.CONTROL;
  }

  /** The invisible controls that {@link NormalizationRule#FORMAT_CONTROLS} removes. */
  static boolean isFormatControl(int cp) {
    return cp <= 0xFFFF && CharacterRules.isFormatControl((char) cp);
  }

  /** Joiners that may sit inside a word. */
  static boolean isJoiner(int cp) {
    return cp == 0x200C || cp == ZWJ || cp == 0x2060 || cp == 0x00AD;
  }

  static boolean isLetter(int cp) {
    return cp < TABLE_END ? (CLASSES[cp] & LETTER) != 0 : Character.isLetter(cp);
  }

  static boolean isMark(int cp) {
    return cp < TABLE_END ? (CLASSES[cp] & MARK) != 0 : computeMark(cp);
  }

  private static boolean computeMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  static boolean isPunctuation(int cp) {
    return cp < TABLE_END ? (CLASSES[cp] & PUNCTUATION) != 0 : computePunctuation(cp);
  }

  private static boolean computePunctuation(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  /** Letters, digits and marks: what a word or number is made of. */
  static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || isMark(cp);
  }

  /** Arabic-script letters (including tatweel), Latin letters, or anything else. */
  static int scriptClass(int cp) {
    if ((cp >= 0x0600 && cp <= 0x06FF)
        || (cp >= 0x0750 && cp <= 0x077F)
        || (cp >= 0x0870 && cp <= 0x08FF)
        || (cp >= 0xFB50 && cp <= 0xFDFF)
        || (cp >= 0xFE70 && cp <= 0xFEFF)
        || (cp >= 0x10E60 && cp <= 0x10EFF)
        || (cp >= 0x1EE00 && cp <= 0x1EEFF)) {
      return ARABIC;
    }
    if (cp < 0x0250 || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0xFF21 && cp <= 0xFF5A)) {
      return LATIN;
    }
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN ? LATIN : OTHER;
  }

  /** Code points that continue a symbol: selectors, skin tones, keycaps, tags. */
  static boolean isSymbolExtender(int cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0xE0100 && cp <= 0xE01EF)
        || (cp >= 0x1F3FB && cp <= 0x1F3FF)
        || (cp >= 0xE0020 && cp <= 0xE007F)
        || isMark(cp);
  }

  static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }
}
