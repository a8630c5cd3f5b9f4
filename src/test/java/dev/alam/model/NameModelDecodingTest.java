package dev.alam.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alam.corpus.Conll;
import dev.alam.corpus.Corpora;
import dev.alam.ner.EntityType;
import dev.alam.ner.Mention;
import dev.alam.ner.Source;
import dev.alam.text.CorpusSentences;
import dev.alam.text.Sentence;
import dev.alam.text.Token;
import dev.alam.text.TokenKind;
import dev.alam.text.TokenizedText;
import dev.alam.text.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The bundled model's decoder and its pipeline stage on real sentences (ANERcorp dev, AQMAR dev
 * with its Latin names, the Wojood validation sample): the tags are well-formed BIO, one per
 * token, for any beam; the stage proposes exactly decoded spans with an Arabic word; and one
 * model shared by eight threads gives the sequential tags.
 */
class NameModelDecodingTest {
  private static final NameModel MODEL = NameModel.bundled();
  /** ANERcorp dev, AQMAR dev and the Wojood validation sample, one text per sentence. */
  private static final List<TokenizedText> TEXTS = texts();
  /**
   * What the deterministic tests run on: a fixed random sample of {@link #TEXTS} and every AQMAR
   * dev sentence with a Latin word (where spans without an Arabic word come from).
   */
  private static final List<TokenizedText> SAMPLE = sample();
  private static final Map<TokenizedText, List<Mention>> CANDIDATES = new ConcurrentHashMap<>();
  private static final Map<String, EntityType> TYPES = Map.of("PERS", EntityType.PERSON,
      "ORG", EntityType.ORGANIZATION, "LOC", EntityType.LOCATION, "MISC", EntityType.MISC);

