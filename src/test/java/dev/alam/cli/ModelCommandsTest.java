package dev.alam.cli;

import static dev.alam.cli.MainTest.assertOneLineError;
import static dev.alam.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alam.Alam;
import dev.alam.corpus.Conll;
import dev.alam.corpus.Corpora;
import dev.alam.text.CorpusSentences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The commands of the coarse benchmark scheme through {@link Main#run}: {@code conll} tags a
 * CoNLL file token by token, {@code eval --conll} scores tags, {@code train} checks its input
 * before it starts (it is never run on real data here: that takes minutes).
 */
class ModelCommandsTest {
  private static final String TAG = "(O|[BI]-(PERS|LOC|ORG|MISC))";

  /** A CoNLL file with a POS column and a gold column, which {@code conll} must ignore. */
  private static final String INPUT = """
      زار\tVBD\tO
      وزير\tNN\tO
      الخارجية\tNN\tO
      خالد\tNNP\tB-PER
      منصور\tNNP\tI-PER
      طهران\tNNP\tB-LOC

      وقال\tVBD\tO
      (د\tPUNC\tO
      ب\tNN\tO
      أ)\tPUNC\tO
      إن\tIN\tO
      الأمم\tNN\tB-ORG
      المتحدة\tJJ\tI-ORG
      سترد\tVBP\tO
      .\tPUNC\tO""";

  @Test
  void conllPrintsOneTaggedLinePerInputTokenAndKeepsTheSentenceBreaks(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("in.conll"), INPUT);

    MainTest.Run r = run("", "conll", file.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> in = INPUT.lines().toList();
    List<String> out = r.outLines();
    // One line per input line, and a blank line closing the last sentence.
    assertThat(out).hasSize(in.size() + 1);
    assertThat(out.get(out.size() - 1)).isEmpty();
    for (int i = 0; i < in.size(); i++) {
      if (in.get(i).isEmpty()) {
        assertThat(out.get(i)).as("line %d", i + 1).isEmpty();
      } else {
        String token = in.get(i).split("\t")[0];
        assertThat(out.get(i)).as("line %d", i + 1)
            .matches(java.util.regex.Pattern.quote(token) + "\t" + TAG);
      }
    }
    List<List<String>> sentences = Conll.readTokens(file);
    assertThat(tags(out)).isEqualTo(Alam.builder().build().tagCoarse(sentences, 10));
  }

  @Test
  void conllWithContextZeroTagsEachSentenceAlone(@TempDir Path dir) throws IOException {
    // A stretch of ANERcorp dev where the context changes a tag, written as a temporary file.
    Alam alam = Alam.builder().build();
    List<Conll.Sentence> dev = Corpora.anercorpDev(CorpusSentences.CORPORA);
    List<List<String>> block = null;
    for (int from = 0; from + 20 <= dev.size() && block == null; from += 20) {
      List<List<String>> sentences = new ArrayList<>();
      for (Conll.Sentence s : dev.subList(from, from + 20)) {
        sentences.add(s.tokens());
      }
      if (!alam.tagCoarse(sentences, 0).equals(alam.tagCoarse(sentences, 10))) {
        block = sentences;
      }
    }
    assertThat(block).as("20 sentences of ANERcorp dev where context matters").isNotNull();
    StringBuilder text = new StringBuilder();
    for (List<String> sentence : block) {
      sentence.forEach(token -> text.append(token).append('\n'));
      text.append('\n');
    }
    Path file = Files.writeString(dir.resolve("dev.conll"), text);

    MainTest.Run alone = run("", "conll", "--context", "0", file.toString());
    MainTest.Run withContext = run("", "conll", file.toString());

    assertThat(alone.code()).isZero();
    assertThat(withContext.code()).isZero();
    assertThat(tags(alone.outLines())).isEqualTo(alam.tagCoarse(block, 0));
    assertThat(tags(withContext.outLines())).isEqualTo(alam.tagCoarse(block, 10));
  }

  /** The tag column of {@code conll} output, one list per sentence. */
  private static List<List<String>> tags(List<String> lines) {
    List<List<String>> out = new ArrayList<>();
    List<String> sentence = new ArrayList<>();
    for (String line : lines) {
      if (line.isEmpty()) {
        out.add(sentence);
        sentence = new ArrayList<>();
      } else {
        sentence.add(line.substring(line.indexOf('\t') + 1));
      }
    }
    assertThat(sentence).as("tokens after the last blank line").isEmpty();
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"--scheme fine", "--context -1", "--domain SPORTS"})
  void conllRejectsABadOptionAsAUsageError(String option, @TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("in.conll"), INPUT);
    List<String> args = new ArrayList<>(List.of("conll"));
    args.addAll(List.of(option.split(" ")));
    args.add(file.toString());

    MainTest.Run r = run("", args.toArray(new String[0]));

    assertOneLineError(r, ExitCodes.USAGE, option.split(" ")[1]);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void conllNamesAMissingFileOrModelDirectory(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing.conll");
    Path file = Files.writeString(dir.resolve("in.conll"), INPUT);
    Path noModel = dir.resolve("no-model");

    assertOneLineError(run("", "conll", missing.toString()), ExitCodes.NO_INPUT,
        missing.toString());
    assertOneLineError(run("", "conll", "--model", noModel.toString(), file.toString()),
        ExitCodes.NO_INPUT, noModel.toString());
  }

  // Gold in ANERcorp's tag names, predictions as 'alam conll' writes them. By hand:
  // PERS: gold خالد منصور, أوباما; predicted خالد (wrong end), أوباما: tp 1 fp 1 fn 1.
  // LOC: gold طهران, واشنطن; predicted طهران, في واشنطن (wrong start): tp 1 fp 1 fn 1.
  // ORG: الأمم المتحدة right: tp 1. MISC: كأس العالم missed: fn 1.
  // Micro: tp 3, fp 2, fn 3: P 3/5 = 0.6, R 3/6 = 0.5, F1 2 * 0.3 / 1.1 = 0.5455.
  private static final String GOLD = """
      زار O
      خالد B-PER
      منصور I-PER
      طهران B-LOC
      و O
      الأمم B-ORG
      المتحدة I-ORG

      قال O
      أوباما B-PER
      في O
      واشنطن B-LOC
      إن O
      كأس B-MIS
      العالم I-MIS
      """;
  private static final String PREDICTED = """
      زار\tO
      خالد\tB-PERS
      منصور\tO
      طهران\tB-LOC
      و\tO
      الأمم\tB-ORG
      المتحدة\tI-ORG

      قال\tO
      أوباما\tB-PERS
      في\tB-LOC
      واشنطن\tI-LOC
      إن\tO
      كأس\tO
      العالم\tO
      """;

  @Test
  void evalConllWithPredictionsPrintsTheHandComputedScores(@TempDir Path dir)
      throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.txt"), GOLD);
    Path pred = Files.writeString(dir.resolve("pred.txt"), PREDICTED);

    MainTest.Run r = run("", "eval", "--conll", gold.toString(), "--pred", pred.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .containsPattern("\nPERS\\s+2\\s+2\\s+1\\s+0\\.5000\\s+0\\.5000\\s+0\\.5000\n")
        .containsPattern("\nLOC\\s+2\\s+2\\s+1\\s+0\\.5000\\s+0\\.5000\\s+0\\.5000\n")
        .containsPattern("\nORG\\s+1\\s+1\\s+1\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\n")
        .containsPattern("\nMISC\\s+1\\s+0\\s+0\\s+0\\.0000\\s+0\\.0000\\s+0\\.0000\n")
        .containsPattern("\nmicro\\s+0\\.6000\\s+0\\.5000\\s+0\\.5455\n");
  }

  @Test
  void evalConllScoresItsOwnGoldPerfectly(@TempDir Path dir) throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.txt"), GOLD);

    MainTest.Run r = run("", "eval", "--conll", gold.toString(), "--pred", gold.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).containsPattern("\nmicro\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\n");
  }

  @Test
  void evalConllWithPredictionsForOtherTokensIsInvalidInput(@TempDir Path dir)
      throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.txt"), GOLD);
    Path otherToken = Files.writeString(dir.resolve("other.txt"),
        PREDICTED.replace("واشنطن", "لندن"));
    Path oneSentence = Files.writeString(dir.resolve("short.txt"),
        PREDICTED.substring(0, PREDICTED.indexOf("\n\n") + 1));

    MainTest.Run r = run("", "eval", "--conll", gold.toString(), "--pred",
        otherToken.toString());
    assertOneLineError(r, ExitCodes.BAD_INPUT, otherToken.toString(), "sentence 2");
    assertThat(r.out()).isEmpty();
    assertOneLineError(run("", "eval", "--conll", gold.toString(), "--pred",
        oneSentence.toString()), ExitCodes.BAD_INPUT, oneSentence.toString(), "1 sentences");
  }

  @Test
  void evalConllWithoutPredictionsScoresTheTaggerAsTheLibraryDoes(@TempDir Path dir)
      throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.txt"), GOLD);

    MainTest.Run r = run("", "eval", "--conll", gold.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("CoNLL (" + gold + ")\n"
        + dev.alam.Evaluation.conll(Alam.builder().build(), Conll.read(gold))
            .table(List.of("PERS", "LOC", "ORG", "MISC")));
  }

  @Test
  void evalNewsFaneNationsNamesAMissingCorporaDirectoryOrFile(@TempDir Path dir)
      throws IOException {
    Path missing = dir.resolve("no-corpora");
    Path empty = Files.createDirectory(dir.resolve("corpora"));

    assertOneLineError(run("", "eval", "--newsfane-nations", missing.toString()),
        ExitCodes.NO_INPUT, missing.toString());
    assertOneLineError(run("", "eval", "--newsfane-nations", empty.toString()),
        ExitCodes.NO_INPUT, empty.resolve("anercorp/train.txt").toString());
    Files.createDirectory(empty.resolve("anercorp"));
    Files.writeString(empty.resolve("anercorp/train.txt"), "زار O\nطهران LOC\n");
    assertOneLineError(run("", "eval", "--newsfane-nations", empty.toString()),
        ExitCodes.BAD_INPUT, empty.resolve("anercorp/train.txt") + ":2", "LOC");
  }

  @Test
  void trainHelpExitsZero() {
    MainTest.Run r = run("", "train", "--help");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: alam train").contains("--domain-features")
        .contains("Exit codes:");
  }

  @Test
  void trainChecksItsInputBeforeItStarts(@TempDir Path dir) throws IOException {
    Path empty = Files.createDirectory(dir.resolve("corpora"));
    Path out = dir.resolve("model");

    assertOneLineError(run("", "train", "--corpora", dir.resolve("none").toString(), "--out",
        out.toString()), ExitCodes.NO_INPUT, dir.resolve("none").toString());
    assertOneLineError(run("", "train", "--corpora", empty.toString(), "--out",
        out.toString()), ExitCodes.NO_INPUT, empty.resolve("anercorp/train.txt").toString());
    assertOneLineError(run("", "train", "--corpora", empty.toString(), "--out",
        out.toString(), "--data", "anercorp,newswire"), ExitCodes.USAGE, "newswire");
    assertOneLineError(run("", "train", "--corpora", empty.toString(), "--out",
        out.toString(), "--algorithm", "SVM"), ExitCodes.USAGE, "SVM");
    assertOneLineError(run("", "train", "--corpora", empty.toString(), "--out",
        out.toString(), "--min-weight", "-1"), ExitCodes.USAGE, "--min-weight");
    assertThat(out).doesNotExist();
  }
}
