package dev.alam.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads span gold files, the format of {@code testdata/*.gold.tsv} (documented in {@code
 * testdata/GOLD.md}): UTF-8, {@code #} comments, one mention per line with six tab-separated
 * columns {@code start end type text id cluster}, offsets in UTF-16 units of the annotated text,
 * {@code -} for an empty id or cluster. Stateless.
 */
public final class GoldFile {
  private GoldFile() {}

  /**
   * One gold mention.
   *
   * @param span the span and type
   * @param text the annotated text of the span
   * @param id the link id, or null
   * @param cluster the cluster label, or null
   */
  public record Mention(Span span, String text, String id, String cluster) {}

  /**
   * Reads a gold file and checks it against the text it annotates.
   *
   * @param gold the gold file
   * @param text the annotated text
   * @return the mentions in file order
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if a line is malformed or its text column does not equal
   *     the text at its offsets; the message names the file and line
   */
  public static List<Mention> read(Path gold, String text) throws IOException {
    Objects.requireNonNull(text, "text");
    List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = gold + ":" + (i + 1) + ": ";
      String[] f = line.split("\t", -1);
      if (f.length != 6) {
        throw new IllegalArgumentException(where + "expected 6 tab-separated columns, got "
            + f.length);
      }
      int start;
      int end;
      try {
        start = Integer.parseInt(f[0]);
        end = Integer.parseInt(f[1]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + "bad offsets '" + f[0] + "', '" + f[1] + "'");
      }
      if (start < 0 || start >= end || end > text.length()) {
        throw new IllegalArgumentException(where + "span [" + start + ", " + end
            + ") is not within the text of length " + text.length());
      }
      if (!text.substring(start, end).equals(f[3])) {
        throw new IllegalArgumentException(where + "text column '" + f[3]
            + "' differs from the text at its offsets '" + text.substring(start, end) + "'");
      }
      mentions.add(new Mention(new Span(start, end, f[2]), f[3], dash(f[4]), dash(f[5])));
    }
    return mentions;
  }

  private static String dash(String s) {
    return s.equals("-") || s.isEmpty() ? null : s;
  }
}
