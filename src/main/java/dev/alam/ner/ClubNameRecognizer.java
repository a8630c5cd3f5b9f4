package dev.alam.ner;

import dev.alam.text.Normalizer;
import dev.alam.text.Token;
import dev.alam.text.TokenKind;
import dev.alam.text.TokenizedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Names of sports clubs, which news text writes with little to tell them from common words or
 * from their cities. Three patterns, each an ORGANIZATION:
 *
 * <ul>
 *   <li><b>After a head noun</b>, near sports reporting: the definite word right after {@code
 *       نادي} or {@code فريق} ({@code نادي الوحدة}, {@code فريق العربي}, {@code بنادي الغرافة}),
 *       with a definite adjective of relation after it ({@code فريق الوداد البيضاوي}: {@link
 *       NerResources#continuesClubName}), when a sports word ({@code مباراة}, {@code الدوري}
 *       …) occurs within {@value #SPORT_WINDOW} sentences and {@link NerResources#mayNameClub}
 *       does not rule the word out ({@code فريق العمل}). The head stays outside, as the news
 *       corpora annotate it. In ANERcorp's training part this takes 19 words after such a head:
 *       16 are clubs tagged ORG and 2 clubs tagged MISC, and the other is a quoted {@code فريق "
 *       الأحلام "}; far from sports words it would take {@code فريق الدفاع} (a legal team) and
 *       {@code فريق الأمم}. The 8 names it lengthens by an adjective are annotated so, and none
 *       of the 11 it leaves at one word runs on.
 *   <li><b>Again</b>: the same word elsewhere within {@value #WINDOW} sentences of a name found
 *       so, where no other candidate is and not right after a definite word, where it would be
 *       an adjective ({@code لاعب العربي}, {@code مرمى العربي}, but not {@code الأدب العربي}).
 *   <li><b>A prefix</b>: a word that opens many clubs' names ({@code دينامو}, {@code ريال},
 *       {@code سبارتاك}) right before a place or a name of the statistical model ({@code دينامو
 *       كييف}, {@code ستيوا بوخارست}): the prefix and that name are one club. In ANERcorp's
 *       training part 21 of the 24 such names are one ORG (3 are cut in two: the prefix ORG, the
 *       city LOC); in AQMAR's, 42 of 46 are or lie in one ORG.
 * </ul>
 *
 * <p>The words are those of {@code club-words.tsv}. A word that a candidate already covers is
 * left alone: the statistical model and the grammars decide there. Runs after the statistical
 * model, whose candidates it reads; its own candidates are not features of the model. Immutable
 * and thread-safe; linear in the number of tokens and candidates (a word found again is looked
 * up among the sentences it was found in by binary search).
 */
public final class ClubNameRecognizer implements Recognizer {
  /** The confidence of a club named after its head noun, or with its prefix. */
  static final double CONFIDENCE = 0.75;
  /** The confidence of a club's name found again without its head noun. */
  static final double CONFIDENCE_AGAIN = 0.7;
  /** How many sentences on each side a club's name is found again in. */
  public static final int WINDOW = 10;
  /** How many sentences on each side a sports word makes a name after a head a club's. */
  public static final int SPORT_WINDOW = 3;

  private static final Normalizer NORM = Normalizer.standard();

  private final NerResources resources;

  /**
   * Creates the stage.
   *
   * @throws NullPointerException if {@code resources} is null
   */
  public ClubNameRecognizer(NerResources resources) {
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  @Override
  public List<Mention> recognize(TokenizedText text, List<Mention> earlier) {
    List<Token> tokens = text.tokens();
    List<Mention> out = new ArrayList<>();
    Layout layout = null; // worked out only if a head or a prefix occurs
    Map<String, List<Integer>> named = new HashMap<>(); // word -> sentences it was named in
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean head = resources.isClubHead(t.norm());
      if (!head && !resources.isClubPrefix(t)) {
        continue;
      }
      if (layout == null) {
        layout = new Layout(text, earlier);
      }
      int limit = layout.sentenceEnd[i];
      if (limit <= i + 1) {
        continue;
      }
      if (head) {
        int s = layout.sentence[i];
        if (!layout.taken[i + 1] && resources.mayNameClub(tokens.get(i + 1))
            && layout.sportNear(s)) {
          int end = i + 2;
          if (end < limit && !layout.taken[end] && resources.continuesClubName(tokens, end)) {
            end++;
          }
          out.add(new Mention(EntityType.ORGANIZATION, i + 1, end, null, CONFIDENCE,
              Source.GRAMMAR));
          named.computeIfAbsent(tokens.get(i + 1).norm(), k -> new ArrayList<>()).add(s);
          for (int k = i + 1; k < end; k++) {
            layout.taken[k] = true;
          }
        }
      } else {
        int end = layout.nameEnd[i + 1];
        if (end > 0 && end <= limit) {
          out.add(new Mention(EntityType.ORGANIZATION, i, end, null, CONFIDENCE,
              Source.GRAMMAR));
        }
      }
    }
    if (!named.isEmpty()) {
      for (int i = 0; i < tokens.size(); i++) {
        List<Integer> at = named.get(tokens.get(i).norm());
        if (at != null && !layout.taken[i] && !afterDefiniteWord(tokens, layout, i)
            && near(at, layout.sentence[i], WINDOW)) {
          out.add(new Mention(EntityType.ORGANIZATION, i, i + 1, null, CONFIDENCE_AGAIN,
              Source.GRAMMAR));
        }
      }
    }
    return out;
  }

  /** Whether token {@code i} follows a definite word of its sentence, as an adjective would. */
  private static boolean afterDefiniteWord(List<Token> tokens, Layout layout, int i) {
    return i > 0 && layout.sentence[i - 1] == layout.sentence[i]
        && NerResources.isDefinite(tokens.get(i - 1));
  }

  /** Whether some sentence of the sorted {@code sentences} is within {@code window} of {@code s}. */
  private static boolean near(List<Integer> sentences, int s, int window) {
    int k = Collections.binarySearch(sentences, s - window);
    int first = k >= 0 ? k : -k - 1; // the first at or after s - window
    return first < sentences.size() && sentences.get(first) <= s + window;
  }

  /** What the stage needs to know of a text with heads or prefixes in it; built in one pass. */
  private final class Layout {
    /** Per token: covered by a candidate (or by a club found here). */
    final boolean[] taken;
    /** Per token: the end of the longest place, or model person or organisation, starting there. */
    final int[] nameEnd;
    /** Per token: the index just past its sentence's last token. */
    final int[] sentenceEnd;
    /** Per token: the index of its sentence. */
    final int[] sentence;
    /** Per sentence: whether a sports word is in it. */
    private final boolean[] sport;

    Layout(TokenizedText text, List<Mention> earlier) {
      List<Token> tokens = text.tokens();
      taken = new boolean[tokens.size()];
      nameEnd = new int[tokens.size()];
      for (Mention m : earlier) {
        for (int k = m.startToken(); k < m.endToken(); k++) {
          taken[k] = true;
        }
        boolean place = m.type() == EntityType.CITY || m.type() == EntityType.LOCATION;
        boolean name = m.source() == Source.MODEL && (m.type() == EntityType.PERSON
            || m.type() == EntityType.ORGANIZATION);
        if (place || name) {
          nameEnd[m.startToken()] = Math.max(nameEnd[m.startToken()], m.endToken());
        }
      }
      sentenceEnd = MentionIndex.sentenceEnds(text);
      sentence = new int[tokens.size()];
      int count = 0;
      for (int k = 0; k < tokens.size(); k++) {
        if (k > 0 && sentenceEnd[k] != sentenceEnd[k - 1]) {
          count++;
        }
        sentence[k] = count;
      }
      sport = new boolean[tokens.isEmpty() ? 0 : count + 1];
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        if (t.kind() == TokenKind.ARABIC_WORD && resources.isSportWord(t.norm())) {
          sport[sentence[k]] = true;
        }
      }
    }

    boolean sportNear(int s) {
      return ClubNameRecognizer.sportNear(sport, s);
    }
  }

  /** Whether a sentence within {@link #SPORT_WINDOW} of sentence {@code s} has a sports word. */
  private static boolean sportNear(boolean[] sport, int s) {
    for (int o = Math.max(0, s - SPORT_WINDOW); o <= Math.min(sport.length - 1,
        s + SPORT_WINDOW); o++) {
      if (sport[o]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns, for each sentence of running text given as corpus tokens, whether it or one of the
   * {@link #SPORT_WINDOW} sentences on each side has a sports word (a corpus token may carry a
   * proclitic: {@code بالدوري}). For {@link #retagCoarse}.
   *
   * @throws NullPointerException if an argument is null or {@code sentences} holds null
   */
  public static boolean[] sportContext(NerResources resources, List<List<String>> sentences) {
    Objects.requireNonNull(resources, "resources");
    boolean[] sport = new boolean[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      for (String word : sentences.get(s)) {
        String n = NORM.normalizeToString(word);
        if (withOrWithoutProclitic(n, resources::isSportWord)
            || resources.isSportWord(withoutProclitic(n))) {
          sport[s] = true;
          break;
        }
      }
    }
    boolean[] near = new boolean[sport.length];
    for (int s = 0; s < sport.length; s++) {
      near[s] = sportNear(sport, s);
    }
    return near;
  }

  /**
   * Retags, in place, the coarse BIO tags of one sentence: in a sports context, an untagged word
   * after a club's head noun that {@link NerResources#mayNameClub may name a club} becomes an
   * ORG, with a following adjective of relation ({@link NerResources#continuesClubName}); and a
   * club prefix right before a LOC, ORG or PERS name joins it as one ORG, as does a LOC name that
   * starts with one. Words found again are {@link #spreadCoarse}'s.
   *
   * @param tags one coarse BIO tag per token; modified
   * @param sports whether sports words are near the sentence ({@link #sportContext})
   * @param headInside whether the head noun is part of the name, as Wikipedia corpora annotate
   *     it ({@code نادي برشلونة}); news corpora leave it outside
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code tags} and {@code tokens} differ in size
   */
  public static void retagCoarse(NerResources resources, List<Token> tokens, List<String> tags,
      boolean sports, boolean headInside) {
    Objects.requireNonNull(resources, "resources");
    Recognizers.requireOneTagPerToken(tokens, tags);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String next = tags.get(i + 1);
      if (resources.isClubHead(tokens.get(i).norm())) {
        if (sports && next.equals("O") && resources.mayNameClub(tokens.get(i + 1))
            && (i + 2 == tags.size() || !tags.get(i + 2).startsWith("I-"))) {
          int end = i + 2;
          if (end < tags.size() && tags.get(end).equals("O")
              && resources.continuesClubName(tokens, end)
              && (end + 1 == tags.size() || !tags.get(end + 1).startsWith("I-"))) {
            end++;
          }
          int start = headInside && tags.get(i).equals("O") ? i : i + 1;
          for (int k = start; k < end; k++) {
            tags.set(k, k == start ? "B-ORG" : "I-ORG");
          }
        }
      } else if (resources.isClubPrefix(tokens.get(i))) {
        String own = tags.get(i);
        boolean after = (own.equals("O") || own.equals("B-ORG") || own.equals("B-LOC"))
            && (next.equals("B-LOC") || next.equals("B-ORG") || next.equals("B-PERS"));
        boolean place = own.equals("B-LOC") && next.equals("I-LOC"); // ريال مدريد as a place
        if (after || place) {
          tags.set(i, "B-ORG");
          String inside = "I-" + next.substring(2);
          for (int k = i + 1; k < tags.size() && (k == i + 1 || tags.get(k).equals(inside));
              k++) {
            tags.set(k, "I-ORG");
          }
        }
      }
    }
  }

  /**
   * Leaves, in place, a club's head noun outside the ORG name it starts in coarse BIO tags
   * ({@code نادي قطر} → {@code قطر}), or untags it when it is an ORG by itself before another
   * name ({@code نادي} ORG, {@code برشلونة} ORG), as the news corpora annotate clubs: in
   * ANERcorp's training part, 38 of the 43 names after {@code نادي} or {@code فريق} leave the
   * head out. AQMAR puts it in (12 of 15), so this is for news text only.
   *
   * @param tags one coarse BIO tag per token; modified
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code tags} and {@code tokens} differ in size
   */
  public static void leaveHeadOutside(NerResources resources, List<Token> tokens,
      List<String> tags) {
    Objects.requireNonNull(resources, "resources");
    Recognizers.requireOneTagPerToken(tokens, tags);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!tags.get(i).equals("B-ORG") || !resources.isClubHead(tokens.get(i).norm())) {
        continue;
      }
      String next = tags.get(i + 1);
      if (next.equals("I-ORG")) {
        tags.set(i, "O");
        tags.set(i + 1, "B-ORG");
      } else if (next.startsWith("B-")) {
        tags.set(i, "O"); // the head alone, the name after it tagged apart
      }
    }
  }

  /**
   * Spreads, over running text in the coarse scheme, the first word of each ORG name that
   * follows a club's head noun (or, with the head inside, comes second in it) to its untagged
   * occurrences within {@code window} sentences before or after, with or without a proclitic
   * ({@code والعربي}), except right after a definite word, where it would be an adjective
   * ({@code الأدب العربي}).
   *
   * @param sentences the corpus tokens of each sentence
   * @param tags one coarse BIO tag per token, per sentence; not modified
   * @param window how many sentences on each side count
   * @return new tags
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code window} is negative or the sizes differ
   */
  public static List<List<String>> spreadCoarse(NerResources resources,
      List<List<String>> sentences, List<List<String>> tags, int window) {
    Objects.requireNonNull(resources, "resources");
    if (window < 0) {
      throw new IllegalArgumentException("window must be >= 0, got " + window);
    }
    if (sentences.size() != tags.size()) {
      throw new IllegalArgumentException(
          tags.size() + " tag lists for " + sentences.size() + " sentences");
    }
    List<List<String>> norms = new ArrayList<>(sentences.size());
    Map<String, List<Integer>> named = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<String> words = sentences.get(s);
      List<String> t = tags.get(s);
      if (words.size() != t.size()) {
        throw new IllegalArgumentException(
            t.size() + " tags for " + words.size() + " tokens in sentence " + s);
      }
      List<String> n = new ArrayList<>(words.size());
      for (String w : words) {
        n.add(NORM.normalizeToString(w));
      }
      norms.add(n);
      for (int i = 1; i < n.size(); i++) {
        boolean named1 = t.get(i).equals("B-ORG") || (t.get(i).equals("I-ORG")
            && t.get(i - 1).equals("B-ORG"));
        if (named1 && n.get(i).startsWith("ال")
            && withOrWithoutProclitic(n.get(i - 1), resources::isClubHead)) {
          List<Integer> at = named.computeIfAbsent(n.get(i), k -> new ArrayList<>());
          if (at.isEmpty() || at.get(at.size() - 1) != s) {
            at.add(s);
          }
        }
      }
    }
    List<List<String>> out = new ArrayList<>(tags.size());
    for (int s = 0; s < tags.size(); s++) {
      List<String> t = new ArrayList<>(tags.get(s));
      if (!named.isEmpty()) {
        List<String> n = norms.get(s);
        for (int i = 0; i < t.size(); i++) {
          List<Integer> at = named.get(n.get(i));
          if (at == null) {
            at = named.get(withoutProclitic(n.get(i)));
          }
          if (at != null && t.get(i).equals("O") && near(at, s, window)
              && (i + 1 == t.size() || !t.get(i + 1).startsWith("I-"))
              && (i == 0 || !withoutProclitic(n.get(i - 1)).startsWith("ال"))) {
            t.set(i, "B-ORG");
          }
        }
      }
      out.add(List.copyOf(t));
    }
    return out;
  }

  /**
   * Whether a normalised corpus word, or the word after its first letter when that letter can be
   * a proclitic, passes {@code test}: {@code بنادي} is a head noun, {@code وفاز} a sports word.
   */
  private static boolean withOrWithoutProclitic(String norm,
      java.util.function.Predicate<String> test) {
    return test.test(norm) || (norm.length() >= 4 && "وفبلك".indexOf(norm.charAt(0)) >= 0
        && test.test(norm.substring(1)));
  }

  /**
   * A normalised corpus word without a proclitic before its article: {@code والعربي} and
   * {@code بالعربي} → {@code العربي}, {@code للعربي} → {@code العربي}; other words unchanged
   * ({@code فالنسيا} has no article after its first letter's proclitic reading, but reads as if
   * it had: the result is only ever compared with words found after a head noun).
   */
  static String withoutProclitic(String norm) {
    if (norm.length() >= 5 && norm.startsWith("لل")) {
      return "ال" + norm.substring(2);
    }
    if (norm.length() >= 5 && "وفبك".indexOf(norm.charAt(0)) >= 0
        && norm.startsWith("ال", 1)) {
      return norm.substring(1);
    }
    return norm;
  }
}
