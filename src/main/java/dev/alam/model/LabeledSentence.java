package dev.alam.model;

import dev.alam.corpus.Conll;
import dev.alam.corpus.Corpora;
import dev.alam.text.Sentence;
import dev.alam.text.Token;
import dev.alam.text.TokenKind;
import dev.alam.text.TokenizedText;
import dev.alam.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A corpus sentence in the library's own tokenisation, with coarse BIO tags (PERS, LOC, ORG,
 * MISC) projected onto its tokens, and the map back to the corpus tokens.
 *
 * <p>Corpus tokens keep attached proclitics and punctuation ({@code وأفغانستان}, {@code (د});
 * the library splits them. A corpus token's tag goes to its first word; proclitics and
 * punctuation in front of the first word of a name are outside it ({@code و} + {@code
 * B-LOC أفغانستان}), inside a name they stay inside ({@code وزارة الخارجية I-ORG و I-ORG التجارة}),
 * and punctuation attached after a name's last word is outside it ({@code بغداد؛}) unless the
 * name goes on in the next corpus token ({@code هيوليت - باكرد}).
 *
 * @param text the corpus tokens joined by single spaces, tokenised as one sentence
 * @param tags one coarse BIO tag per token of {@code text}
 * @param corpusTokenOf for each token of {@code text}, the index of the corpus token it came from
 * @param domain the kind of text the corpus is ({@code news}, {@code wiki}), for domain features
 */
public record LabeledSentence(TokenizedText text, List<String> tags, int[] corpusTokenOf,
    String domain) {
  /** Copies the tag list. */
  public LabeledSentence {
    Objects.requireNonNull(text, "text");
    corpusTokenOf = corpusTokenOf.clone();
    tags = List.copyOf(tags);
    if (tags.size() != text.tokens().size() || corpusTokenOf.length != tags.size()) {
      throw new IllegalArgumentException("one tag and one corpus index per token needed");
    }
  }

  /**
   * Projects a corpus sentence onto the library's tokens, mapping its outer tags with {@link
   * Corpora#coarse(String)}.
   *
   * @param sentence the corpus sentence
   * @param tokenizer the tokenizer (normally {@link Tokenizer#standard()})
   */
  public static LabeledSentence project(Conll.Sentence sentence, Tokenizer tokenizer) {
    return project(sentence, tokenizer, "news");
  }

  /**
   * Projects a corpus sentence of the given domain; see {@link #project(Conll.Sentence,
   * Tokenizer)}.
   */
  public static LabeledSentence project(Conll.Sentence sentence, Tokenizer tokenizer,
      String domain) {
    List<String> corpusTags = sentence.outerTags();
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<Integer> origin = new ArrayList<>();
    String previousType = null;
    for (int i = 0; i < sentence.tokens().size(); i++) {
      if (i > 0) {
        text.append(' ');
      }
      int offset = text.length();
      String word = sentence.tokens().get(i);
      text.append(word);
      String tag = Corpora.coarse(corpusTags.get(i));
      String type = tag.equals("O") ? null : tag.substring(2);
      boolean continues = tag.startsWith("I-") && type.equals(previousType);
      boolean inside = continues;
      String nextTag = i + 1 < corpusTags.size() ? Corpora.coarse(corpusTags.get(i + 1)) : "O";
      boolean nameGoesOn = type != null && nextTag.equals("I-" + type);
      List<Token> parts = tokenizer.tokenize(word);
      int lastWord = -1;
      for (int p = 0; p < parts.size(); p++) {
        if (isWord(parts.get(p))) {
          lastWord = p;
        }
      }
      for (int p = 0; p < parts.size(); p++) {
        Token t = parts.get(p);
        tokens.add(new Token(t.text(), t.start() + offset, t.end() + offset, t.norm(), t.kind()));
        origin.add(i);
        if (type == null) {
          tags.add("O");
        } else if (inside && p > lastWord && !nameGoesOn && !isWord(t)) {
          tags.add("O"); // punctuation attached after a name's last word: بغداد؛
        } else if (inside) {
          tags.add("I-" + type);
        } else if (isWord(t)) {
          tags.add("B-" + type);
          inside = true;
        } else {
          tags.add("O"); // a proclitic or bracket before the first word of a name
        }
      }
      previousType = type != null && inside ? type : null;
    }
    String joined = text.toString();
    List<Sentence> sentences = tokens.isEmpty() ? List.of()
        : List.of(new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end()));
    int[] corpusTokenOf = new int[origin.size()];
    for (int k = 0; k < corpusTokenOf.length; k++) {
      corpusTokenOf[k] = origin.get(k);
    }
    return new LabeledSentence(new TokenizedText(joined, tokens, sentences), tags,
        corpusTokenOf, domain);
  }

  private static boolean isWord(Token t) {
    return t.kind() != TokenKind.PROCLITIC && t.kind() != TokenKind.PUNCTUATION;
  }

  /** Returns a copy of the map from this sentence's tokens to corpus tokens. */
  @Override
  public int[] corpusTokenOf() {
    return corpusTokenOf.clone();
  }

  /**
   * Maps tags on this sentence's tokens back to corpus tokens: a corpus token takes the tag of
   * its first word; a corpus token without a word ({@code -}, {@code "}) takes its first token's
   * tag if that continues a name ({@code I-}), so a name runs on through it; otherwise O. An
   * {@code I-} tag that does not continue a name becomes {@code B-}.
   *
   * @param ownTags one tag per token of {@link #text()}
   * @param corpusLength the number of corpus tokens
   */
  public List<String> toCorpusTags(List<String> ownTags, int corpusLength) {
    String[] out = new String[corpusLength];
    java.util.Arrays.fill(out, "O");
    boolean[] decided = new boolean[corpusLength];
    boolean[] seen = new boolean[corpusLength];
    List<Token> tokens = text.tokens();
    for (int k = 0; k < tokens.size(); k++) {
      int c = corpusTokenOf[k];
      if (!seen[c]) {
        seen[c] = true;
        if (ownTags.get(k).startsWith("I-")) {
          out[c] = ownTags.get(k); // kept only if the corpus token has no word
        }
      }
      if (decided[c] || !isWord(tokens.get(k))) {
        continue;
      }
      decided[c] = true;
      out[c] = ownTags.get(k);
    }
    for (int c = 0; c < corpusLength; c++) {
      if (out[c].startsWith("I-")) {
        String type = out[c].substring(2);
        if (c == 0 || out[c - 1].equals("O") || !out[c - 1].substring(2).equals(type)) {
          out[c] = "B-" + type;
        }
      }
    }
    return List.of(out);
  }
}
