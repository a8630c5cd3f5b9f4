package dev.alam.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits text into {@link Token}s and {@link Sentence}s with offsets into the original input.
 *
 * <p>Tokenisation works on the original characters, so offsets are exact by construction; each
 * token's normalised form comes from {@link Normalizer#standard()}. The rules:
 *
 * <ul>
 *   <li>Whitespace (any Unicode space, including no-break and zero-width space), control
 *       characters and stray format controls separate tokens and belong to none.
 *   <li>A word is a run of letters of one script class (Arabic, Latin, other), with the
 *       combining marks and tatweel inside or after it and the joiners (ZWNJ, ZWJ) inside it.
 *       Latin words also take digits ({@code G20}) and inner hyphens and apostrophes.
 *   <li>A number is a run of digits (any script) with single inner separators {@code . , / : -
 *       ٫ ٬} between digits: {@code 3.5}, {@code ٢٠١٩/١٠/٢٣}.
 *   <li>URLs ({@code http://}, {@code https://}, {@code www.}), e-mail addresses, hashtags and
 *       {@code @handles} are single tokens. A URL ends at whitespace, {@code < > "} or Arabic
 *       punctuation, and leaves trailing punctuation and unbalanced closing brackets outside.
 *   <li>Punctuation never sticks to a word: {@code شمخاني،أن → شمخاني ، أن}. A run of one
 *       repeated mark ({@code ...}) is one token.
 *   <li>A symbol or emoji is one token together with its variation selectors, skin-tone
 *       modifiers, keycap marks and zero-width-joined continuation.
 *   <li>Arabic words lose their attached proclitics ({@code و ف ب ل ك}) to separate tokens when
 *       the {@link ProcliticSegmenter} finds evidence for them.
 * </ul>
 *
 * <p>No token spans whitespace, no token splits a surrogate pair, and tokens never overlap.
 * Tokenisation is linear in the length of the input.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Tokenizer {
  private static final String SEPARATORS_IN_NUMBERS = ".,/:-\u066B\u066C";
  // Arabic comma, semicolon, question mark and guillemets: written after an address without a
  // space, never part of one (an address would percent-encode them).
  private static final String ARABIC_PUNCTUATION = "\u060C\u061B\u061F«»";
  private static final Normalizer NORMALIZER = Normalizer.standard();

  private static volatile Tokenizer standard;

  private final ProcliticSegmenter segmenter;

  private Tokenizer(ProcliticSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  /**
   * Returns a tokenizer that splits proclitics with the bundled {@link
   * ProcliticSegmenter#standard() segmenter}.
   *
   * @throws IllegalStateException if the bundled vocabulary resource is missing or corrupt
   */
  public static Tokenizer standard() {
    Tokenizer t = standard;
    if (t == null) {
      t = new Tokenizer(ProcliticSegmenter.standard());
      standard = t; // a benign race: every instance is equivalent
    }
    return t;
  }

  /**
   * Returns a tokenizer that splits proclitics with {@code segmenter}.
   *
   * @throws NullPointerException if {@code segmenter} is null
   */
  public static Tokenizer withSegmenter(ProcliticSegmenter segmenter) {
    return new Tokenizer(Objects.requireNonNull(segmenter, "segmenter"));
  }

  /** Returns a tokenizer that keeps proclitics attached to their words. */
  public static Tokenizer withoutProcliticSplitting() {
    return new Tokenizer(null);
  }

  /**
   * Tokenises {@code text} and splits it into sentences.
   *
   * @param text any text, possibly empty
   * @return the tokens and sentences; empty lists for text without tokens
   * @throws NullPointerException if {@code text} is null
   */
  public TokenizedText analyze(String text) {
    List<Token> tokens = tokenize(text);
    return new TokenizedText(text, tokens, SentenceSplitter.split(text, tokens));
  }

  /**
   * Tokenises {@code text}.
   *
   * @param text any text, possibly empty
   * @return the tokens in document order, as an unmodifiable list; empty if there are none
   * @throws NullPointerException if {@code text} is null
   */
  public List<Token> tokenize(String text) {
    Objects.requireNonNull(text, "text");
    Scanner scanner = new Scanner(text);
    scanner.run();
    return List.copyOf(scanner.tokens);
  }

  /** The state of one tokenisation; confined to the calling thread. */
  private final class Scanner {
    private final String text;
    private final int length;
    private final List<Token> tokens;
    // Everything before this index is known not to start an e-mail address (keeps it linear).
    private int noEmailBefore;

    Scanner(String text) {
      this.text = text;
      this.length = text.length();
      this.tokens = new ArrayList<>(length / 5 + 4);
    }

    void run() {
      int i = 0;
      while (i < length) {
        int cp = text.codePointAt(i);
        int next = i + Character.charCount(cp);
        if (Chars.isSeparator(cp) || Chars.isFormatControl(cp)) {
          i = next;
          continue;
        }
        int end = scanKeycap(i, cp);
        if (end == i) {
          end = scanSpecial(i, cp);
        }
        if (end > i) {
          i = end;
          continue;
        }
        if (Chars.isLetter(cp)) {
          i = scanWord(i, cp);
        } else if (Character.isDigit(cp)) {
          i = scanNumber(i);
        } else if (Chars.isPunctuation(cp)) {
          i = scanPunctuation(i, cp, next);
        } else if (Chars.isMark(cp)) {
          i = scanMarks(i);
        } else {
          i = scanSymbol(i, next);
        }
      }
    }

    /**
     * Tries a keycap emoji at {@code i}: {@code 0-9 # *}, an optional emoji variation selector
     * and the combining enclosing keycap ({@code 1️⃣}); returns the end, or {@code i}.
     */
    private int scanKeycap(int i, int cp) {
      if ((cp >= '0' && cp <= '9') || cp == '#' || cp == '*') {
        int j = i + 1;
        if (j < length && text.charAt(j) == '\uFE0F') {
          j++;
        }
        if (j < length && text.charAt(j) == '\u20E3') {
          add(i, j + 1, TokenKind.SYMBOL);
          return j + 1;
        }
      }
      return i;
    }

    /** Tries URL, e-mail, hashtag and handle at {@code i}; returns the end, or {@code i}. */
    private int scanSpecial(int i, int cp) {
      if (cp >= 0x80) {
        return i; // URLs, addresses, hashtags and handles all start with an ASCII character
      }
      boolean wordStart = i == 0 || !Chars.isWordChar(text.codePointBefore(i));
      if (!wordStart) {
        return i;
      }
      if (cp == 'h' || cp == 'H' || cp == 'w' || cp == 'W') {
        int end = scanUrl(i);
        if (end > i) {
          add(i, end, TokenKind.URL);
          return end;
        }
      }
      if (cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '_') && i >= noEmailBefore) {
        int end = scanEmail(i);
        if (end > i) {
          add(i, end, TokenKind.EMAIL);
          return end;
        }
      }
      if ((cp == '#' || cp == '@') && i + 1 < length) {
        int end = scanTag(i, cp == '#');
        if (end > i) {
          add(i, end, cp == '#' ? TokenKind.HASHTAG : TokenKind.HANDLE);
          return end;
        }
      }
      return i;
    }

    private int scanUrl(int i) {
      boolean scheme = text.regionMatches(true, i, "http://", 0, 7)
          || text.regionMatches(true, i, "https://", 0, 8);
      boolean www = text.regionMatches(true, i, "www.", 0, 4);
      if (!scheme && !www) {
        return i;
      }
      int j = i;
      while (j < length) {
        int c = text.codePointAt(j);
        if (Chars.isSeparator(c) || c == '<' || c == '>' || c == '"' || Chars.isFormatControl(c)
            || ARABIC_PUNCTUATION.indexOf(c) >= 0) {
          break;
        }
        j += Character.charCount(c);
      }
      // Trailing punctuation belongs to the sentence, not the address; a closing bracket stays
      // only if the address opened one. Brackets are counted once, so this stays linear.
      int parentheses = balance(i, j, '(', ')');
      int brackets = balance(i, j, '[', ']');
      while (j > i) {
        char c = text.charAt(j - 1);
        if (".,;:!?'\"»«،؛؟".indexOf(c) >= 0) {
          j--;
        } else if (c == ')' && parentheses < 0) {
          parentheses++;
          j--;
        } else if (c == ']' && brackets < 0) {
          brackets++;
          j--;
        } else {
          break;
        }
      }
      int minimum = i + (www ? 5 : text.charAt(i + 4) == ':' ? 8 : 9);
      return j >= minimum ? j : i;
    }

    /** Returns how many more {@code open} than {@code close} characters {@code [from, to)} has. */
    private int balance(int from, int to, char open, char close) {
      int n = 0;
      for (int k = from; k < to; k++) {
        char c = text.charAt(k);
        if (c == open) {
          n++;
        } else if (c == close) {
          n--;
        }
      }
      return n;
    }

    /** Matches {@code local@domain.tld} in ASCII at {@code i}; returns the end or {@code i}. */
    private int scanEmail(int i) {
      int j = i;
      while (j < length && isLocalPartChar(text.charAt(j))) {
        j++;
      }
      // Whatever the outcome, every later start inside this local part reaches the same '@' and
      // the same domain, so none of them can start an address if this one does not.
      noEmailBefore = j + 1;
      if (j == i || j >= length || text.charAt(j) != '@') {
        return i;
      }
      int domainStart = j + 1;
      int k = domainStart;
      int lastDot = -1;
      while (k < length) {
        char c = text.charAt(k);
        if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-')) {
          k++;
        } else if (c == '.' && k + 1 < length && k > domainStart && text.charAt(k - 1) != '.'
            && isDomainChar(text.charAt(k + 1))) {
          lastDot = k;
          k++;
        } else {
          break;
        }
      }
      while (text.charAt(k - 1) == '-') {
        k--; // a domain label never ends with a hyphen: "a@b.com-" is an address and a dash
      }
      if (lastDot < 0 || k - lastDot < 3 || !Character.isLetter(text.charAt(lastDot + 1))) {
        return i;
      }
      return k;
    }

    private boolean isLocalPartChar(char c) {
      return c < 0x80 && (Character.isLetterOrDigit(c) || ".-_+%".indexOf(c) >= 0);
    }

    private boolean isDomainChar(char c) {
      return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** Matches a hashtag or a handle at {@code i}; returns the end or {@code i}. */
    private int scanTag(int i, boolean hashtag) {
      int j = i + 1;
      int last = i;
      while (j < length) {
        int c = text.codePointAt(j);
        boolean ok = hashtag
            ? Chars.isLetter(c) || Character.isDigit(c) || c == '_' || Chars.isMark(c)
            : c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
        if (!ok) {
          break;
        }
        j += Character.charCount(c);
        if (!Chars.isMark(c)) {
          last = j;
        }
      }
      // A tag of marks or underscores only is not a tag.
      return last > i + 1 && hasLetterOrDigit(i + 1, last) ? j : i;
    }

    private boolean hasLetterOrDigit(int from, int to) {
      for (int k = from; k < to; ) {
        int c = text.codePointAt(k);
        if (Character.isLetterOrDigit(c)) {
          return true;
        }
        k += Character.charCount(c);
      }
      return false;
    }

    private int scanWord(int i, int first) {
      int script = Chars.scriptClass(first);
      int j = i + Character.charCount(first);
      int end = j;
      while (j < length) {
        int c = text.codePointAt(j);
        int width = Character.charCount(c);
        if (Chars.isLetter(c) && Chars.scriptClass(c) == script) {
          j += width;
          end = j;
        } else if (Chars.isMark(c)) {
          j += width;
          end = j;
        } else if (script == Chars.LATIN && Character.isDigit(c)) {
          j += width;
          end = j;
        } else if (script == Chars.LATIN && (c == '-' || c == '\'' || c == '\u2019')
            && j + 1 < length && Chars.scriptClass(text.codePointAt(j + 1)) == Chars.LATIN
            && Chars.isLetter(text.codePointAt(j + 1))) {
          j += width;
        } else if (Chars.isJoiner(c)) {
          j += width; // kept only if the word goes on after it
        } else {
          break;
        }
      }
      TokenKind kind = script == Chars.ARABIC ? TokenKind.ARABIC_WORD
          : script == Chars.LATIN ? TokenKind.LATIN_WORD : TokenKind.OTHER_WORD;
      if (kind == TokenKind.ARABIC_WORD && segmenter != null) {
        addArabicWord(i, end);
      } else {
        add(i, end, kind);
      }
      return end;
    }

    private int scanNumber(int i) {
      int j = i;
      boolean separated = false;
      while (j < length) {
        int c = text.codePointAt(j);
        if (Character.isDigit(c)) {
          j += Character.charCount(c);
        } else if (SEPARATORS_IN_NUMBERS.indexOf(c) >= 0 && j + 1 < length
            && Character.isDigit(text.codePointAt(j + 1))) {
          separated = true;
          j += 1;
        } else {
          break;
        }
      }
      // 5G, 3D: ASCII digits and Latin letters make an alphanumeric Latin word. Other digits
      // (٥G) stay a number: scanWord would class them with their script's letters.
      if (!separated && j < length && Chars.scriptClass(text.codePointAt(j)) == Chars.LATIN
          && Chars.isLetter(text.codePointAt(j))
          && Chars.scriptClass(text.codePointAt(i)) == Chars.LATIN) {
        return scanWord(i, text.codePointAt(i));
      }
      add(i, j, TokenKind.NUMBER);
      return j;
    }

    private int scanPunctuation(int i, int cp, int next) {
      int j = next;
      while (j < length && text.codePointAt(j) == cp) {
        j += Character.charCount(cp);
      }
      add(i, j, TokenKind.PUNCTUATION);
      return j;
    }

    private int scanMarks(int i) {
      int j = i;
      while (j < length && Chars.isMark(text.codePointAt(j))) {
        j += Character.charCount(text.codePointAt(j));
      }
      add(i, j, TokenKind.SYMBOL);
      return j;
    }

    private int scanSymbol(int i, int next) {
      int first = text.codePointAt(i);
      int j = next;
      boolean regionalPair = Chars.isRegionalIndicator(first);
      while (j < length) {
        int c = text.codePointAt(j);
        int width = Character.charCount(c);
        if (Chars.isSymbolExtender(c)) {
          j += width;
        } else if (regionalPair && Chars.isRegionalIndicator(c)) {
          j += width;
          regionalPair = false;
        } else if (c == Chars.ZWJ && j + 1 < length) {
          int after = text.codePointAt(j + 1);
          if (Character.getType(after) == Character.OTHER_SYMBOL) {
            j += 1 + Character.charCount(after);
          } else {
            break;
          }
        } else {
          break;
        }
      }
      add(i, j, TokenKind.SYMBOL);
      return j;
    }

    private void addArabicWord(int start, int end) {
      String word = text.substring(start, end);
      String norm = NORMALIZER.normalizeToString(word);
      ProcliticSegmenter.Split split = norm.isEmpty() ? null : segmenter.split(norm);
      if (split == null || split.proclitics() == 0) {
        add(start, end, word, norm, TokenKind.ARABIC_WORD);
        return;
      }
      // Mostly every character maps to one: then normalised and original indices agree, and the
      // offset map is not needed.
      NormalizedText mapped = isOneToOne(word) ? null : NORMALIZER.normalize(word);
      int k = split.proclitics();
      int baseStart = mapped == null ? k : mapped.toOriginalStart(k);
      if (mapped != null && baseStart <= mapped.toOriginalStart(k - 1)) {
        add(start, end, word, norm, TokenKind.ARABIC_WORD); // the split falls inside a ligature
        return;
      }
      // A proclitic runs from where the word (or its own letter) starts to where the next piece
      // starts, so that no tatweel or mark the map attaches to nothing is dropped: one before the
      // first letter, or one after a deleted format control ("ب\u200Cـأمين"). Format controls at
      // its end are left between the tokens, like whitespace.
      int s = 0;
      for (int p = 0; p < k; p++) {
        int next = mapped == null ? p + 1 : mapped.toOriginalStart(p + 1);
        int e = next;
        while (e > s + 1 && Chars.isFormatControl(word.charAt(e - 1))) {
          e--;
        }
        add(start + s, start + e, word.substring(s, e), norm.substring(p, p + 1),
            TokenKind.PROCLITIC);
        s = next;
      }
      String baseNorm = split.articleRestored() ? "ا" + norm.substring(k) : norm.substring(k);
      add(start + baseStart, end, word.substring(baseStart), baseNorm, TokenKind.ARABIC_WORD);
    }

    /** True if normalisation keeps or replaces each character of {@code word} by one. */
    private boolean isOneToOne(String word) {
      for (int i = 0; i < word.length(); i++) {
        String replacement = NORMALIZER.replacement(word.charAt(i));
        if (replacement != null && replacement.length() != 1) {
          return false;
        }
      }
      return true;
    }

    private void add(int start, int end, TokenKind kind) {
      String t = text.substring(start, end);
      add(start, end, t, NORMALIZER.normalizeToString(t), kind);
    }

    private void add(int start, int end, String t, String norm, TokenKind kind) {
      if (norm.isEmpty()) {
        // Nothing left after normalisation (a lone tatweel run, say): keep the characters.
        tokens.add(new Token(t, start, end, t, kind.isWord() ? TokenKind.SYMBOL : kind));
      } else {
        tokens.add(new Token(t, start, end, norm, kind));
      }
    }
  }
}