  private static List<TokenizedText> texts() {
    Tokenizer tokenizer = Tokenizer.standard();
    List<TokenizedText> out = new ArrayList<>();
    try {
      List<Conll.Sentence> sentences =
          new ArrayList<>(Corpora.anercorpDev(CorpusSentences.CORPORA));
      sentences.addAll(Conll.read(CorpusSentences.CORPORA.resolve("aqmar/dev.txt")));
      sentences.addAll(Conll.read(CorpusSentences.CORPORA.resolve("wojood-sample/val.txt")));
      for (Conll.Sentence s : sentences) {
        out.add(tokenizer.analyze(String.join(" ", s.tokens())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  private static List<TokenizedText> sample() {
    List<TokenizedText> shuffled = new ArrayList<>(TEXTS);
    Collections.shuffle(shuffled, new Random(20241129));
    Set<TokenizedText> out = new LinkedHashSet<>(shuffled.subList(0, 250));
    for (TokenizedText text : TEXTS) {
      if (text.tokens().stream().anyMatch(t -> t.kind() == TokenKind.LATIN_WORD)) {
        out.add(text);
      }
    }
    return List.copyOf(out);
  }

  /** The grammar candidates of a text, worked out once for all tests. */
  private static List<Mention> candidates(TokenizedText text) {
    return CANDIDATES.computeIfAbsent(text, BioTags::candidates);
  }

  @Provide
  Arbitrary<TokenizedText> sentences() {
    return Arbitraries.of(TEXTS);
  }

  @Property(tries = 400)
  void tagsAreWellFormedBioOnePerTokenOfTheRange(@ForAll("sentences") TokenizedText text,
      @ForAll @IntRange(min = 1, max = 4) int beam, @ForAll @IntRange(max = 100) int a,
      @ForAll @IntRange(max = 100) int b) {
    List<Token> tokens = text.tokens();
    int from = Math.min(a, b) * tokens.size() / 100;
    int to = Math.max(a, b) * tokens.size() / 100;

    List<String> tags = MODEL.tag(tokens, from, to, candidates(text), beam);

    assertThat(tags).hasSize(to - from);
    BioTags.assertWellFormed(tags, text.text());
  }

  @Test
  void greedyAndBeamDecodingAreBothWellFormedOnTheSample() {
    int differ = 0;
    for (TokenizedText text : SAMPLE) {
      List<Token> tokens = text.tokens();
      List<Mention> candidates = candidates(text);
      List<String> greedy = MODEL.tag(tokens, 0, tokens.size(), candidates, 1);
      List<String> beam = MODEL.tag(tokens, 0, tokens.size(), candidates, 3);

      assertThat(greedy).hasSameSizeAs(tokens);
      assertThat(beam).hasSameSizeAs(tokens);
      BioTags.assertWellFormed(greedy, text.text());
      BioTags.assertWellFormed(beam, text.text());
      differ += greedy.equals(beam) ? 0 : 1;
    }
    // The beam is not a no-op: some sentence decodes differently with it.
    assertThat(differ).isPositive();
  }

  @Test
  void anEmptyRangeHasNoTagsAndTheBeamMustBePositive() {
    TokenizedText text = TEXTS.get(0);

    assertThat(MODEL.tag(text.tokens(), 3, 3, List.of(), 3)).isEmpty();
    assertThatThrownBy(() -> MODEL.tag(text.tokens(), 0, 3, List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    assertThatThrownBy(() -> new StatisticalRecognizer(MODEL, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
  }

  /**
   * Every span the stage proposes is a span the decoder tagged ({@code B-X I-X …}, not followed
   * by another {@code I-X}), of the matching type, inside one sentence, with an Arabic word and
   * at least the minimum confidence. AQMAR's Latin names ({@code Interpreter}, {@code X11}) are
   * tagged and must not be proposed, nor grow into the Arabic words after them.
   */
  @Test
  void theStageProposesOnlyDecodedSpansWithAnArabicWord() {
    StatisticalRecognizer stage = new StatisticalRecognizer(MODEL, NameModel.DEFAULT_BEAM);
    int proposed = 0;
    int withoutArabic = 0;
    for (TokenizedText text : SAMPLE) {
      List<Token> tokens = text.tokens();
      List<Mention> candidates = candidates(text);
      String[] tags = new String[tokens.size()];
      int from = 0;
      for (Sentence s : text.sentences()) {
        int to = from;
        while (to < tokens.size() && tokens.get(to).end() <= s.end()) {
          to++;
        }
        List<String> sentenceTags = MODEL.tag(tokens, from, to, candidates, NameModel.DEFAULT_BEAM);
        for (int i = from; i < to; i++) {
          tags[i] = sentenceTags.get(i - from);
        }
        withoutArabic += spansWithoutArabicWord(tokens, sentenceTags, from);
        from = to;
      }

      for (Mention m : stage.recognize(text, candidates)) {
        proposed++;
        String where = m + " in " + text.text();
        String type = tags[m.startToken()].substring(2);
        assertThat(tags[m.startToken()]).as(where).startsWith("B-");
        for (int k = m.startToken() + 1; k < m.endToken(); k++) {
          assertThat(tags[k]).as(where).isEqualTo("I-" + type);
        }
        assertThat(m.endToken() == tokens.size() || !tags[m.endToken()].equals("I-" + type))
            .as(where).isTrue();
        assertThat(m.type()).as(where).isEqualTo(TYPES.get(type));
        assertThat(m.source()).isEqualTo(Source.MODEL);
        assertThat(m.confidence()).as(where)
            .isBetween(StatisticalRecognizer.MIN_CONFIDENCE, 1.0);
        assertThat(tokens.subList(m.startToken(), m.endToken())).as(where)
            .anyMatch(t -> t.kind() == TokenKind.ARABIC_WORD);
      }
    }
    assertThat(proposed).isGreaterThan(300);
    assertThat(withoutArabic).as("decoded spans without an Arabic word").isPositive();
  }

  private static int spansWithoutArabicWord(List<Token> tokens, List<String> tags, int offset) {
    int count = 0;
    for (Conll.TokenSpan span : Conll.spans(tags)) {
      boolean arabic = false;
      for (int k = span.start(); k < span.end(); k++) {
        arabic |= tokens.get(offset + k).kind() == TokenKind.ARABIC_WORD;
      }
      count += arabic ? 0 : 1;
    }
    return count;
  }

  @Test
  void eightThreadsSharingOneModelGetTheSequentialTags() throws Exception {
    List<TokenizedText> texts = SAMPLE.subList(0, 100);
    // Greedy and beam threads run side by side: neither may see the other's state.
    Map<Integer, List<List<String>>> sequential = Map.of(1, tagAll(texts, 1), 3, tagAll(texts, 3));
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<List<String>>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * texts.size() / threads;
        int beam = t % 2 == 0 ? 3 : 1;
        Callable<List<List<String>>> task = () -> {
          start.await();
          List<List<String>> results = new ArrayList<>(Collections.nCopies(texts.size(), null));
          for (int k = 0; k < texts.size(); k++) {
            int i = (k + offset) % texts.size();
            List<Token> tokens = texts.get(i).tokens();
            results.set(i, MODEL.tag(tokens, 0, tokens.size(), candidates(texts.get(i)), beam));
          }
          return results;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (int t = 0; t < threads; t++) {
        assertThat(futures.get(t).get()).as("thread %d", t)
            .isEqualTo(sequential.get(t % 2 == 0 ? 3 : 1));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<List<String>> tagAll(List<TokenizedText> texts, int beam) {
    List<List<String>> out = new ArrayList<>();
    for (TokenizedText text : texts) {
      out.add(MODEL.tag(text.tokens(), 0, text.tokens().size(), candidates(text), beam));
    }
    return out;
  }
}
