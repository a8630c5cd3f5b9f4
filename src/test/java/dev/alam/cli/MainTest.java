package dev.alam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command-line tool through {@link Main#run}: the JSON it prints parses and has the
 * documented fields, offsets are into the input (or the input line), and every error is one line
 * on standard error with its documented exit code and no stack trace.
 */
class MainTest {
  /** One run of the tool: its exit code and what it wrote. */
  record Run(int code, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin), out,
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String stdin, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /** An error run: the code, one line on standard error, no stack trace. */
  static void assertOneLineError(Run r, int code, String... mentions) {
    assertThat(r.code()).as("exit code; err: %s", r.err()).isEqualTo(code);
    assertThat(r.errLines()).as("standard error").singleElement().satisfies(line -> {
      assertThat(line).startsWith("alam");
      for (String m : mentions) {
        assertThat(line).contains(m);
      }
    });
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void tokenizeJsonHasTheDocumentedFieldsAndOffsets() throws IOException {
    Run r = run("زار وأفغانستان.", "tokenize", "--format", "json");

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines()).hasSize(1);
    Map<String, Object> json = JsonValues.object(r.outLines().get(0));
    assertThat(json).containsOnlyKeys("tokens", "sentences");
    assertThat(list(json.get("tokens"))).containsExactly(
        Map.of("text", "زار", "start", 0L, "end", 3L, "norm", "زار", "kind", "arabic"),
        Map.of("text", "و", "start", 4L, "end", 5L, "norm", "و", "kind", "proclitic"),
        Map.of("text", "أفغانستان", "start", 5L, "end", 14L, "norm", "افغانستان", "kind",
            "arabic"),
        Map.of("text", ".", "start", 14L, "end", 15L, "norm", ".", "kind", "punct"));
    assertThat(list(json.get("sentences")))
        .containsExactly(Map.of("start", 0L, "end", 15L));
  }

  @Test
  void extractJsonHasTheDocumentedFieldsAndRelationIndices() throws IOException {
    String text = "قال وزير الدفاع الأردني خالد منصور إن القوات جاهزة";
    Run r = run(text, "extract", "--format", "json");

    assertThat(r.code()).isZero();
    assertThat(r.outLines()).hasSize(1);
    Map<String, Object> json = JsonValues.object(r.outLines().get(0));
    assertThat(json).containsOnlyKeys("entities", "relations");
    List<Map<String, Object>> entities = maps(json.get("entities"));
    for (Map<String, Object> e : entities) {
      assertThat(e).containsOnlyKeys("type", "start", "end", "text", "norm", "id", "cluster");
      int start = ((Long) e.get("start")).intValue();
      int end = ((Long) e.get("end")).intValue();
      assertThat(text.substring(start, end)).isEqualTo(e.get("text"));
    }
    assertThat(entities).extracting(e -> e.get("type"), e -> e.get("start"), e -> e.get("text"),
        e -> e.get("id")).containsExactly(
            tuple("OFFICE", 4L, "وزير الدفاع الأردني", null),
            tuple("COUNTRY", 16L, "الأردني", "JO"),
            tuple("PERSON", 24L, "خالد منصور", null));
    assertThat(entities.get(1).get("norm")).isEqualTo("الاردني");

    List<String> relations = new ArrayList<>();
    for (Map<String, Object> rel : maps(json.get("relations"))) {
      assertThat(rel).containsOnlyKeys("type", "from", "to");
      Map<String, Object> from = entities.get(((Long) rel.get("from")).intValue());
      Map<String, Object> to = entities.get(((Long) rel.get("to")).intValue());
      relations.add(rel.get("type") + "(" + from.get("type") + ", " + to.get("type") + ")");
    }
    assertThat(relations).containsExactlyInAnyOrder(
        "of(OFFICE, COUNTRY)", "holds(PERSON, OFFICE)");
  }

  @Test
  void extractJsonlPrintsOneObjectPerLineWithOffsetsIntoThatLine() throws IOException {
    Run r = run("زار إيران\r\n\r\nسافر إلى الصين", "extract", "--format", "jsonl");

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines()).hasSize(3);
    assertThat(maps(JsonValues.object(r.outLines().get(0)).get("entities")))
        .extracting(e -> e.get("text"), e -> e.get("start"), e -> e.get("end"))
        .containsExactly(tuple("إيران", 4L, 9L));
    assertThat(JsonValues.object(r.outLines().get(1)))
        .isEqualTo(Map.of("entities", List.of(), "relations", List.of()));
    assertThat(maps(JsonValues.object(r.outLines().get(2)).get("entities")))
        .extracting(e -> e.get("text"), e -> e.get("start"), e -> e.get("end"))
        .containsExactly(tuple("الصين", 9L, 14L));
  }

  @Test
  void extractJsonlWritesEachLinesObjectBeforeReadingTheNextLine() throws Exception {
    PipedOutputStream feed = new PipedOutputStream();
    InputStream stdin = new PipedInputStream(feed, 1 << 16);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ExecutorService tool = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> code = tool.submit(() -> Main.run(
          new String[] {"extract", "--format", "jsonl"}, stdin, out,
          new PrintStream(err, true, StandardCharsets.UTF_8)));
      feed.write("زار إيران\n".getBytes(StandardCharsets.UTF_8));
      feed.flush();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!out.toString(StandardCharsets.UTF_8).endsWith("\n")
          && System.nanoTime() < deadline && !code.isDone()) {
        Thread.sleep(20);
      }
      String first = out.toString(StandardCharsets.UTF_8);
      feed.write("سافر إلى الصين\n".getBytes(StandardCharsets.UTF_8));
      feed.close();

      assertThat(code.get(30, TimeUnit.SECONDS)).isZero();
      assertThat(first).as("output while the second line is not yet written")
          .endsWith("\n").contains("إيران").doesNotContain("الصين");
      assertThat(out.toString(StandardCharsets.UTF_8).split("\n")).hasSize(2);
    } finally {
      tool.shutdownNow();
    }
  }

  /**
   * The streaming proof, over many lines: standard input hands out one line per read, as a pipe
   * does, and each time a line is asked for, the objects of all lines before it must already be
   * out. So the tool holds one line at a time however long its input.
   */
  @Test
  void extractJsonlWritesEveryLineBeforeReadingTheNextOverFiftyThousandLines() throws IOException {
    int total = 50_000;
    List<byte[]> lines = new ArrayList<>();
    for (String line : List.of("زار وزير الخارجية الإيراني طهران", "سافر إلى الصين", "نص",
        "قال علي شمخاني إن الاجتماع انتهى")) {
      lines.add((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    LineCountingSink out = new LineCountingSink();
    List<String> late = new ArrayList<>();
    InputStream in = new InputStream() {
      private int served;
      private int at;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (served == total) {
          return -1;
        }
        if (at == 0 && out.lines() != served && late.size() < 5) {
          late.add("line " + served + " read with " + out.lines() + " lines out");
        }
        byte[] line = lines.get(served % lines.size());
        int n = Math.min(len, line.length - at);
        System.arraycopy(line, at, b, off, n);
        at += n;
        if (at == line.length) {
          at = 0;
          served++;
        }
        return n;
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = Main.run(new String[] {"extract", "--format", "jsonl"}, in, out,
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(late).isEmpty();
    assertThat(out.lines()).isEqualTo(total);
    assertThat(out.sampled()).hasSizeGreaterThan(10).allSatisfy(line ->
        assertThat(JsonValues.object(line)).containsOnlyKeys("entities", "relations"));
  }

  /** Discards what it is given, counting lines and keeping every thousandth one. */
  private static final class LineCountingSink extends OutputStream {
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private final List<String> sampled = new ArrayList<>();
    private int lines;

    @Override
    public synchronized void write(int b) {
      if (b != '\n') {
        if (lines % 1000 == 0) {
          current.write(b);
        }
        return;
      }
      if (lines % 1000 == 0) {
        sampled.add(current.toString(StandardCharsets.UTF_8));
        current.reset();
      }
      lines++;
    }

    synchronized int lines() {
      return lines;
    }

    synchronized List<String> sampled() {
      return List.copyOf(sampled);
    }
  }

  @Test
  void extractJsonWithSeveralFilesPrintsOneObjectPerFileAndSkipsAMissingOne(@TempDir Path dir)
      throws IOException {
    Path first = Files.writeString(dir.resolve("a.txt"), "زار إيران");
    Path second = Files.writeString(dir.resolve("b.txt"), "سافر إلى الصين");
    Path missing = dir.resolve("gone.txt");

    Run r = run("", "extract", "--format", "json", first.toString(), missing.toString(),
        second.toString());

    assertOneLineError(r, ExitCodes.NO_INPUT, missing.toString());
    assertThat(r.outLines()).hasSize(2);
    assertThat(maps(JsonValues.object(r.outLines().get(0)).get("entities")))
        .extracting(e -> e.get("text")).containsExactly("إيران");
    assertThat(maps(JsonValues.object(r.outLines().get(1)).get("entities")))
        .extracting(e -> e.get("text"), e -> e.get("start"))
        .containsExactly(tuple("الصين", 9L));
  }

  @Test
  void extractTextListsTheMentionsByType() {
    Run r = run("زار الوفد الإيراني طهران", "extract");

    assertThat(r.code()).isZero();
    assertThat(r.outLines()).first().asString()
        .startsWith("# <stdin>: 2 mentions, 2 entities, 0 relations");
    assertThat(r.out()).contains("\nCOUNTRY (1)\n").contains("\nCITY (1)\n")
        .containsPattern("\\s10-18\\s+الإيراني  → IR\n")
        .containsPattern("\\s19-24\\s+طهران  → IR\n")
        .doesNotContain("PERSON");
  }

  @Test
  void evalOnTheSeedPrintsAScoreTable() {
    Run r = run("", "eval", "--gold", "testdata/tehran-security-dialogue.gold.tsv",
        "testdata/tehran-security-dialogue.txt");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("core types").contains("all types")
        .containsPattern("type\\s+gold\\s+pred\\s+tp\\s+P\\s+R\\s+F1")
        .containsPattern("\nPERSON\\s+15\\s+\\d+\\s+\\d+\\s+[01]\\.\\d{4}")
        .containsPattern("\nmicro\\s+[01]\\.\\d{4}\\s+[01]\\.\\d{4}\\s+[01]\\.\\d{4}\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "extract", "extract --format json", "extract --format jsonl", "tokenize",
      "tokenize --format json", "normalize"})
  void invalidUtf8IsNamedWithFileAndByteOffset(String command, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.write(file, new byte[] {'a', 'b', 'c', (byte) 0xFF, (byte) 0xFE, 'd'});

    Run r = run("", args(command, file.toString()));

    assertOneLineError(r, ExitCodes.BAD_INPUT, file.toString(), "invalid UTF-8", "byte 3");
  }

  @Test
  void invalidUtf8OnALaterJsonlLineIsNamedWithItsOffsetInTheFile(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("lines.txt");
    byte[] good = "زار إيران\nسافر إلى ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(good, good.length + 2);
    bytes[good.length] = (byte) 0xC3; // a lead byte followed by a newline: truncated
    bytes[good.length + 1] = '\n';
    Files.write(file, bytes);

    Run r = run("", "extract", "--format", "jsonl", file.toString());

    // 18 bytes of the first line with its newline, 16 before the bad byte on the second.
    assertOneLineError(r, ExitCodes.BAD_INPUT, file.toString(), "byte 34");
    assertThat(r.outLines()).singleElement().asString().contains("إيران");
  }

  @Test
  void jsonlGoesOnWithTheNextFileAfterABadOneAndExitsTwo(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'a', (byte) 0xFF, '\n'});
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "زار إيران\n", StandardCharsets.UTF_8);

    Run r = run("", "extract", "--format", "jsonl", bad.toString(), good.toString());

    assertOneLineError(r, ExitCodes.BAD_INPUT, bad.toString(), "byte 1");
    assertThat(r.outLines()).singleElement().asString().contains("إيران");
  }

  @Test
  void aTextFileWithoutGoldIsAUsageError() {
    Run r = run("", "eval", "--wojood", "x.txt", "y.txt");

    assertOneLineError(r, ExitCodes.USAGE, "--gold");
  }

  @Test
  void invalidUtf8OnStandardInputIsNamed() {
    Run r = run(new byte[] {(byte) 0xE2, (byte) 0x82}, "extract", "--format", "json");

    assertOneLineError(r, ExitCodes.BAD_INPUT, "<stdin>", "byte 0");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"extract", "extract --format jsonl", "tokenize", "normalize"})
  void aMissingFileOrADirectoryIsOneLine(String command, @TempDir Path dir) {
    Path missing = dir.resolve("nothing-here.txt");

    assertOneLineError(run("", args(command, missing.toString())), ExitCodes.NO_INPUT,
        missing.toString(), "no such file");
    assertOneLineError(run("", args(command, dir.toString())), ExitCodes.NO_INPUT,
        dir.toString(), "directory");
  }

  /**
   * A file that exists but cannot be read by anyone: a path through a regular file, and a file
   * whose reads fail ({@code /proc/self/mem}, where there is one).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"extract", "extract --format json", "extract --format jsonl",
      "tokenize", "normalize"})
  void aFileThatCannotBeReadIsOneLine(String command, @TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("text.txt"), "زار إيران");
    Path throughAFile = file.resolve("child.txt");

    assertOneLineError(run("", args(command, throughAFile.toString())), ExitCodes.NO_INPUT,
        throughAFile.toString(), "cannot read");

    Path failingReads = Path.of("/proc/self/mem");
    if (Files.exists(failingReads)) {
      assertOneLineError(run("", args(command, failingReads.toString())), ExitCodes.NO_INPUT,
          failingReads.toString(), "cannot read");
    }
  }

  /**
   * A file without read permission. Permissions do not stop root, and tests may run as root:
   * then the file stays readable and the test is skipped.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"extract", "extract --format json", "extract --format jsonl",
      "tokenize", "normalize"})
  void aFileWithoutReadPermissionIsOneLine(String command, @TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("secret.txt"), "زار إيران");
    Files.setPosixFilePermissions(file, Set.of());
    try {
      assumeFalse(Files.isReadable(file), "running as root: a mode of 000 does not stop reads");

      assertOneLineError(run("", args(command, file.toString())), ExitCodes.NO_INPUT,
          file.toString(), "permission denied");
    } finally {
      Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ,
          PosixFilePermission.OWNER_WRITE));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"--gold", "--wojood"})
  void evalNamesAnAnnotationFileThatIsNotUtf8(String option, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("annotation.txt");
    byte[] line = "0\t3\tCITY\t".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(line, line.length + 2);
    bytes[line.length] = (byte) 0xFF;
    bytes[line.length + 1] = '\n';
    Files.write(file, bytes);

    Run r = run("", option.equals("--gold")
        ? new String[] {"eval", option, file.toString(), "testdata/tehran-security-dialogue.txt"}
        : new String[] {"eval", option, file.toString()});

    assertOneLineError(r, ExitCodes.BAD_INPUT, file.toString(), "invalid UTF-8",
        "byte " + line.length);
  }

  @Test
  void evalNamesAMissingGoldFile(@TempDir Path dir) {
    Path missing = dir.resolve("missing.gold.tsv");

    assertOneLineError(run("", "eval", "--gold", missing.toString(),
        "testdata/tehran-security-dialogue.txt"), ExitCodes.NO_INPUT, missing.toString());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"extract --bogus", "tokenize --frobnicate x", "normalize -Z",
      "extract --format xml", "eval", "frobnicate", ""})
  void aUsageErrorIsOneLine(String command) {
    assertOneLineError(run("", command.isEmpty() ? new String[0] : command.split(" ")),
        ExitCodes.USAGE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "extract --format json; {\"entities\":[],\"relations\":[]}",
      "tokenize --format json; {\"tokens\":[],\"sentences\":[]}",
      "normalize --format json; {\"normalized\":\"\",\"map\":[]}"})
  void emptyInputGivesValidEmptyJson(String command, String expected) throws IOException {
    Run r = run("", command.split(" "));

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines()).singleElement()
        .satisfies(line -> assertThat(JsonValues.parse(line)).isEqualTo(
            JsonValues.parse(expected)));
  }

  @Test
  void emptyInputGivesNoJsonlLines() {
    Run r = run("", "extract", "--format", "jsonl");

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"--help", "normalize --help", "tokenize --help", "extract --help",
      "eval --help", "help extract", "--version"})
  void helpOnEveryCommandExitsZero(String command) {
    Run r = run("", command.split(" "));

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isNotBlank();
    if (command.contains("help")) {
      String name = command.startsWith("-") ? "alam" : "alam " + command.split(" ")[
          command.startsWith("help") ? 1 : 0];
      assertThat(r.out()).startsWith("Usage: " + name).contains("Exit codes:");
    }
  }

  private static String[] args(String command, String file) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add(file);
    return args.toArray(new String[0]);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object list) {
    return (List<Object>) list;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> maps(Object list) {
    return (List<Map<String, Object>>) list;
  }
}
