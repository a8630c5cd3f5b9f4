package dev.alam.ner;

import dev.alam.text.Token;
import dev.alam.text.TokenKind;
import dev.alam.text.TokenizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The names of stadiums: the name right after {@code ملعب}, {@code استاد} or {@code ستاد}, in
 * quotation marks ({@code استاد " سلتيك بارك "}) or a name an earlier stage found there ({@code
 * ملعب سانتياغو برنابيو}, which the statistical model takes for the club), is a MISC, as the news
 * corpora annotate a named facility (ANERcorp: {@code ملعب الحارثي}, {@code ملعب الأب جيكو},
 * {@code ستاد الإمارات}); the head noun stays outside. ANNOTATION.md's MISC names treaties,
 * products and works; Alam files a named facility there too, as those corpora do. A stadium
 * named by its city ({@code استاد الدوحة}, LOC in the same corpus) is left to the city, and a
 * club's ground to the club (an organisation of one definite word: {@code على ملعب الأهلي}).
 * AQMAR annotates stadiums as places with the head noun inside ({@code ملعب سانتياغو
 * بيرنابيو}); there the model's name starts at the head, and this stage leaves it alone.
 *
 * <p>A quotation is found as {@link QuotedTitleRecognizer} finds a title. An unquoted name must
 * start right after the head, in its sentence, the head itself outside every candidate; the
 * name is the longest candidate starting there that is not a lexicon's place. Runs after the
 * statistical model, whose candidates it reads. Immutable and thread-safe.
 */
public final class VenueNameRecognizer implements Recognizer {
  /** The confidence of a venue's name. */
  static final double CONFIDENCE = 0.75;

  /** Normal forms of the head nouns of a stadium's name. */
  private static final Set<String> HEADS = Set.of("ملعب", "استاد", "ستاد");

  private final NerResources resources;

  /**
   * Creates the stage.
   *
   * @throws NullPointerException if {@code resources} is null
   */
  public VenueNameRecognizer(NerResources resources) {
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  @Override
  public List<Mention> recognize(TokenizedText text, List<Mention> earlier) {
    List<Token> tokens = text.tokens();
    List<Mention> out = new ArrayList<>();
    int[] sentenceEnd = null;
    boolean[] covered = null;
    int[] longestEnd = null; // per token, the end of the longest candidate (not a place) there
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!isHead(tokens.get(i))) {
        continue;
      }
      if (sentenceEnd == null) {
        sentenceEnd = MentionIndex.sentenceEnds(text);
        covered = new boolean[tokens.size()];
        longestEnd = new int[tokens.size()];
        for (Mention m : earlier) {
          for (int k = m.startToken(); k < m.endToken(); k++) {
            covered[k] = true;
          }
          if (!isLexiconPlace(m) && !isClub(tokens, m.type(), m.startToken(), m.endToken())) {
            longestEnd[m.startToken()] = Math.max(longestEnd[m.startToken()], m.endToken());
          }
        }
      }
      int end = longestEnd[i + 1];
      if (!covered[i] && end > 0 && end <= sentenceEnd[i]
          && !resources.isCityOrCountry(tokens, i + 1, end)) {
        out.add(new Mention(EntityType.MISC, i + 1, end, null, CONFIDENCE, Source.GRAMMAR));
      }
    }
    if (sentenceEnd != null) {
      for (int[] q : QuotedTitleRecognizer.quotedAfter(HEADS, tokens, sentenceEnd)) {
        out.add(new Mention(EntityType.MISC, q[0], q[1], null, CONFIDENCE, Source.GRAMMAR));
      }
    }
    return out;
  }

  private static boolean isHead(Token t) {
    return t.kind() == TokenKind.ARABIC_WORD && HEADS.contains(t.norm());
  }

  /**
   * A club's name after the head rather than a stadium's: an organisation of one definite word
   * ({@code على ملعب الأهلي}, the club's ground).
   */
  private static boolean isClub(List<Token> tokens, EntityType type, int start, int end) {
    return type == EntityType.ORGANIZATION && end == start + 1
        && NerResources.isDefinite(tokens.get(start));
  }

  private static boolean isLexiconPlace(Mention m) {
    return m.source() == Source.GAZETTEER && switch (m.type()) {
      case COUNTRY, CITY, LOCATION -> true;
      default -> false;
    };
  }

  /**
   * Retags, in place, the coarse BIO tags of one sentence: a quotation after a stadium's head
   * noun, or a name tagged right after it that is not a lexicon's city or country or a one-word
   * definite ORG (a club), becomes one MISC.
   *
   * @param tags one coarse BIO tag per token; modified
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code tags} and {@code tokens} differ in size
   */
  public static void retagCoarse(NerResources resources, List<Token> tokens, List<String> tags) {
    Objects.requireNonNull(resources, "resources");
    Recognizers.requireOneTagPerToken(tokens, tags);
    List<int[]> names = new ArrayList<>(QuotedTitleRecognizer.quotedAfter(HEADS, tokens, null));
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (isHead(tokens.get(i)) && tags.get(i).equals("O") && tags.get(i + 1).startsWith("B-")) {
        String inside = "I-" + tags.get(i + 1).substring(2);
        int end = i + 2;
        while (end < tags.size() && tags.get(end).equals(inside)) {
          end++;
        }
        boolean club = tags.get(i + 1).equals("B-ORG")
            && isClub(tokens, EntityType.ORGANIZATION, i + 1, end);
        if (!club && !resources.isCityOrCountry(tokens, i + 1, end)) {
          names.add(new int[] {i + 1, end});
        }
      }
    }
    QuotedTitleRecognizer.retagMisc(names, tags);
  }
}
