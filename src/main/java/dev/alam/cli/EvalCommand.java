package dev.alam.cli;

import dev.alam.Alam;
import dev.alam.model.TextDomain;
import dev.alam.Evaluation;
import dev.alam.corpus.Conll;
import dev.alam.corpus.Corpora;
import dev.alam.eval.GoldFile;
import dev.alam.eval.Scores;
import dev.alam.eval.SpanScorer;
import dev.alam.model.CorpusTagger;
import dev.alam.ner.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alam eval}: precision, recall and F1 per type against gold annotation. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score extraction against gold annotation, strictly (same span and type), nested "
          + "mentions one by one; prints P/R/F1 per type and micro averages.",
      "--gold GOLD TEXT: a span gold file (format in testdata/GOLD.md) for the text file TEXT.",
      "--wojood FILE: the Wojood corpus format (nested BIO columns, $#$ document breaks); "
          + "OCC, PERS and ORG are compared with OFFICE, PERSON and ORGANIZATION, and a "
          + "predicted span may start after proclitics the gold span includes.",
      "--conll GOLD: a CoNLL file in BIO (PER/PERS, LOC, ORG, MIS/MISC; FANE's fine classes "
          + "are mapped); its tokens are tagged with 'alam conll' or, with --pred, the tags "
          + "of a file that 'alam conll' wrote are scored. Names are right when type, first "
          + "and last token are."
    },
    footer = ExitCodes.FOOTER)
final class EvalCommand extends IoCommand implements Callable<Integer> {
  @ArgGroup(multiplicity = "1")
  Mode mode;

  static final class Mode {
    @Option(names = "--gold", paramLabel = "GOLD", description = "span gold file")
    Path gold;

    @Option(names = "--wojood", paramLabel = "FILE", description = "Wojood-format corpus")
    Path wojood;

    @Option(names = "--conll", paramLabel = "GOLD", description = "CoNLL-format gold")
    Path conll;

    @Option(names = "--newsfane-nations", paramLabel = "CORPORA",
        description = "COUNTRY recall on the Nation spans of NewsFANE's held-out part (the "
            + "sentences of the ANERcorp dev split) in this corpora directory")
    Path newsFane;
  }

  @Option(names = "--pred", paramLabel = "FILE",
      description = "with --conll: score this token<TAB>tag file instead of tagging")
  Path pred;

  @Option(names = "--model", paramLabel = "DIR",
      description = "a model directory from 'alam train' (default: the bundled model)")
  Path model;

