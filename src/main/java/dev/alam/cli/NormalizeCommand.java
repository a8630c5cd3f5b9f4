package dev.alam.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.alam.text.NormalizationRule;
import dev.alam.text.NormalizedText;
import dev.alam.text.Normalizer;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alam normalize}: prints the normalised text, or it and its offset map as JSON. */
@Command(
    name = "normalize",
    mixinStandardHelpOptions = true,
    description = {
      "Normalise Arabic text: presentation forms, diacritics, tatweel, alef variants, alef "
          + "maqsura, teh marbuta, Persian letters, digits, format controls.",
      "json prints one object per input: {\"normalized\":…,\"map\":[[start,end],…]}, where "
          + "map[i] is the original UTF-16 span of normalised character i."
    },
    footer = ExitCodes.FOOTER)
final class NormalizeCommand extends IoCommand implements Callable<Integer> {
  @Option(names = "--format", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--rules", split = ",", paramLabel = "RULE",
      description = "apply only these rules (default: all): ${COMPLETION-CANDIDATES}")
  List<NormalizationRule> rules;

  @Parameters(paramLabel = "FILE", description = "input files (default: standard input; - "
      + "also reads standard input)")
  List<Path> files;

  NormalizeCommand(Io io) {
    super(io);
  }

  @Override
  protected String commandName() {
    return "alam normalize";
  }

  @Override
  public Integer call() throws Exception {
    if (format == Format.jsonl) {
      throw new CliException(ExitCodes.USAGE, "--format must be text or json");
    }
    Normalizer normalizer = rules == null ? Normalizer.standard()
        : Normalizer.of(rules.isEmpty() ? EnumSet.noneOf(NormalizationRule.class)
            : EnumSet.copyOf(rules));
    return forEachInput(files, input -> {
      if (format == Format.text) {
        io.print(normalizer.normalizeToString(input.text()));
        return;
      }
      NormalizedText n = normalizer.normalize(input.text());
      JsonGenerator g = Json.generator(io.out());
      g.writeStartObject();
      g.writeStringField("normalized", n.normalized());
      g.writeArrayFieldStart("map");
      for (int i = 0; i < n.length(); i++) {
        g.writeStartArray();
        g.writeNumber(n.originalStart(i));
        g.writeNumber(n.originalEnd(i));
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
      io.print("\n");
    });
  }
}
