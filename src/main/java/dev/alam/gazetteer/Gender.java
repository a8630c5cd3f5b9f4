package dev.alam.gazetteer;

/** The grammatical gender of a lexicon word, written {@code m}, {@code f} or {@code c} in TSV. */
public enum Gender {
  /** Masculine ({@code وزير}, {@code إيراني}). */
  MASCULINE("m"),
  /** Feminine ({@code وزيرة}, {@code إيرانية}). */
  FEMININE("f"),
  /** Either or neither: words whose gender does not matter here ({@code آل}, family names). */
  COMMON("c");

  private final String code;

  Gender(String code) {
    this.code = code;
  }

  /** Returns the TSV spelling: {@code m}, {@code f} or {@code c}. */
  public String code() {
    return code;
  }

  /**
   * Returns the gender spelled {@code code} in TSV.
   *
   * @throws IllegalArgumentException if {@code code} is not {@code m}, {@code f} or {@code c}
   */
  public static Gender ofCode(String code) {
    for (Gender g : values()) {
      if (g.code.equals(code)) {
        return g;
      }
    }
    throw new IllegalArgumentException("gender must be m, f or c, got '" + code + "'");
  }
}
