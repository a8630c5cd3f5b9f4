package dev.alam.gazetteer;

/** The grammatical number of a lexicon word, written {@code sg}, {@code du} or {@code pl} in TSV. */
public enum GrammaticalNumber {
  /** Singular ({@code وزير}). */
  SINGULAR("sg"),
  /** Dual ({@code وزيران}, {@code وزيرين}). */
  DUAL("du"),
  /** Plural, sound or broken ({@code وزراء}, {@code مستشارون}, {@code مستشارو}). */
  PLURAL("pl");

  private final String code;

  GrammaticalNumber(String code) {
    this.code = code;
  }

  /** Returns the TSV spelling: {@code sg}, {@code du} or {@code pl}. */
  public String code() {
    return code;
  }

  /**
   * Returns the number spelled {@code code} in TSV.
   *
   * @throws IllegalArgumentException if {@code code} is not {@code sg}, {@code du} or {@code pl}
   */
  public static GrammaticalNumber ofCode(String code) {
    for (GrammaticalNumber n : values()) {
      if (n.code.equals(code)) {
        return n;
      }
    }
    throw new IllegalArgumentException("number must be sg, du or pl, got '" + code + "'");
  }
}
