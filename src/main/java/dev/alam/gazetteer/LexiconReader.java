package dev.alam.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads the lexicon TSV format shared by every file in {@code models/gazetteer/}:
 *
 * <ul>
 *   <li>UTF-8 text (malformed UTF-8 is an error; a leading byte-order mark is ignored), LF or
 *       CRLF line ends.
 *   <li>A line starting with {@code #} is a comment; an empty line is skipped.
 *   <li>Every other line has exactly the file's number of fields, separated by single tabs. A
 *       field is never empty and never starts or ends with whitespace; a file that needs "no
 *       value" spells it {@code -}.
 * </ul>
 *
 * <p>What the columns mean is up to each file (see {@code models/gazetteer/README.md}); {@link
 * Lexicon} parses them into records. A missing resource or a line that breaks these rules fails
 * with a {@link LexiconFormatException} naming the resource and line.
 *
 * <p>Stateless and thread-safe: all methods are static.
 */
public final class LexiconReader {
  private LexiconReader() {}

  /**
   * Reads a resource from the class path.
   *
   * @param resource an absolute class-path name, e.g. {@code
   *     /dev/alam/models/gazetteer/cities.tsv}
   * @param columns the number of fields per line, at least 1
   * @return the data lines in file order; unmodifiable
   * @throws NullPointerException if {@code resource} is null
   * @throws IllegalArgumentException if {@code columns < 1}
   * @throws LexiconFormatException if the resource is missing, unreadable or malformed
   */
  public static List<LexiconRow> readResource(String resource, int columns) {
    Objects.requireNonNull(resource, "resource");
    try (InputStream in = LexiconReader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new LexiconFormatException(resource, 0, "missing resource", null);
      }
      return read(in, resource, columns);
    } catch (IOException e) {
      throw new LexiconFormatException(resource, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a file.
   *
   * @param file the file to read
   * @param columns the number of fields per line, at least 1
   * @return the data lines in file order; unmodifiable
   * @throws NullPointerException if {@code file} is null
   * @throws IllegalArgumentException if {@code columns < 1}
   * @throws LexiconFormatException if the file is missing, unreadable or malformed
   */
  public static List<LexiconRow> readFile(Path file, int columns) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), columns);
    } catch (NoSuchFileException e) {
      throw new LexiconFormatException(file.toString(), 0, "missing file", e);
    } catch (IOException e) {
      throw new LexiconFormatException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a stream to its end.
   *
   * @param in the stream; not closed
   * @param name what to call the stream in error messages (a resource name or path)
   * @param columns the number of fields per line, at least 1
   * @return the data lines in stream order; unmodifiable
   * @throws NullPointerException if {@code in} or {@code name} is null
   * @throws IllegalArgumentException if {@code columns < 1}
   * @throws LexiconFormatException if the stream cannot be read or is malformed
   */
  public static List<LexiconRow> read(InputStream in, String name, int columns) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    if (columns < 1) {
      throw new IllegalArgumentException("columns must be at least 1, got " + columns);
    }
    BufferedReader reader = new BufferedReader(new InputStreamReader(in,
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)));
    List<LexiconRow> rows = new ArrayList<>();
    int number = 0;
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        rows.add(new LexiconRow(name, number, split(line, name, number, columns)));
      }
    } catch (CharacterCodingException e) {
      throw new LexiconFormatException(name, 0, "malformed UTF-8 after line " + number, e);
    } catch (IOException e) {
      throw new LexiconFormatException(name, number, "cannot read: " + e.getMessage(), e);
    }
    return List.copyOf(rows);
  }

  private static List<String> split(String line, String name, int number, int columns) {
    String[] fields = line.split("\t", -1);
    if (fields.length != columns) {
      throw new LexiconFormatException(name, number,
          "expected " + columns + " tab-separated fields, got " + fields.length + ": '" + line
              + "'", null);
    }
    for (int i = 0; i < fields.length; i++) {
      String field = fields[i];
      if (field.isEmpty()) {
        throw new LexiconFormatException(name, number,
            "field " + (i + 1) + " is empty (write - for no value): '" + line + "'", null);
      }
      if (Character.isWhitespace(field.charAt(0))
          || Character.isWhitespace(field.charAt(field.length() - 1))) {
        throw new LexiconFormatException(name, number,
            "field " + (i + 1) + " has leading or trailing whitespace: '" + line + "'", null);
      }
    }
    return Arrays.asList(fields);
  }
}
