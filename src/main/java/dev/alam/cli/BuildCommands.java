package dev.alam.cli;

import dev.alam.gazetteer.LexiconGenerator;
import dev.alam.ner.NameEvidence;
import dev.alam.text.VocabularyBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The commands that rebuild the derived resources in {@code models/} from the shared corpora;
 * {@code models/README.md} says which command made which file.
 */
final class BuildCommands {
  private BuildCommands() {}

  /** Options shared by the build commands. */
  abstract static class Build extends IoCommand implements Callable<Integer> {
    @Option(names = "--corpora", paramLabel = "DIR", defaultValue = "../shared/corpora",
        description = "the shared corpora (default: ${DEFAULT-VALUE})")
    Path corpora;

    Build(Io io) {
      super(io);
    }

    @Override
    public Integer call() throws Exception {
      if (!Files.isDirectory(corpora)) {
        throw new CliException(ExitCodes.NO_INPUT, corpora + ": no such corpora directory");
      }
      io.err().println(run());
      return ExitCodes.OK;
    }

    abstract String run() throws Exception;
  }

  @Command(name = "build-lexicons", mixinStandardHelpOptions = true,
      description = "Regenerate the generated lexicons (countries, months, names) in "
          + "models/gazetteer from CLDR, i18n-iso-countries and the name lists.",
      footer = ExitCodes.FOOTER)
  static final class Lexicons extends Build {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "models/gazetteer",
        description = "output directory (default: ${DEFAULT-VALUE})")
    Path out;

    Lexicons(Io io) {
      super(io);
    }

    @Override
    protected String commandName() {
      return "alam build-lexicons";
    }

    @Override
    String run() throws Exception {
      List<Path> written = LexiconGenerator.generate(corpora, out);
      return "wrote " + written;
    }
  }

  @Command(name = "build-vocabulary", mixinStandardHelpOptions = true,
      description = "Rebuild the word counts the proclitic segmenter decides with.",
      footer = ExitCodes.FOOTER)
  static final class Vocabulary extends Build {
    @Option(names = "--lexicons", paramLabel = "DIR", defaultValue = "models/gazetteer",
        description = "lexicons whose one-word names count as attested (default: "
            + "${DEFAULT-VALUE})")
    Path lexicons;

    @Option(names = "--out", paramLabel = "FILE",
        defaultValue = "models/lexicon/vocabulary.tsv.gz",
        description = "output file (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--compiled", paramLabel = "FILE",
        defaultValue = "models/lexicon/vocabulary.bin.gz",
        description = "the same with the segmenter's decisions, compiled: what the library "
            + "reads (default: ${DEFAULT-VALUE})")
    Path compiled;

    Vocabulary(Io io) {
      super(io);
    }

    @Override
    protected String commandName() {
      return "alam build-vocabulary";
    }

    @Override
    String run() throws Exception {
      var v = VocabularyBuilder.build(corpora, lexicons, out,
          VocabularyBuilder.DEFAULT_MIN_COUNT);
      VocabularyBuilder.compile(v, compiled);
      return "wrote " + out + " and " + compiled + ": " + v.size() + " words";
    }
  }

  @Command(name = "build-name-evidence", mixinStandardHelpOptions = true,
      description = "Rebuild the table of how often words occur inside names.",
      footer = ExitCodes.FOOTER)
  static final class Evidence extends Build {
    @Option(names = "--out", paramLabel = "FILE",
        defaultValue = "models/lexicon/name-evidence.tsv.gz",
        description = "output file (default: ${DEFAULT-VALUE})")
    Path out;

    Evidence(Io io) {
      super(io);
    }

    @Override
    protected String commandName() {
      return "alam build-name-evidence";
    }

    @Override
    String run() throws Exception {
      return "wrote " + out + ": " + NameEvidence.build(corpora, out) + " words";
    }
  }
}