  @Option(names = "--domain", defaultValue = "NEWS", paramLabel = "DOMAIN",
      description = "the kind of text: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  TextDomain domain;

  @Parameters(paramLabel = "TEXT", arity = "0..1", description = "the annotated text (--gold)")
  Path text;

  EvalCommand(Io io) {
    super(io);
  }

  @Override
  protected String commandName() {
    return "alam eval";
  }

  @Override
  public Integer call() throws Exception {
    if (mode.gold == null && text != null) {
      throw new CliException(ExitCodes.USAGE, "a TEXT file goes with --gold only");
    }
    if (mode.conll == null && pred != null) {
      throw new CliException(ExitCodes.USAGE, "--pred goes with --conll only");
    }
    if (mode.conll != null) {
      return conll();
    }
    if (mode.newsFane != null) {
      requireDirectory(mode.newsFane);
      List<Conll.Sentence> heldOut = readNewsFaneHeldOut(mode.newsFane);
      int[] recall = Evaluation.nationRecall(Models.build(model, domain), heldOut);
      io.print(String.format(java.util.Locale.ROOT,
          "NewsFANE held-out part: %d sentences%nCOUNTRY recall on Nation spans: %d/%d = %.4f%n",
          heldOut.size(), recall[0], recall[1], recall[1] == 0 ? 0.0 : (double) recall[0]
              / recall[1]));
      return ExitCodes.OK;
    }
    Alam alam = Models.build(model, domain);
    if (mode.gold != null) {
      if (text == null) {
        throw new CliException(ExitCodes.USAGE, "--gold needs the annotated TEXT file");
      }
      String content = Input.read(text).text();
      List<GoldFile.Mention> gold = readGold(mode.gold, content);
      Scores scores = Evaluation.spanGold(alam, content, gold);
      List<String> core = new ArrayList<>();
      List<String> all = new ArrayList<>();
      for (EntityType t : EntityType.values()) {
        all.add(t.name());
        if (t.isCore()) {
          core.add(t.name());
        }
      }
      io.print("core types (" + mode.gold + ")\n" + scores.table(core));
      io.print("\nall types\n" + scores.table(all));
      return ExitCodes.OK;
    }
    List<Conll.Sentence> sentences = readConll(mode.wojood);
    Scores scores = Evaluation.wojood(alam, sentences);
    io.print("Wojood (" + mode.wojood + ")\n" + scores.table(List.of("OCC", "PERS", "ORG")));
    return ExitCodes.OK;
  }

  private int conll() throws Exception {
    List<Conll.Sentence> gold = readConll(mode.conll);
    Scores scores = new Scores();
    if (pred == null) {
      scores = Evaluation.conll(Models.build(model, domain), gold);
    } else {
      List<Conll.Sentence> predicted = readConll(pred);
      if (predicted.size() != gold.size()) {
        throw new CliException(ExitCodes.BAD_INPUT, pred + ": " + predicted.size()
            + " sentences, but " + mode.conll + " has " + gold.size());
      }
      for (int s = 0; s < gold.size(); s++) {
        if (!predicted.get(s).tokens().equals(gold.get(s).tokens())) {
          throw new CliException(ExitCodes.BAD_INPUT, pred + ": sentence " + (s + 1)
              + " has other tokens than in " + mode.conll);
        }
        scores.add(SpanScorer.score(CorpusTagger.spans(coarse(gold.get(s).outerTags())),
            CorpusTagger.spans(coarse(predicted.get(s).outerTags()))));
      }
    }
    io.print("CoNLL (" + mode.conll + ")\n"
        + scores.table(List.of("PERS", "LOC", "ORG", "MISC")));
    return ExitCodes.OK;
  }

  /** The held-out part of NewsFANE, with a missing or malformed corpus file reported as such. */
  private static List<Conll.Sentence> readNewsFaneHeldOut(Path corpora) throws CliException {
    try {
      return Corpora.newsFaneHeldOut(corpora);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new CliException(ExitCodes.NO_INPUT, e.getFile() + ": no such file");
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.BAD_INPUT, e.getMessage());
    } catch (java.nio.charset.MalformedInputException e) {
      throw new CliException(ExitCodes.BAD_INPUT, corpora + ": a corpus file is not UTF-8");
    } catch (IOException e) {
      throw new CliException(ExitCodes.NO_INPUT, corpora + ": cannot read: " + e.getMessage());
    }
  }

  private static List<String> coarse(List<String> tags) {
    List<String> out = new ArrayList<>(tags.size());
    for (String t : tags) {
      out.add(Corpora.coarse(t));
    }
    return out;
  }

  private static List<GoldFile.Mention> readGold(Path gold, String text) throws CliException {
    requireFile(gold);
    try {
      return GoldFile.read(gold, text);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.BAD_INPUT, e.getMessage());
    } catch (IOException e) {
      throw new CliException(ExitCodes.NO_INPUT, gold + ": cannot read: " + e.getMessage());
    }
  }

  private static List<Conll.Sentence> readConll(Path file) throws CliException {
    requireFile(file);
    try {
      return Conll.read(file);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.BAD_INPUT, e.getMessage());
    } catch (java.nio.charset.MalformedInputException e) {
      throw new CliException(ExitCodes.BAD_INPUT, file + ": invalid UTF-8");
    } catch (IOException e) {
      throw new CliException(ExitCodes.NO_INPUT, file + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * Checks that {@code file} is a readable file of strict UTF-8, so that invalid input is
   * reported like any other input (exit 2, with the byte offset) before a reader that cannot say
   * where it is fails on it.
   */
  private static void requireDirectory(Path dir) throws CliException {
    if (!Files.isDirectory(dir)) {
      throw new CliException(ExitCodes.NO_INPUT, dir + ": no such directory");
    }
  }

  static void requireFile(Path file) throws CliException {
    Input.read(file);
  }
}
