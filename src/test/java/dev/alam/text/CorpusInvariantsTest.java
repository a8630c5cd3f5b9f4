package dev.alam.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the {@link TokenInvariants} on every sentence of every file of the shared corpora and on
 * the seed report, with the tokenizer Alam uses (proclitic splitting on).
 */
class CorpusInvariantsTest {
  private static final Tokenizer TOKENIZER = Tokenizer.standard();

  static List<Path> corpusFiles() {
    return CorpusSentences.files();
  }

  @Test
  void theSharedCorporaArePresent() {
    assertThat(CorpusSentences.files())
        .as("corpus files under %s", CorpusSentences.CORPORA.toAbsolutePath())
        .contains(
            CorpusSentences.CORPORA.resolve("anercorp/train.txt"),
            CorpusSentences.CORPORA.resolve("wikinews-farasa/WikiNewsTruth.txt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusFiles")
  void invariantsHoldOnEverySentence(Path file) {
    List<String> sentences = CorpusSentences.sentences(file);
    int tokens = 0;
    for (String sentence : sentences) {
      tokens += checked(sentence).tokens().size();
    }
    assertThat(tokens).as("tokens in %s", file).isPositive();
  }

  @Test
  void invariantsHoldOnTheSeedReportAndEachOfItsLines() throws Exception {
    String report = Files.readString(CorpusSentences.SEED);
    TokenizedText whole = checked(report);
    assertThat(whole.sentences()).hasSizeGreaterThan(10);
    for (String line : report.split("\n")) {
      checked(line);
    }
  }

  private static TokenizedText checked(String text) {
    TokenizedText result = TOKENIZER.analyze(text);
    TokenInvariants.check(text, result);
    TokenInvariants.checkNothingDropped(text, result.tokens());
    return result;
  }
}
