package dev.alam.ner;

import dev.alam.text.Token;
import dev.alam.text.TokenKind;
import dev.alam.text.TokenizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The title of a work in quotation marks right after a noun that announces one: a programme,
 * series, film, book, novel, song, album, play or poem ({@code برنامج « الناس وأنا »}, {@code
 * بعنوان " حوار من القلب "}, {@code مسلسل '' قلب الدنيا ''}) is a MISC (works are MISC in
 * ANNOTATION.md). The title is everything between the marks, in the head's sentence: one to
 * {@value #MAX_TITLE} tokens (a split-off proclitic counts as one) with a word among them, and
 * no opening mark of the same kind; the marks are {@code « »}, {@code " "}, {@code “ ”}, and one or two
 * apostrophes on each side, as news text writes them.
 *
 * <p>The statistical model rarely finds such titles: they are ordinary words, and its training
 * part annotates only some of them. Runs after the model, and its MISC contains what the model
 * found inside the title. Immutable and thread-safe.
 */
public final class QuotedTitleRecognizer implements Recognizer {
  /** The most tokens a title may have. */
  static final int MAX_TITLE = 8;
  /** The confidence of a title. */
  static final double CONFIDENCE = 0.8;

  /** Normal forms of the nouns that announce a title, with and without the article. */
  private static final Set<String> HEADS = Set.of("برنامج", "البرنامج", "بعنوان", "عنوان",
      "مسلسل", "المسلسل", "فيلم", "الفيلم", "كتاب", "الكتاب", "روايه", "الروايه", "البوم",
      "الالبوم", "اغنيه", "الاغنيه", "مسرحيه", "المسرحيه", "ديوان", "الديوان", "قصيده",
      "القصيده");

  /** Creates the stage; it needs no resources. */
  public QuotedTitleRecognizer() {}

  @Override
  public List<Mention> recognize(TokenizedText text, List<Mention> earlier) {
    List<Mention> out = new ArrayList<>();
    for (int[] t : titles(text.tokens(), MentionIndex.sentenceEnds(text))) {
      out.add(new Mention(EntityType.MISC, t[0], t[1], null, CONFIDENCE, Source.GRAMMAR));
    }
    return out;
  }

  /**
   * Returns the titles in {@code tokens} as {@code [start, end)} token ranges, in order; a title
   * and its head lie in one sentence.
   *
   * @param sentenceEnd for each token, the index just past its sentence's last token; null if
   *     the tokens are one sentence
   * @throws NullPointerException if {@code tokens} is null
   */
  static List<int[]> titles(List<Token> tokens, int[] sentenceEnd) {
    return quotedAfter(HEADS, tokens, sentenceEnd);
  }

  /**
   * Returns the quotations right after a head noun of {@code heads} (normal forms) as {@code
   * [start, end)} token ranges of what is between the marks, in order, as {@link #titles}
   * finds titles.
   */
  static List<int[]> quotedAfter(Set<String> heads, List<Token> tokens, int[] sentenceEnd) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      int limit = sentenceEnd == null ? tokens.size() : sentenceEnd[i];
      Token head = tokens.get(i);
      if (head.kind() != TokenKind.ARABIC_WORD || !heads.contains(head.norm())) {
        continue;
      }
      String open = tokens.get(i + 1).text();
      int start = i + 2;
      String close = switch (open) {
        case "«" -> "»";
        case "\"" -> "\"";
        case "“" -> "”";
        case "''" -> "''";
        case "'" -> "'";
        default -> null;
      };
      if (close == null) {
        continue;
      }
      boolean doubled = open.equals("'") && tokens.get(start).text().equals("'");
      if (doubled) {
        start++;
      }
      for (int end = start; end < limit && end <= start + MAX_TITLE; end++) {
        String mark = tokens.get(end).text();
        if (mark.equals(close)) {
          if (end > start && hasWord(tokens, start, end)
              && (!doubled || end + 1 < limit && tokens.get(end + 1).text().equals(close))) {
            out.add(new int[] {start, end});
            i = end;
          }
          break;
        }
        if (mark.equals(open)) {
          break; // a quotation inside a quotation: not a plain title
        }
      }
    }
    return out;
  }

  /**
   * Tags, in place, each title in coarse BIO tags over {@code tokens} as MISC, replacing what was
   * tagged inside it (the public benchmarks keep the outermost name).
   *
   * @param tags one coarse BIO tag per token; modified
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code tags} and {@code tokens} differ in size
   */
  public static void retagCoarse(List<Token> tokens, List<String> tags) {
    Recognizers.requireOneTagPerToken(tokens, tags);
    retagMisc(titles(tokens, null), tags);
  }

  /** Tags each {@code [start, end)} range as one MISC, over what was tagged inside it. */
  static void retagMisc(List<int[]> ranges, List<String> tags) {
    for (int[] t : ranges) {
      tags.set(t[0], "B-MISC");
      for (int k = t[0] + 1; k < t[1]; k++) {
        tags.set(k, "I-MISC");
      }
      // a name that ran on past the closing mark keeps its part outside, as a name of its own
      if (t[1] < tags.size() && tags.get(t[1]).startsWith("I-")) {
        tags.set(t[1], "B-" + tags.get(t[1]).substring(2));
      }
    }
  }

  private static boolean hasWord(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      TokenKind kind = tokens.get(k).kind();
      if (kind == TokenKind.ARABIC_WORD || kind == TokenKind.LATIN_WORD) {
        return true;
      }
    }
    return false;
  }
}
