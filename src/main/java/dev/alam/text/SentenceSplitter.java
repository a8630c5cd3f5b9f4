package dev.alam.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Groups tokens into sentences. A sentence ends
 *
 * <ul>
 *   <li>after a token of terminal punctuation ({@code . ! ? ؟ …} or runs of them), taking along
 *       the further terminal marks ({@code ؟!}) and closing quotes and brackets attached to it —
 *       unless the full stop ends an abbreviation: a single letter ({@code د.}, {@code J.}) that
 *       does not follow a number, a letter of an initialism ({@code ق.م.}, {@code U.S.}) that the
 *       next letter follows at once, or a listed Latin abbreviation ({@code Mr.}, {@code Dr.});
 *   <li>at a line break (any newline or paragraph separator between two tokens);
 *   <li>after {@value #MAX_TOKENS} tokens at the latest: a longer run without a sentence end
 *       (a text without punctuation or line breaks) is cut after its last comma, semicolon or
 *       colon in the second half of those tokens, or else at its last space there (so that a
 *       word keeps what is attached to it, {@code (} + {@code كلمة}), or else after the last of
 *       them. Real
 *       sentences are far shorter; the cap keeps the work per sentence bounded (the
 *       statistical model decodes a sentence at a time).
 * </ul>
 *
 * A full stop inside a number is part of the number token and never ends a sentence. Linear in
 * the number of tokens. Stateless.
 */
final class SentenceSplitter {
  /** The most tokens a sentence has. */
  static final int MAX_TOKENS = 500;

  private static final Set<String> ABBREVIATIONS = Set.of(
      "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "vs", "etc", "e.g", "i.e", "No",
      "Gen", "Col", "Lt", "Sgt", "Capt", "Gov", "Sen", "Rep", "Inc", "Ltd", "Co", "Corp");

  private SentenceSplitter() {}

  static List<Sentence> split(String text, List<Token> tokens) {
    List<Sentence> sentences = new ArrayList<>();
    int n = tokens.size();
    int first = 0;
    int lastWeak = -1; // the last weak break (comma, semicolon, colon) of this sentence
    int lastGap = -1; // the last token of this sentence with a character after it, not a token
    for (int t = 0; t < n; t++) {
      Token token = tokens.get(t);
      boolean end = false;
      int last = t;
      int cap = first + MAX_TOKENS - 1; // the last token this sentence may take
      if (isTerminal(token) && !isAbbreviationStop(tokens, t)) {
        // Further terminal marks (?! is two tokens) and closing quotes and brackets attached to
        // the stop end the same sentence.
        while (last + 1 < n && last < cap
            && (isTerminal(tokens.get(last + 1)) || isCloser(tokens.get(last + 1)))
            && tokens.get(last + 1).start() == tokens.get(last).end()) {
          last++;
        }
        end = true;
      }
      if (!end && last + 1 < n && hasLineBreak(text, token.end(), tokens.get(last + 1).start())) {
        end = true;
      }
      if (isWeakBreak(token)) {
        lastWeak = t;
      }
      if (t + 1 < n && token.end() < tokens.get(t + 1).start()) {
        lastGap = t;
      }
      if (!end && last == cap) {
        end = true; // a run without a sentence end: cut it, after a weak break if there is one
        if (lastWeak >= first + MAX_TOKENS / 2) {
          last = lastWeak;
        } else if (lastGap >= first + MAX_TOKENS / 2) {
          last = lastGap;
        }
      }
      if (end || last + 1 == n) {
        sentences.add(new Sentence(tokens.get(first).start(), tokens.get(last).end()));
        first = last + 1;
        lastWeak = -1;
        lastGap = -1;
        t = last;
      }
    }
    return sentences;
  }

  /** A comma, semicolon or colon, Arabic or Latin: where an over-long run is best cut. */
  private static boolean isWeakBreak(Token token) {
    if (token.kind() != TokenKind.PUNCTUATION) {
      return false;
    }
    char c = token.text().charAt(0);
    return c == '،' || c == '؛' || c == ',' || c == ';' || c == ':';
  }

  private static boolean isTerminal(Token token) {
    if (token.kind() != TokenKind.PUNCTUATION) {
      return false;
    }
    String s = token.text();
    for (int i = 0; i < s.length(); i++) {
      if (".!?؟…".indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAbbreviationStop(List<Token> tokens, int t) {
    Token stop = tokens.get(t);
    if (!stop.text().equals(".") || t == 0) {
      return false;
    }
    Token before = tokens.get(t - 1);
    if (before.end() != stop.start() || !before.kind().isWord()) {
      return false;
    }
    if (ABBREVIATIONS.contains(before.text())) {
      return true;
    }
    boolean singleLetter = before.text().codePointCount(0, before.text().length()) == 1;
    if (!singleLetter) {
      return false;
    }
    // Inside an initialism (ق.م. U.S.) the stop is followed at once by the next letter.
    boolean insideInitialism = t + 1 < tokens.size()
        && tokens.get(t + 1).start() == stop.end() && tokens.get(t + 1).kind().isWord();
    boolean afterNumber = t >= 2 && tokens.get(t - 2).kind() == TokenKind.NUMBER;
    boolean notLast = t + 1 < tokens.size();
    return insideInitialism || (!afterNumber && notLast);
  }

  private static boolean isCloser(Token token) {
    if (token.kind() != TokenKind.PUNCTUATION) {
      return false;
    }
    int type = Character.getType(token.text().codePointAt(0));
    return type == Character.END_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION
        || "\"'»".indexOf(token.text().charAt(0)) >= 0;
  }

  private static boolean hasLineBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085'
          || c == '\u000B' || c == '\u000C') {
        return true;
      }
    }
    return false;
  }
}
