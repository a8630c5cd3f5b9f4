package dev.alam.ner;

import dev.alam.text.Normalizer;
import dev.alam.text.Token;
import dev.alam.text.TokenizedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Names of sports clubs, which news text writes with little to tell them from common words or
 * from their cities. Three patterns, each an ORGANIZATION:
 *
 * <ul>
 *   <li><b>After a head noun</b>: the definite word right after {@code نادي} or {@code فريق}
 *       ({@code نادي الوحدة}, {@code فريق العربي}, {@code بنادي الغرافة}), unless {@link
 *       NerResources#mayNameClub} says it cannot be a name ({@code فريق العمل}). The head stays
 *       outside, as the news corpora annotate it. In ANERcorp's training part, 19 of the 21
 *       definite words this rule takes after such a head are clubs (17 tagged ORG, 2 MISC).
 *   <li><b>Again</b>: every other occurrence, in the same text, of a word found so, where no
 *       other candidate is ({@code لاعب العربي}, {@code مرمى العربي}): a club named once by its
 *       head noun is usually named bare afterwards. In ANERcorp's training part, the words found
 *       after a head recur within ten sentences as ORG 63 times and as LOC twice, never untagged.
 *   <li><b>A prefix</b>: a word that opens many clubs' names ({@code دينامو}, {@code ريال},
 *       {@code سبارتاك}) right before a place or a name of the statistical model ({@code دينامو
 *       كييف}, {@code ستيوا بوخارست}): the prefix and that name are one club. In ANERcorp's
 *       training part 21 of the 24 such names are one ORG (3 are cut in two: the prefix ORG, the
 *       city LOC); in AQMAR's, 42 of 46 are or lie in one ORG.
 * </ul>
 *
 * <p>The words are those of {@code club-words.tsv}. A word that a candidate other than a
 * lexicon's nationality adjective already covers is left alone: the statistical model
 * and the grammars decide there. Runs after the statistical model, whose candidates it reads;
 * its own candidates are not features of the model. Immutable and thread-safe; linear in the
 * number of tokens and candidates.
 */
