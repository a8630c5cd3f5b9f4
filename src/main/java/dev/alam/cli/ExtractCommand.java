package dev.alam.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.alam.Alam;
import dev.alam.model.TextDomain;
import dev.alam.Extraction;
import dev.alam.ner.Cluster;
import dev.alam.ner.Entity;
import dev.alam.ner.EntityType;
import dev.alam.ner.Relation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alam extract}: entities, clusters and relations. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract people, offices, countries, organisations, cities, places, events and dates.",
      "json prints one object per input: {\"entities\":[{\"type\",\"start\",\"end\",\"text\","
          + "\"norm\",\"id\",\"cluster\"},…],\"relations\":[{\"type\",\"from\",\"to\"},…]}, "
          + "offsets in UTF-16 units of the input, relation arguments as indices into "
          + "entities; jsonl reads one document per input line and prints one such object per "
          + "line as it goes; text lists the mentions by type with their links."
    },
    footer = ExitCodes.FOOTER)
final class ExtractCommand extends IoCommand implements Callable<Integer> {
  @Option(names = "--format", defaultValue = "text",
      description = "text, json or jsonl (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--domain", defaultValue = "NEWS", paramLabel = "DOMAIN",
      description = "the kind of text: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  TextDomain domain;

  @Parameters(paramLabel = "FILE", description = "input files (default: standard input; - "
      + "also reads standard input)")
  List<Path> files;

  ExtractCommand(Io io) {
    super(io);
  }

  @Override
  protected String commandName() {
    return "alam extract";
  }

  @Override
  public Integer call() throws Exception {
    Alam alam = Models.build(null, domain);
    if (format == Format.jsonl) {
      return jsonl(alam);
    }
    return forEachInput(files, input -> {
      Extraction result = alam.extract(input.text());
      if (format == Format.json) {
        writeJson(result);
      } else {
        writeText(input.name(), result);
      }
    });
  }

  private int jsonl(Alam alam) throws Exception {
    if (files == null || files.isEmpty()) {
      streamLines(alam, io.in(), Input.STDIN);
      return ExitCodes.OK;
    }
    int code = ExitCodes.OK;
    for (Path file : files) {
      if ("-".equals(file.toString())) {
        streamLines(alam, io.in(), Input.STDIN);
        continue;
      }
      try (InputStream in = open(file)) {
        streamLines(alam, in, file.toString());
      } catch (CliException e) {
        // A bad line ends its file, as a bad file is skipped by the other formats: the lines
        // before it are out already, and the next file is read.
        io.flush();
        io.err().println(commandName() + ": " + e.getMessage());
        code = e.exitCode();
      }
    }
    return code;
  }

  private static InputStream open(Path file) throws CliException {
    if (Files.isDirectory(file)) {
      throw new CliException(ExitCodes.NO_INPUT, file + ": is a directory");
    }
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new CliException(ExitCodes.NO_INPUT, file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new CliException(ExitCodes.NO_INPUT, file + ": permission denied");
    } catch (IOException e) {
      throw new CliException(ExitCodes.NO_INPUT, file + ": cannot read: " + e.getMessage());
    }
  }

  /** One document per line, one output line per document; memory stays bounded by a line. */
  private void streamLines(Alam alam, InputStream raw, String name) throws Exception {
    LineReader lines = new LineReader(new BufferedInputStream(raw, 1 << 16), name);
    String line;
    while ((line = lines.next()) != null) {
      writeJson(alam.extract(line));
    }
  }

  private void writeJson(Extraction result) throws IOException {
    JsonGenerator g = Json.generator(io.out());
    g.writeStartObject();
    g.writeArrayFieldStart("entities");
    for (Entity e : result.entities()) {
      g.writeStartObject();
      g.writeStringField("type", e.type().name());
      g.writeNumberField("start", e.start());
      g.writeNumberField("end", e.end());
      g.writeStringField("text", e.text());
      g.writeStringField("norm", e.norm());
      g.writeStringField("id", e.linkId());
      g.writeNumberField("cluster", e.cluster());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("relations");
    for (Relation r : result.relations()) {
      g.writeStartObject();
      g.writeStringField("type", r.type().label());
      g.writeNumberField("from", r.from());
      g.writeNumberField("to", r.to());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    // The line end goes out with the object: a reader of the jsonl stream gets each line whole
    // as soon as its input line is done, not when the next one is.
    g.writeRaw('\n');
    g.flush();
  }

  /** The text of a cluster's longest mention, as written: its name for a reader. */
  private static String longestText(Extraction result, Cluster c) {
    String best = "";
    for (int i : c.mentions()) {
      String t = result.entities().get(i).text();
      if (t.length() > best.length()) {
        best = t;
      }
    }
    return best;
  }

  private void writeText(String name, Extraction result) {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(name).append(": ").append(result.entities().size())
        .append(" mentions, ").append(result.clusters().size()).append(" entities, ")
        .append(result.relations().size()).append(" relations\n");
    List<Entity> entities = result.entities();
    for (EntityType type : EntityType.values()) {
      List<Entity> ofType = result.entities(type);
      if (ofType.isEmpty()) {
        continue;
      }
      b.append('\n').append(type).append(" (").append(ofType.size()).append(")\n");
      for (Entity e : ofType) {
        b.append(String.format(Locale.ROOT, "  %5d-%-5d %s", e.start(), e.end(), e.text()));
        if (e.linkId() != null) {
          b.append("  → ").append(e.linkId());
        }
        Cluster c = result.clusters().get(e.cluster());
        if (c.mentions().size() > 1 && type == EntityType.PERSON) {
          b.append("  [").append(longestText(result, c)).append("]");
        }
        b.append('\n');
      }
    }
    if (!result.relations().isEmpty()) {
      b.append("\nRELATIONS (").append(result.relations().size()).append(")\n");
      for (Relation r : result.relations()) {
        Entity from = entities.get(r.from());
        Entity to = entities.get(r.to());
        b.append("  ").append(r.type().label()).append('(').append(from.text()).append(", ")
            .append(to.text()).append(")\n");
      }
    }
    io.print(b);
  }
}
