package dev.alam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alam.ExtractionPropertyTest;
import dev.alam.text.TextArbitraries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whenever the tool exits with 0, what it printed in a JSON format is valid JSON with the
 * documented shape: one object per input ({@code json}) or per input line ({@code jsonl}), and
 * entity offsets into the input as decoded. Valid UTF-8 is always accepted; random bytes are
 * either read or rejected in one line with exit code 2, never answered with broken JSON.
 */
class JsonOutputPropertyTest {
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, TextArbitraries.texts()),
        Tuple.of(1, ExtractionPropertyTest.triggerHeavy()));
  }

  @Provide
  Arbitrary<String> commands() {
    return Arbitraries.of("extract --format json", "extract --format jsonl",
        "tokenize --format json", "normalize --format json");
  }

  @Property(tries = 400)
  void anyTextGivesValidJson(@ForAll("texts") String text, @ForAll("commands") String command)
      throws IOException {
    byte[] input = text.getBytes(StandardCharsets.UTF_8);

    MainTest.Run r = MainTest.run(input, command.split(" "));

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    checkJson(command, new String(input, StandardCharsets.UTF_8), r.out());
  }

  @Property(tries = 300)
  void randomBytesAreReadOrRejectedNeverAnsweredWithBrokenJson(@ForAll byte[] input,
      @ForAll("commands") String command) throws IOException {
    MainTest.Run r = MainTest.run(input, command.split(" "));

    assertThat(r.code()).as(r.err()).isIn(ExitCodes.OK, ExitCodes.BAD_INPUT);
    if (r.code() == ExitCodes.OK) {
      checkJson(command, new String(input, StandardCharsets.UTF_8), r.out());
    } else {
      assertThat(r.errLines()).singleElement().asString().contains("invalid UTF-8");
    }
  }

  /** Every line of {@code out} parses, and there are as many as the command has documents. */
  private static void checkJson(String command, String input, String out) throws IOException {
    List<String> documents = command.endsWith("jsonl") ? jsonlDocuments(input) : List.of(input);
    List<String> lines = out.lines().toList();
    assertThat(out.isEmpty() || out.endsWith("\n")).as("output ends with a line end").isTrue();
    assertThat(lines).hasSameSizeAs(documents);
    for (int i = 0; i < lines.size(); i++) {
      Map<String, Object> json = JsonValues.object(lines.get(i));
      if (command.startsWith("extract")) {
        assertThat(json).containsOnlyKeys("entities", "relations");
        checkOffsets(json, documents.get(i));
      } else if (command.startsWith("tokenize")) {
        assertThat(json).containsOnlyKeys("tokens", "sentences");
        checkOffsets(Map.of("entities", json.get("tokens")), documents.get(i));
      } else {
        assertThat(json).containsOnlyKeys("normalized", "map");
      }
    }
  }

  /** The documents of a jsonl run: lines at LF, a CR before it dropped, no empty last one. */
  private static List<String> jsonlDocuments(String input) {
    List<String> lines = new java.util.ArrayList<>(List.of(input.split("\n", -1)));
    if (lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    lines.replaceAll(line -> line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    return lines;
  }

  @SuppressWarnings("unchecked")
  private static void checkOffsets(Map<String, Object> json, String document) {
    for (Map<String, Object> e : (List<Map<String, Object>>) json.get("entities")) {
      int start = ((Long) e.get("start")).intValue();
      int end = ((Long) e.get("end")).intValue();
      assertThat(document.substring(start, end)).isEqualTo(e.get("text"));
    }
  }
}