public final class ClubNameRecognizer implements Recognizer {
  /** The confidence of a club named after its head noun, or with its prefix. */
  static final double CONFIDENCE = 0.75;
  /** The confidence of a club's name found again without its head noun. */
  static final double CONFIDENCE_AGAIN = 0.7;

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
    boolean[] taken = null; // worked out only if a head or a prefix occurs
    int[] sentenceEnd = null;
    Set<String> named = new HashSet<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean head = resources.isClubHead(t.norm());
      if (!head && !resources.isClubPrefix(t)) {
        continue;
      }
      if (taken == null) {
        taken = taken(tokens, earlier);
        sentenceEnd = MentionIndex.sentenceEnds(text);
      }
      if (sentenceEnd[i] <= i + 1) {
        continue;
      }
      if (head) {
        if (!taken[i + 1] && resources.mayNameClub(tokens.get(i + 1))) {
          out.add(new Mention(EntityType.ORGANIZATION, i + 1, i + 2, null, CONFIDENCE,
              Source.GRAMMAR));
          named.add(tokens.get(i + 1).norm());
          taken[i + 1] = true;
        }
      } else {
        int end = nameAfterPrefix(earlier, i + 1);
        if (end > 0 && end <= sentenceEnd[i]) {
          out.add(new Mention(EntityType.ORGANIZATION, i, end, null, CONFIDENCE,
              Source.GRAMMAR));
        }
      }
    }
    if (!named.isEmpty()) {
      for (int i = 0; i < tokens.size(); i++) {
        if (!taken[i] && named.contains(tokens.get(i).norm())) {
          out.add(new Mention(EntityType.ORGANIZATION, i, i + 1, null, CONFIDENCE_AGAIN,
              Source.GRAMMAR));
        }
      }
    }
    return out;
  }

  /**
   * The end of the longest place (any source) or model name (person, organisation) that starts
   * at token {@code start}, or 0 if none does. Nationality adjectives do not count: {@code ريال
   * قطري} is money.
   */
  private static int nameAfterPrefix(List<Mention> earlier, int start) {
    int end = 0;
    for (Mention m : earlier) {
      if (m.startToken() != start) {
        continue;
      }
      boolean place = m.type() == EntityType.CITY || m.type() == EntityType.LOCATION;
      boolean name = m.source() == Source.MODEL && (m.type() == EntityType.PERSON
          || m.type() == EntityType.ORGANIZATION);
      if (place || name) {
        end = Math.max(end, m.endToken());
      }
    }
    return end;
  }

  /**
   * Which tokens a candidate covers, other than a lexicon's nationality adjective ({@code
   * العربي} after {@code فريق} is the club, not the adjective).
   */
  private boolean[] taken(List<Token> tokens, List<Mention> earlier) {
    boolean[] taken = new boolean[tokens.size()];
    for (Mention m : earlier) {
      boolean adjective = m.source() == Source.GAZETTEER && m.type() == EntityType.COUNTRY
          && resources.isNationalityAdjective(tokens, m);
      if (!adjective) {
        for (int k = m.startToken(); k < m.endToken(); k++) {
          taken[k] = true;
        }
      }
    }
    return taken;
  }

  /**
   * Retags, in place, the coarse BIO tags of one sentence: an untagged word after a club's head
   * noun that {@link NerResources#mayNameClub may name a club} becomes ORG, and a club prefix
   * right before a LOC, ORG or PERS name joins it as one ORG, as does a LOC name that starts
   * with one. Words found again are {@link #spreadCoarse}'s.
   *
   * @param tags one coarse BIO tag per token; modified
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code tags} and {@code tokens} differ in size
   */
  public static void retagCoarse(NerResources resources, List<Token> tokens, List<String> tags) {
    Objects.requireNonNull(resources, "resources");
    Recognizers.requireOneTagPerToken(tokens, tags);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String next = tags.get(i + 1);
      if (resources.isClubHead(tokens.get(i).norm())) {
        if (next.equals("O") && resources.mayNameClub(tokens.get(i + 1))
            && (i + 2 == tags.size() || !tags.get(i + 2).startsWith("I-"))) {
          tags.set(i + 1, "B-ORG");
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
   * name ({@code نادي} ORG, {@code برشلونة} ORG), as the news corpora annotate clubs: in ANERcorp's
   * training part, 38 of the 43 names after {@code نادي} or {@code فريق} leave the head out.
   * AQMAR puts it in (12 of 15), so this is for news text only.
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
   * Spreads, over running text in the coarse scheme, each one-word ORG name that follows a
   * club's head noun (as {@link #retagCoarse} tags it) to its untagged occurrences within
   * {@code window} sentences before or after, with or without a proclitic ({@code والعربي}).
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
    List<List<String>> keys = new ArrayList<>(sentences.size());
    List<Set<String>> named = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      List<String> words = sentences.get(s);
      List<String> t = tags.get(s);
      if (words.size() != t.size()) {
        throw new IllegalArgumentException(
            t.size() + " tags for " + words.size() + " tokens in sentence " + s);
      }
      List<String> k = new ArrayList<>(words.size());
      for (String w : words) {
        k.add(withoutProclitic(NORM.normalizeToString(w)));
      }
      keys.add(k);
      Set<String> found = Set.of();
      for (int i = 1; i < k.size(); i++) {
        if (t.get(i).equals("B-ORG") && (i + 1 == t.size() || !t.get(i + 1).equals("I-ORG"))
            && k.get(i).startsWith("ال") && isHeadWord(resources, k.get(i - 1))) {
          if (found.isEmpty()) {
            found = new HashSet<>();
          }
          found.add(k.get(i));
        }
      }
      named.add(found);
    }
    List<List<String>> out = new ArrayList<>(tags.size());
    for (int s = 0; s < tags.size(); s++) {
      Set<String> near = new HashSet<>();
      for (int o = Math.max(0, s - window); o <= Math.min(tags.size() - 1, s + window); o++) {
        near.addAll(named.get(o));
      }
      List<String> t = new ArrayList<>(tags.get(s));
      if (!near.isEmpty()) {
        List<String> k = keys.get(s);
        for (int i = 0; i < t.size(); i++) {
          if (t.get(i).equals("O") && near.contains(k.get(i))
              && (i + 1 == t.size() || !t.get(i + 1).startsWith("I-"))) {
            t.set(i, "B-ORG");
          }
        }
      }
      out.add(List.copyOf(t));
    }
    return out;
  }

  /** A club's head noun as a normalised corpus word, perhaps with a proclitic: {@code بنادي}. */
  private static boolean isHeadWord(NerResources resources, String norm) {
    return resources.isClubHead(norm) || (norm.length() >= 4
        && "وفبلك".indexOf(norm.charAt(0)) >= 0 && resources.isClubHead(norm.substring(1)));
  }

  /**
   * A normalised corpus word without a proclitic before its article: {@code والعربي} and
   * {@code بالعربي} → {@code العربي}, {@code للعربي} → {@code العربي}; other words unchanged.
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
