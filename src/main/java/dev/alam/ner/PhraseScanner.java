package dev.alam.ner;

import dev.alam.gazetteer.GazetteerMatch;
import dev.alam.gazetteer.Term;
import dev.alam.text.Token;
import dev.alam.text.TokenKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The construct chain after a head noun, shared by the office, organisation, event and treaty
 * grammars. From the token after the head it takes, in order:
 *
 * <ul>
 *   <li>an earlier place candidate: a nationality adjective always ends the chain inside it
 *       ({@code … الإيراني}); a country, city or region name is taken as a construct complement
 *       right after an indefinite head ({@code وزير خارجية إيران}, {@code رئيس بلدية نابلس}) and
 *       also ends it;
 *   <li>for offices and events, an earlier organisation candidate ({@code أمين مجلس الأمن القومي
 *       الروسي}), after which only a nationality adjective may follow;
 *   <li>the preposition {@code ل} with a definite complement that names something ({@code
 *       المجلس الأعلى للأمن}; any complement in an event's name), or with an organisation or
 *       place ({@code الأمين العام للأمم المتحدة});
 *   <li>a further head noun, in construct after an indefinite one ({@code نائب رئيس}, {@code
 *       رئيس مجلس}), which keeps the chain open;
 *   <li>definite words: a complement noun only right after an indefinite noun (the construct
 *       state: {@code مجلس الأمن}, {@code رئيس بلدية مدينة البيرة}), otherwise only modifiers
 *       ({@code القومي}, {@code الأعلى}) and nisba-like adjectives, which may be coordinated
 *       with {@code و} ({@code الشؤون الإسلامية والدرزية});
 *   <li>indefinite words only in construct right after an indefinite head ({@code وزير
 *       خارجية}), never a word known as a person's name.
 * </ul>
 *
 * It stops at function words, dates, reporting verbs, honorifics, punctuation, proclitic
 * conjunctions and generic adjectives ({@code الجديدة}, {@code الإرهابية}), and after at most
 * {@value #MAX_CHAIN} tokens. Stateless apart from its resources; thread-safe.
 */
final class PhraseScanner {
  static final int MAX_CHAIN = 10;
  private static final Set<String> TEMPORAL_ADJECTIVES = Set.of("السابق", "السابقه", "الحالي",
      "الحاليه", "الاسبق", "الجديد", "الجديده", "المنتخب", "المنتخبه", "المكلف", "المكلفه");

  /** The kind of phrase being scanned; offices and events may contain organisations. */
  enum Mode { ORGANIZATION, OFFICE, EVENT, MISC }

  /**
   * A scanned chain.
   *
   * @param end the token index just past the chain (the head's end if the chain is empty)
   * @param named true if the chain names something: a place, an organisation, a domain noun, a
   *     complement noun seen inside names, a quoted name or an unknown word
   * @param complement true if the chain holds at least one complement (not only modifiers)
   */
  record Chain(int end, boolean named, boolean complement) {}

  private final NerResources r;

  PhraseScanner(NerResources resources) {
    this.r = resources;
  }

  /** The longest office title or organisation head at {@code i} within {@code limit}. */
  Optional<GazetteerMatch<Term>> headAt(List<Token> tokens, int i, int limit) {
    Optional<GazetteerMatch<Term>> title = r.officeTitles.longestAt(tokens, i);
    Optional<GazetteerMatch<Term>> body = r.organizationHeads.longestAt(tokens, i);
    Optional<GazetteerMatch<Term>> best = title;
    if (body.isPresent() && (best.isEmpty() || body.get().endToken() > best.get().endToken())) {
      best = body;
    }
    return best.filter(m -> m.endToken() <= limit);
  }

  /** True if {@code t} ends a chain whatever its position. */
  boolean stops(Token t) {
    if (t.kind() != TokenKind.ARABIC_WORD) {
      return true;
    }
    String fn = r.functionClass(t);
    return (fn != null && !(fn.equals("temporal") && TEMPORAL_ADJECTIVES.contains(t.norm())))
        || r.isReportingVerb(t) || r.isHonorific(t);
  }

  Chain scan(List<Token> tokens, int headEnd, boolean headIndefinite, int limit,
      MentionIndex places, MentionIndex organizations, Mode mode) {
    int j = headEnd;
    int end = headEnd;
    boolean named = false;
    boolean complement = false;
    boolean construct = headIndefinite;
    boolean lastWasAdjective = false;
    while (j < limit && j - headEnd < MAX_CHAIN) {
      Token t = tokens.get(j);
      Mention place = places.longestAt(j);
      if (place != null && place.endToken() <= limit) {
        if (isAdjective(tokens, place)) {
          if (construct && !NerResources.isDefinite(tokens.get(place.startToken()))) {
            break; // شركة إيرانية, وزير إيراني: a description, not a name
          }
          return new Chain(place.endToken(), true, complement || mode == Mode.OFFICE);
        }
        if (construct) {
          return new Chain(place.endToken(), true, true);
        }
        break;
      }
      if (mode == Mode.OFFICE || mode == Mode.EVENT) {
        Mention body = organizations.longestAt(j);
        if (body != null && body.endToken() <= limit && (construct || !complement)) {
          int bodyEnd = body.endToken();
          Mention nisba = places.longestAt(bodyEnd);
          if (nisba != null && nisba.endToken() <= limit && isAdjective(tokens, nisba)) {
            bodyEnd = nisba.endToken();
          }
          return new Chain(bodyEnd, true, true);
        }
      }
      if (t.kind() == TokenKind.PROCLITIC) {
        if (t.norm().equals("و") && j + 1 < limit && NerResources.isDefinite(tokens.get(j + 1))
            && places.longestAt(j + 1) == null
            && ((lastWasAdjective && isNisbaLike(tokens.get(j + 1)))
                || (complement && !lastWasAdjective
                    && "domain".equals(r.phraseRole(tokens.get(j + 1)))))) {
          j += 2; // coordinated: الشؤون الإسلامية والدرزية, وزارة التربية والتعليم
          end = j;
          continue;
        }
        if (!t.norm().equals("ل") || j + 1 >= limit) {
          break;
        }
        Token next = tokens.get(j + 1);
        Mention bodyAfter = organizations.longestAt(j + 1);
        if (bodyAfter != null && bodyAfter.endToken() <= limit) {
          return new Chain(bodyAfter.endToken(), true, true); // … التنفيذية لمنظمة التحرير
        }
        Mention placeAfter = places.longestAt(j + 1);
        if (placeAfter != null && placeAfter.endToken() <= limit && !isAdjective(tokens,
            placeAfter) && (mode == Mode.OFFICE || mode == Mode.ORGANIZATION)) {
          return new Chain(placeAfter.endToken(), true, true); // المندوب الدائم لإيران
        }
        if (!NerResources.isDefinite(next) || stops(next)
            || "generic".equals(r.phraseRole(next))
            || (mode != Mode.EVENT && !namesSomething(next))) {
          break; // رئيس الوزراء للصحفيين: the addressee, not the office's scope
        }
        j += 2;
        end = j;
        complement = true;
        construct = false;
        lastWasAdjective = false;
        named |= namesSomething(next);
        continue;
      }
      if (stops(t)) {
        break;
      }
      if (TEMPORAL_ADJECTIVES.contains(t.norm())) {
        if (mode == Mode.OFFICE && (end > headEnd || !headIndefinite)) {
          end = j + 1; // وزير الخارجية السابق, الرئيس الحالي: the office as held then
        }
        break;
      }
      Optional<GazetteerMatch<Term>> head = headAt(tokens, j, limit);
      if (head.isPresent()) {
        if (!construct) {
          break;
        }
        j = head.get().endToken();
        end = j;
        construct = !NerResources.isDefinite(tokens.get(j - 1));
        continue;
      }
      String role = r.phraseRole(t);
      if (NerResources.isDefinite(t)) {
        if ("generic".equals(role)) {
          break;
        }
        boolean modifier = "modifier".equals(role) || (isNisbaLike(t) && !"domain".equals(role));
        // A definite noun completes a construct (idafa) only after an indefinite noun; after a
        // definite word only adjectives follow (الرئيس الأمريكي, not الرئيس المقدمة).
        if (!modifier && !construct) {
          break;
        }
        if (!modifier) {
          complement = true;
          named |= namesSomething(t);
        }
        j++;
        end = j;
        construct = false;
        lastWasAdjective = modifier;
        continue;
      }
      if (construct && !r.isGivenName(t) && !r.isKnownPersonWord(t) && !looksLikeVerb(t)) {
        complement = true;
        named |= "domain".equals(r.phraseRoleWithArticle(t));
        j++;
        end = j;
        lastWasAdjective = false;
        // رئيس مجلس إدارة …: a common noun keeps the construct open; a name ends it.
        construct = r.evidence.total(t.norm()) > 0 && !r.isKnownPlaceWord(t);
        continue;
      }
      break;
    }
    return new Chain(end, named, complement);
  }

  /** True if the place candidate is a nationality adjective rather than a name. */
  boolean isAdjective(List<Token> tokens, Mention place) {
    return r.isNationalityAdjective(tokens, place);
  }

  /**
   * True if a complement noun makes the phrase a name: a domain noun ({@code الأمن}), a word seen
   * inside names at least as often as outside them, or a word never seen at all.
   */
  private boolean namesSomething(Token t) {
    if ("domain".equals(r.phraseRole(t))) {
      return true;
    }
    int total = r.evidence.total(t.norm());
    return total == 0 || r.evidence.inAnyName(t.norm()) * 2 >= total;
  }

  /** An imperfect verb (يتعاملون, يرفضون): starts with ي and is not a short noun like يوم. */
  private static boolean looksLikeVerb(Token t) {
    return t.norm().length() >= 4 && t.norm().charAt(0) == 'ي';
  }

  /** A definite word ending like a nisba adjective: القومي, الوطنية, الإسلاميين. */
  static boolean isNisbaLike(Token t) {
    String n = t.norm();
    return n.length() >= 5 && (n.endsWith("ي") || n.endsWith("يه") || n.endsWith("يين")
        || n.endsWith("يون") || n.endsWith("يات"));
  }
}
