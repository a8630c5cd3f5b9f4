package dev.alam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alam.model.NameModel;
import dev.alam.model.StatisticalRecognizer;
import dev.alam.ner.EntityType;
import dev.alam.ner.Mention;
import dev.alam.ner.NerResources;
import dev.alam.ner.Recognizer;
import dev.alam.ner.Recognizers;
import dev.alam.ner.Source;
import dev.alam.text.CorpusSentences;
import dev.alam.text.Token;
import dev.alam.text.TokenizedText;
import dev.alam.text.Tokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Alam.SentenceBlocks} runs the statistical stage block by block only to keep it linear:
 * the answer must be the one the stage gives on the whole text, and a block may never start
 * where a candidate crosses or an office ends.
 */
class SentenceBlocksTest {
  private static final Comparator<Mention> ORDER = Comparator.comparingInt(Mention::startToken)
      .thenComparingInt(Mention::endToken).thenComparing(Mention::type);

  /** Real text of many blocks, with offices that end at a line end (the next line's feature). */
  private static String longText() {
    List<String> parts = new ArrayList<>(CorpusSentences.lines(CorpusSentences.SEED));
    parts.addAll(CorpusSentences.sentences(
        CorpusSentences.CORPORA.resolve("wojood-sample/val.txt")));
    parts.addAll(CorpusSentences.sentences(CorpusSentences.CORPORA.resolve("aqmar/dev.txt")));
    for (int i = 0; i < 40; i++) {
      parts.add("التقى وزير الخارجية الإيراني");
      parts.add("علي لاريجاني في طهران، ثم سافر إلى موسكو.");
    }
    return String.join("\n", parts);
  }

  /** The grammar stages' candidates, as {@link Alam#extract} gathers them. */
  private static List<Mention> grammarCandidates(TokenizedText text) {
    List<Mention> candidates = new ArrayList<>();
    List<Mention> view = Collections.unmodifiableList(candidates);
    for (Recognizer stage : Recognizers.grammar(NerResources.bundled())) {
      candidates.addAll(stage.recognize(text, view));
    }
    return candidates;
  }

  @Test
  void theModelStageInBlocksGivesWhatItGivesOnTheWholeText() {
    TokenizedText text = Tokenizer.standard().analyze(longText());
    List<Mention> candidates = Collections.unmodifiableList(grammarCandidates(text));
    Recognizer whole = new StatisticalRecognizer(NameModel.bundled(), NameModel.DEFAULT_BEAM);
    assertThat(text.tokens().size()).isGreaterThan(10 * Alam.SentenceBlocks.BLOCK_TOKENS);

    List<Mention> expected = whole.recognize(text, candidates);
    List<Mention> blocked = new Alam.SentenceBlocks(whole).recognize(text, candidates);

    assertThat(blocked.size()).isGreaterThan(500);
    assertThat(blocked).isEqualTo(expected);
  }

  @Test
  void blocksStartOnlyWhereNoCandidateCrossesAndNoOfficeEndsAndTheirCandidatesMapBack() {
    TokenizedText text = Tokenizer.standard().analyze(longText());
    List<Token> tokens = text.tokens();
    List<Mention> candidates = new ArrayList<>(grammarCandidates(text));
    // At two of every three sentence starts, a candidate that crosses it or an office that ends
    // there: the blocks must start at the third.
    for (int s = 1; s < text.sentences().size(); s++) {
      int first = tokens.indexOf(text.tokensOf(text.sentences().get(s)).get(0));
      if (s % 3 == 0) {
        candidates.add(new Mention(EntityType.PERSON, first - 1, first + 1, null, 0.5,
            Source.MODEL));
      } else if (s % 3 == 1) {
        candidates.add(new Mention(EntityType.OFFICE, first - 1, first, null, 0.5,
            Source.GRAMMAR));
      }
    }
    List<Integer> blockStarts = new ArrayList<>();
    // A stage that echoes its candidates and notes where each block starts.
    Recognizer echo = (part, earlier) -> {
      blockStarts.add(Collections.binarySearch(tokens, part.tokens().get(0),
          Comparator.comparingInt(Token::start)));
      return earlier;
    };

    List<Mention> echoed = new ArrayList<>(
        new Alam.SentenceBlocks(echo).recognize(text, Collections.unmodifiableList(candidates)));

    assertThat(blockStarts).hasSizeGreaterThan(5).startsWith(0);
    for (int start : blockStarts.subList(1, blockStarts.size())) {
      assertThat(candidates).noneMatch(m -> m.startToken() < start && start < m.endToken())
          .noneMatch(m -> m.type() == EntityType.OFFICE && m.endToken() == start);
    }
    echoed.sort(ORDER);
    candidates.sort(ORDER);
    assertThat(echoed).isEqualTo(candidates);
  }
}
