package dev.alam.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads CoNLL-style corpora: one token per line with whitespace-separated columns (the token,
 * then one or more BIO tag columns, one per nesting level), a blank line between sentences.
 * A line whose token is {@code $#$} (Wojood) ends a document. Stateless.
 */
public final class Conll {
  /** The Wojood document separator token. */
  public static final String DOCUMENT_BREAK = "$#$";

  private Conll() {}

  /**
   * A sentence: its tokens and tag columns ({@code tags.get(level).get(token)}); a token without
   * a tag at some level has {@code O} there.
   *
   * @param tokens the tokens
   * @param tags one list per tag column, each as long as {@code tokens}
   * @param documentStart true if the sentence starts a new document
   */
  public record Sentence(List<String> tokens, List<List<String>> tags, boolean documentStart) {
    /** Copies the lists. */
    public Sentence {
      tokens = List.copyOf(tokens);
      List<List<String>> copy = new ArrayList<>();
      for (List<String> column : tags) {
        if (column.size() != tokens.size()) {
          throw new IllegalArgumentException("tag column length differs from token count");
        }
        copy.add(List.copyOf(column));
      }
      tags = List.copyOf(copy);
    }

    /** The first (outermost) tag column, or all {@code O} if there is none. */
    public List<String> outerTags() {
      return tags.isEmpty() ? java.util.Collections.nCopies(tokens.size(), "O") : tags.get(0);
    }
  }

  /**
   * Reads a CoNLL file.
   *
   * @throws IOException if the file cannot be read or is not UTF-8
   * @throws IllegalArgumentException naming the file and line for a malformed line
   */
  public static List<Sentence> read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    List<Sentence> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<List<String>> tags = new ArrayList<>();
    boolean documentStart = true;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
          if (!tokens.isEmpty()) {
            sentences.add(new Sentence(tokens, tags, documentStart));
            documentStart = false;
            tokens = new ArrayList<>();
            tags = new ArrayList<>();
          }
          continue;
        }
        String[] f = trimmed.split("\\s+");
        if (f[0].equals(DOCUMENT_BREAK)) {
          if (!tokens.isEmpty()) {
            sentences.add(new Sentence(tokens, tags, documentStart));
            tokens = new ArrayList<>();
            tags = new ArrayList<>();
          }
          documentStart = true;
          continue;
        }
        for (int level = 1; level < f.length; level++) {
          String tag = f[level];
          if (!tag.equals("O") && !(tag.length() > 2 && (tag.startsWith("B-")
              || tag.startsWith("I-")))) {
            throw new IllegalArgumentException(
                file + ":" + number + ": bad tag '" + tag + "' (expected O, B-X or I-X)");
          }
          while (tags.size() < level) {
            tags.add(new ArrayList<>(java.util.Collections.nCopies(tokens.size(), "O")));
          }
          tags.get(level - 1).add(tag);
        }
        tokens.add(f[0]);
        for (List<String> column : tags) {
          if (column.size() < tokens.size()) {
            column.add("O");
          }
        }
      }
    }
    if (!tokens.isEmpty()) {
      sentences.add(new Sentence(tokens, tags, documentStart));
    }
    return sentences;
  }

  /**
   * Reads only the first column of a CoNLL-style file: tokens, with blank lines between
   * sentences; every other column is ignored, whatever it holds. Blank-line runs and a file
   * without a final blank line are fine.
   *
   * @return the sentences' tokens, none empty
   * @throws IOException if the file cannot be read or is not UTF-8
   */
  public static List<List<String>> readTokens(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    List<List<String>> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
          if (!tokens.isEmpty()) {
            sentences.add(List.copyOf(tokens));
            tokens.clear();
          }
          continue;
        }
        int space = indexOfWhitespace(trimmed);
        tokens.add(space < 0 ? trimmed : trimmed.substring(0, space));
      }
    }
    if (!tokens.isEmpty()) {
      sentences.add(List.copyOf(tokens));
    }
    return sentences;
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Decodes BIO tags into token spans {@code {start, end}} with their types; an {@code I-X}
   * that does not continue an {@code X} starts a new span (the usual lenient reading).
   */
  public static List<TokenSpan> spans(List<String> tags) {
    List<TokenSpan> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean continues = tag.startsWith("I-") && tag.substring(2).equals(type);
      if (!continues && type != null) {
        spans.add(new TokenSpan(start, i, type));
        type = null;
      }
      if (tag.startsWith("B-") || (tag.startsWith("I-") && !continues)) {
        start = i;
        type = tag.substring(2);
      }
    }
    return spans;
  }

  /**
   * A span of tokens {@code [start, end)} of one sentence with its type.
   *
   * @param start the first token index
   * @param end the token index just past the span
   * @param type the type label
   */
  public record TokenSpan(int start, int end, String type) {}
}
