package dev.alam.text;

/** What a {@link Token} is. The {@link #label()} is the name used in the CLI's JSON output. */
public enum TokenKind {
  /** A word in Arabic script (Arabic, Persian, Urdu letters), after proclitics are split off. */
  ARABIC_WORD("arabic"),
  /**
   * A proclitic split off an Arabic word: the conjunctions {@code و ف} or the prepositions
   * {@code ب ل ك}, one letter per token.
   */
  PROCLITIC("proclitic"),
  /** A word in Latin script, possibly with digits ({@code G20}) and inner hyphens or apostrophes. */
  LATIN_WORD("latin"),
  /** A word in any other script (Cyrillic, Han, …). */
  OTHER_WORD("word"),
  /** A number in any digits, with inner separators kept ({@code 3.5}, {@code ٢٠١٩/١٠/٢٣}). */
  NUMBER("number"),
  /** Punctuation; a run of one repeated mark ({@code ...}, {@code !!}) is one token. */
  PUNCTUATION("punct"),
  /** A symbol, emoji (with its modifiers and joined sequence) or other non-word character. */
  SYMBOL("symbol"),
  /** A web address starting with {@code http://}, {@code https://} or {@code www.}. */
  URL("url"),
  /** An e-mail address. */
  EMAIL("email"),
  /** A hashtag: {@code #} followed by letters, digits and underscores in any script. */
  HASHTAG("hashtag"),
  /** A social-media handle: {@code @} followed by Latin letters, digits and underscores. */
  HANDLE("handle");

  private final String label;

  TokenKind(String label) {
    this.label = label;
  }

  /** Returns the lower-case name of this kind used in JSON output, e.g. {@code "arabic"}. */
  public String label() {
    return label;
  }

  /** Returns true for the word kinds: Arabic, Latin and other-script words. */
  public boolean isWord() {
    return this == ARABIC_WORD || this == LATIN_WORD || this == OTHER_WORD;
  }
}
