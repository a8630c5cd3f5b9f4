package dev.alam.cli;

import dev.alam.Alam;
import dev.alam.model.TextDomain;
import dev.alam.corpus.Conll;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alam conll}: tags a CoNLL file's tokens in the coarse benchmark scheme. */
@Command(
    name = "conll",
    mixinStandardHelpOptions = true,
    description = {
      "Tag the tokens of a CoNLL-style file (first column = token, blank line = sentence "
          + "break; other columns ignored) without re-tokenising across them, and print "
          + "token<TAB>tag in BIO over PERS, LOC, ORG, MISC, one line per input token, blank "
          + "lines kept. A token carrying a proclitic is tagged as a whole; OFFICE, DATE and "
          + "nationality adjectives are not tagged (ANNOTATION.md, coarse scheme)."
    },
    footer = ExitCodes.FOOTER)
final class ConllCommand extends IoCommand implements Callable<Integer> {
  @Option(names = "--scheme", defaultValue = "coarse",
      description = "the tag scheme; only coarse (PERS, LOC, ORG, MISC) exists")
  String scheme;

  @Option(names = "--model", paramLabel = "DIR",
      description = "a model directory from 'alam train' (default: the bundled model)")
  Path model;

  @Option(names = "--context", paramLabel = "N", defaultValue = "10",
      description = "sentences on each side read as the same document: a name tagged in one "
          + "is tagged alike where it recurs in them; 0 tags each sentence alone (default: "
          + "${DEFAULT-VALUE})")
  int context;

  @Option(names = "--domain", defaultValue = "NEWS", paramLabel = "DOMAIN",
      description = "the kind of text: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  TextDomain domain;

  @Parameters(paramLabel = "FILE", arity = "1", description = "the CoNLL-style file")
  Path file;

  ConllCommand(Io io) {
    super(io);
  }

  @Override
  protected String commandName() {
    return "alam conll";
  }

  @Override
  public Integer call() throws Exception {
    if (!scheme.equals("coarse")) {
      throw new CliException(ExitCodes.USAGE, "unknown --scheme '" + scheme
          + "' (only coarse exists)");
    }
    if (context < 0) {
      throw new CliException(ExitCodes.USAGE, "--context must be >= 0, got " + context);
    }
    Alam alam = Models.build(model, domain);
    List<List<String>> sentences = readTokens(file);
    List<List<String>> allTags = alam.tagCoarse(sentences, context);
    for (int s = 0; s < sentences.size(); s++) {
      List<String> sentence = sentences.get(s);
      List<String> tags = allTags.get(s);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < sentence.size(); i++) {
        b.append(sentence.get(i)).append('\t').append(tags.get(i)).append('\n');
      }
      io.print(b.append('\n'));
    }
    return ExitCodes.OK;
  }

  static List<List<String>> readTokens(Path file) throws CliException {
    EvalCommand.requireFile(file);
    try {
      return Conll.readTokens(file);
    } catch (MalformedInputException e) {
      throw new CliException(ExitCodes.BAD_INPUT, file + ": invalid UTF-8");
    } catch (IOException e) {
      throw new CliException(ExitCodes.NO_INPUT, file + ": cannot read: " + e.getMessage());
    }
  }
}
