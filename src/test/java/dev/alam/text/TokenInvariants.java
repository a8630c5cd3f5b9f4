package dev.alam.text;

import java.util.List;

/**
 * The offset invariants every analysis result must satisfy, checked in one place so that every
 * test — unit, corpus and property — holds results to the same contract. {@link
 * #checkSpan(String, int, int, String, String)} is the part that applies to any span over the
 * original input (tokens now, entities later).
 *
 * <p>Failures throw {@link AssertionError} with the offending span and its context. The checks
 * are plain comparisons, cheap enough to run on every sentence of the corpora.
 */
public final class TokenInvariants {
  private TokenInvariants() {}

  /**
   * Checks a tokenisation of {@code input}:
   *
   * <ul>
   *   <li>the result's text is {@code input};
   *   <li>every token satisfies {@link #checkSpan}, contains no whitespace and has a non-empty
   *       normal form;
   *   <li>tokens are in document order and do not overlap;
   *   <li>sentences are in document order and do not overlap, each starts at a token's start and
   *       ends at a token's end, and every token lies in exactly one sentence, which {@link
   *       TokenizedText#tokensOf(Sentence)} returns.
   * </ul>
   *
   * @param input the text that was analysed
   * @param result what the tokenizer made of it
   * @throws AssertionError if an invariant is broken
   */
  public static void check(String input, TokenizedText result) {
    if (!input.equals(result.text())) {
      throw new AssertionError("result text differs from the input");
    }
    List<Token> tokens = result.tokens();
    int previousEnd = 0;
    for (int t = 0; t < tokens.size(); t++) {
      Token token = tokens.get(t);
      String problem = spanProblem(input, token.start(), token.end(), token.text());
      if (problem != null) {
        throw failure(input, token.start(), token.end(), "token " + t + ": " + problem);
      }
      if (token.start() < previousEnd) {
        throw failure(input, token.start(), token.end(),
            "token " + t + " starts before the previous token's end " + previousEnd);
      }
      previousEnd = token.end();
      String text = token.text();
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
          throw failure(input, token.start(), token.end(), "token " + t + " contains whitespace");
        }
        i += Character.charCount(cp);
      }
      if (token.norm().isEmpty()) {
        throw failure(input, token.start(), token.end(), "token " + t + " has an empty norm");
      }
    }
    checkSentences(input, result);
  }

  private static void checkSentences(String input, TokenizedText result) {
    List<Token> tokens = result.tokens();
    List<Sentence> sentences = result.sentences();
    int t = 0;
    int previousEnd = 0;
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      if (sentence.start() < previousEnd || sentence.end() > input.length()) {
        throw failure(input, sentence.start(), Math.min(sentence.end(), input.length()),
            "sentence " + s + " overlaps the previous one or runs past the input");
      }
      previousEnd = sentence.end();
      if (t >= tokens.size() || tokens.get(t).start() != sentence.start()) {
        throw failure(input, sentence.start(), sentence.end(),
            "sentence " + s + " does not start at the start of the next token " + t);
      }
      int first = t;
      while (t < tokens.size() && tokens.get(t).end() <= sentence.end()) {
        t++;
      }
      if (t == first || tokens.get(t - 1).end() != sentence.end()) {
        throw failure(input, sentence.start(), sentence.end(),
            "sentence " + s + " does not end at the end of a token");
      }
      if (!result.tokensOf(sentence).equals(tokens.subList(first, t))) {
        throw failure(input, sentence.start(), sentence.end(),
            "tokensOf(sentence " + s + ") is not tokens " + first + " to " + t);
      }
    }
    if (t != tokens.size()) {
      Token stray = tokens.get(t);
      throw failure(input, stray.start(), stray.end(), "token " + t + " lies in no sentence");
    }
  }

  /**
   * Checks that every character outside the tokens is one a tokenizer may skip: whitespace, a
   * control character or an invisible format control (Unicode category Cf). Letters, marks,
   * tatweel, digits, punctuation and symbols must all end up in some token.
   *
   * @throws AssertionError naming the first dropped character
   */
  public static void checkNothingDropped(String input, List<Token> tokens) {
    int covered = 0;
    for (Token token : tokens) {
      checkGap(input, covered, token.start());
      covered = token.end();
    }
    checkGap(input, covered, input.length());
  }

  private static void checkGap(String input, int from, int to) {
    for (int i = from; i < to; ) {
      int cp = input.codePointAt(i);
      int type = Character.getType(cp);
      boolean skippable = Character.isWhitespace(cp) || Character.isSpaceChar(cp)
          || type == Character.CONTROL || type == Character.FORMAT;
      if (!skippable) {
        throw failure(input, i, i + Character.charCount(cp),
            String.format("U+%04X is in no token", cp));
      }
      i += Character.charCount(cp);
    }
  }

  /**
   * Checks one span over {@code input}: {@code 0 <= start < end <= input.length()}, {@code text}
   * equals {@code input.substring(start, end)}, and neither end falls between the two halves of
   * a surrogate pair.
   *
   * @param what names the span in the failure message, e.g. {@code "token 3"}
   * @throws AssertionError if the span breaks one of these rules
   */
  public static void checkSpan(String input, int start, int end, String text, String what) {
    String problem = spanProblem(input, start, end, text);
    if (problem != null) {
      throw failure(input, start, end, what + ": " + problem);
    }
  }

  /** Returns what is wrong with the span, or null if nothing is. */
  private static String spanProblem(String input, int start, int end, String text) {
    if (start < 0 || start >= end || end > input.length()) {
      return "bad span [" + start + ", " + end + ") in input of length " + input.length();
    }
    if (text.length() != end - start || !input.regionMatches(start, text, 0, text.length())) {
      return "text '" + text + "' is not the input's span";
    }
    if (splitsPair(input, start) || splitsPair(input, end)) {
      return "splits a surrogate pair";
    }
    return null;
  }

  private static boolean splitsPair(String input, int index) {
    return index > 0 && index < input.length()
        && Character.isHighSurrogate(input.charAt(index - 1))
        && Character.isLowSurrogate(input.charAt(index));
  }

  private static AssertionError failure(String input, int start, int end, String message) {
    start = Math.min(Math.max(start, 0), input.length());
    end = Math.min(Math.max(end, start), input.length());
    int from = Math.max(0, start - 20);
    int to = Math.min(input.length(), end + 20);
    return new AssertionError(message + " at [" + start + ", " + end + "): '"
        + input.substring(start, end) + "' in …" + input.substring(from, to) + "…");
  }
}
