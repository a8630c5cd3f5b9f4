package dev.alam.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.alam.text.Sentence;
import dev.alam.text.Token;
import dev.alam.text.TokenizedText;
import dev.alam.text.Tokenizer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alam tokenize}: prints tokens and sentences. */
@Command(
    name = "tokenize",
    mixinStandardHelpOptions = true,
    description = {
      "Split text into tokens (proclitics و ف ب ل ك split off) and sentences.",
      "text prints one token per line, start<TAB>end<TAB>kind<TAB>text<TAB>norm, with a blank "
          + "line after each sentence; json prints one object per input: "
          + "{\"tokens\":[{\"text\",\"start\",\"end\",\"norm\",\"kind\"},…],"
          + "\"sentences\":[{\"start\",\"end\"},…]}. Offsets are UTF-16 indices into the input."
    },
    footer = ExitCodes.FOOTER)
final class TokenizeCommand extends IoCommand implements Callable<Integer> {
  @Option(names = "--format", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--keep-proclitics", description = "do not split proclitics off words")
  boolean keepProclitics;

  @Parameters(paramLabel = "FILE", description = "input files (default: standard input; - "
      + "also reads standard input)")
  List<Path> files;

  TokenizeCommand(Io io) {
    super(io);
  }

  @Override
  protected String commandName() {
    return "alam tokenize";
  }

  @Override
  public Integer call() throws Exception {
    if (format == Format.jsonl) {
      throw new CliException(ExitCodes.USAGE, "--format must be text or json");
    }
    Tokenizer tokenizer =
        keepProclitics ? Tokenizer.withoutProcliticSplitting() : Tokenizer.standard();
    return forEachInput(files, input -> {
      TokenizedText result = tokenizer.analyze(input.text());
      if (format == Format.json) {
        JsonGenerator g = Json.generator(io.out());
        g.writeStartObject();
        Json.writeTokens(g, result.tokens());
        Json.writeSentences(g, result.sentences());
        g.writeEndObject();
        g.flush();
        io.print("\n");
        return;
      }
      StringBuilder line = new StringBuilder();
      for (Sentence sentence : result.sentences()) {
        for (Token t : result.tokensOf(sentence)) {
          line.setLength(0);
          line.append(t.start()).append('\t').append(t.end()).append('\t')
              .append(t.kind().label()).append('\t').append(t.text()).append('\t')
              .append(t.norm()).append('\n');
          io.print(line);
        }
        io.print("\n");
      }
    });
  }
}
