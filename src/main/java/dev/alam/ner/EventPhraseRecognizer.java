package dev.alam.ner;

import dev.alam.gazetteer.GazetteerMatch;
import dev.alam.gazetteer.Term;
import dev.alam.text.Token;
import dev.alam.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The event grammar: an event head ({@code ملتقى}, {@code مؤتمر}, {@code قمة}, {@code اجتماع} …)
 * followed by a quoted name ({@code اجتماع "الحوار الأمني الإقليمي" الثاني}) or by a construct
 * chain with a complement ({@code ملتقى الحوار الأمني الإقليمي}, {@code الاجتماع الثاني للحوار
 * …}). Heads that are everyday words ({@code لقاء}, {@code جلسة}, {@code عملية}, {@code حرب} …)
 * need a quoted name or a complement at home in names ({@code حرب الخليج}).
 *
 * <p>Immutable and thread-safe.
 */
public final class EventPhraseRecognizer extends GrammarRecognizer {
  /** Lemmas of heads that make an event with any complement; the rest need a named one. */
  private static final Set<String> STRONG_HEADS = Set.of("ملتقى", "مؤتمر", "قمة", "منتدى",
      "مهرجان", "ندوة", "معرض", "بطولة", "كأس", "ألعاب", "أولمبياد", "دورة", "انتخابات",
      "استفتاء", "مناورات", "اجتماع");
  private static final int MAX_QUOTED = 8;


  /**
   * Creates the recogniser.
   *
   * @throws NullPointerException if {@code resources} is null
   */
  public EventPhraseRecognizer(NerResources resources) {
    super(resources);
  }

  @Override
  List<Mention> recognize(Input in) {
    List<Token> tokens = in.tokens();
    int[] sentenceEnd = in.sentenceEnd();
    MentionIndex places = in.places();
    MentionIndex bodies = in.bodies();
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      int limit = sentenceEnd[i];
      Optional<GazetteerMatch<Term>> head = resources.eventHeads.longestAt(tokens, i);
      if (head.isEmpty() || head.get().endToken() > limit) {
        continue;
      }
      int headEnd = head.get().endToken();
      boolean strong = STRONG_HEADS.contains(head.get().values().get(0).lemma());
      int quoteEnd = quotedNameEnd(tokens, headEnd, limit);
      if (quoteEnd > headEnd) {
        PhraseScanner.Chain rest = scanner.scan(tokens, quoteEnd, false, limit, places, bodies,
            PhraseScanner.Mode.EVENT);
        out.add(new Mention(EntityType.EVENT, i, rest.complement() ? quoteEnd : rest.end(), null,
            0.8, Source.GRAMMAR));
        continue;
      }
      boolean indefinite = !NerResources.isDefinite(tokens.get(headEnd - 1));
      PhraseScanner.Chain chain = scanner.scan(tokens, headEnd, indefinite, limit, places,
          bodies, PhraseScanner.Mode.EVENT);
      if (chain.end() > headEnd && chain.complement() && (strong || chain.named())) {
        out.add(new Mention(EntityType.EVENT, i, chain.end(), null, 0.75, Source.GRAMMAR));
      }
    }
    return out;
  }

  /** If a quotation opens at {@code i} and closes within a few tokens, the index after it. */
  private static int quotedNameEnd(List<Token> tokens, int i, int limit) {
    if (i >= limit || !isQuote(tokens.get(i))) {
      return i;
    }
    for (int k = i + 1; k < limit && k <= i + MAX_QUOTED; k++) {
      Token t = tokens.get(k);
      if (isQuote(t)) {
        return k > i + 1 ? k + 1 : i;
      }
      if (t.kind() == TokenKind.PUNCTUATION && !t.text().equals("-")) {
        return i;
      }
    }
    return i;
  }

  private static boolean isQuote(Token t) {
    return t.kind() == TokenKind.PUNCTUATION && "\"«»“”„'".contains(t.text());
  }
}
