package dev.alam.ner;

import dev.alam.text.Token;
import dev.alam.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The person-name grammar. A name is a run of one to four name-like words (below) found
 *
 * <ul>
 *   <li>right after an OFFICE candidate, or after it and a comma ({@code أمين … الإيراني علي
 *       شمخاني}, {@code أمين مجلس الأمن القومي الروسي، نيكولاي باتروشيف});
 *   <li>right before a comma and an OFFICE, in apposition ({@code علي شمخاني، أمين …});
 *   <li>after an honorific ({@code السيد}, {@code الدكتور}) or a relational noun with an optional
 *       nationality adjective ({@code نظيره الأفغاني حمد الله محب});
 *   <li>after a verb of reporting or meeting ({@code قال}, {@code أكد}, {@code التقى}) when at
 *       least two name-like words follow and the first is not a common word;
 *   <li>anywhere, when it has at least two words and starts with a given name or a word mostly
 *       seen inside person names.
 * </ul>
 *
 * A word is name-like if it is an Arabic word that is not a function word, date, title,
 * organisation or event head, place, reporting verb or honorific, and not a common word by the
 * {@link NameEvidence} (seen often, rarely inside a name); a definite word may continue a name
 * ({@code بشار الأسد}, {@code حمد الله}) but not start one. A trailing particle ({@code أبو},
 * {@code بن}) is dropped.
 *
 * <p>Runs after the office recogniser. Immutable and thread-safe.
 */
public final class PersonNameRecognizer extends GrammarRecognizer {
  private static final int MAX_NAME = 4;
  /** Relational nouns after which a name follows: نظيره, نظيرته, نظيريه, نظراؤه … */
  private static final Set<String> RELATIONAL = Set.of("نظيره", "نظيرها", "نظيرته", "نظيرتها",
      "نظيريه", "نظراءه", "نظراوه", "نظيري", "نظيرهم", "نظيرتهم", "نظرائه");


  /**
   * Creates the recogniser.
   *
   * @throws NullPointerException if {@code resources} is null
   */
  public PersonNameRecognizer(NerResources resources) {
    super(resources);
  }

  @Override
  List<Mention> recognize(Input in) {
    List<Token> tokens = in.tokens();
    int[] sentenceEnd = in.sentenceEnd();
    MentionIndex places = in.places();
    List<Mention> out = new ArrayList<>();
    for (Mention office : in.earlier()) {
      if (office.type() != EntityType.OFFICE) {
        continue;
      }
      int at = office.endToken();
      if (at < tokens.size() && isComma(tokens.get(at))) {
        at++;
      }
      if (at < tokens.size() && sentenceEnd[at] == sentenceEnd[office.startToken()]) {
        addRun(tokens, at, sentenceEnd[at], places, 0.85, 1, out);
      }
      int before = office.startToken() - 1;
      if (before > 0 && isComma(tokens.get(before))
          && sentenceEnd[before - 1] == sentenceEnd[before]) {
        int start = backwardRunStart(tokens, before, places);
        if (start < before) {
          out.add(new Mention(EntityType.PERSON, start, before, null, 0.75, Source.GRAMMAR));
        }
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      int limit = sentenceEnd[i];
      if (!NerResources.isArabicWord(t)) {
        continue;
      }
      if (resources.isHonorific(t)) {
        addRun(tokens, i + 1, limit, places, 0.8, 1, out);
      } else if (RELATIONAL.contains(t.norm())) {
        int at = i + 1;
        Mention nisba = places.longestAt(at);
        if (nisba != null && scanner.isAdjective(tokens, nisba)) {
          at = nisba.endToken();
        }
        addRun(tokens, at, limit, places, 0.8, 1, out);
      } else if (resources.isReportingVerb(t) && i + 1 < limit
          && !resources.isCommonWord(tokens.get(i + 1))) {
        addRun(tokens, i + 1, limit, places, 0.7, 2, out); // قال ستيفان دوجاريك …
      } else if ((resources.isGivenName(t) || resources.isKnownPersonWord(t))
          && (i == 0 || !isNameLike(tokens.get(i - 1), places, i - 1, false))) {
        addRun(tokens, i, limit, places, 0.7, 2, out);
      }
    }
    return out;
  }

  /** Adds the name run starting at {@code start} if it has at least {@code minLength} words. */
  private void addRun(List<Token> tokens, int start, int limit, MentionIndex places,
      double confidence, int minLength, List<Mention> out) {
    int end = start;
    while (end < limit && end - start < MAX_NAME
        && isNameLike(tokens.get(end), places, end, end == start)) {
      end++;
    }
    while (end > start && resources.isParticle(tokens.get(end - 1))) {
      end--;
    }
    if (end - start >= minLength) {
      out.add(new Mention(EntityType.PERSON, start, end, null, confidence, Source.GRAMMAR));
    }
  }

  /** The start of the name run ending just before {@code end}, going backwards. */
  private int backwardRunStart(List<Token> tokens, int end, MentionIndex places) {
    int start = end;
    while (start > 0 && end - start < MAX_NAME
        && isNameLike(tokens.get(start - 1), places, start - 1, false)) {
      start--;
    }
    while (start < end && NerResources.isDefinite(tokens.get(start))) {
      start++; // a name does not start with the article
    }
    return start;
  }

  private boolean isNameLike(Token t, MentionIndex places, int index, boolean first) {
    boolean titleInName = !first && resources.isGivenName(t); // محمد أمين
    if (t.kind() != TokenKind.ARABIC_WORD || scanner.stops(t) || places.longestAt(index) != null
        || (!titleInName && resources.officeTitles.get(List.of(t.norm())).size() > 0)
        || resources.organizationHeads.get(List.of(t.norm())).size() > 0
        || resources.eventHeads.get(List.of(t.norm())).size() > 0
        || resources.dates.get(List.of(t.norm())).size() > 0) {
      return false;
    }
    if (resources.isParticle(t) || resources.isGivenName(t)) {
      return true;
    }
    if (NerResources.isDefinite(t)) {
      return !first && (resources.isKnownPersonWord(t) || !resources.isCommonWord(t));
    }
    return !resources.isCommonWord(t) && !isAccusativeOfCommonWord(t);
  }

  /** وفدا, هاتفيا: an indefinite accusative, written with tanwin or a final alef on a common word. */
  private boolean isAccusativeOfCommonWord(Token t) {
    if (t.text().indexOf('\u064B') >= 0) {
      return true;
    }
    String n = t.norm();
    return n.length() > 3 && n.endsWith("ا")
        && resources.wordCount(n.substring(0, n.length() - 1)) >= 8;
  }

  private static boolean isComma(Token t) {
    return t.kind() == TokenKind.PUNCTUATION && (t.text().equals("،") || t.text().equals(","));
  }
}
