package dev.alam.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The proclitics of the QCRI WikiNews segmentation gold ({@code WikiNews.pos.ref}), and the
 * scoring of a {@link ProcliticSegmenter} against them.
 *
 * <p>Each line of the gold is a word with its segments joined by {@code +} and, in a second
 * column, their POS tags. A word's gold proclitics are its leading segments that are one of
 * {@code و ف ب ل ك}, except that a word made of proclitic letters only (a lone {@code و} or
 * {@code ب}) has none: it is already a token of its own. The word as written is its segments
 * joined back, where {@code ل+ال} is written {@code لل} and swallows the {@code ل} of a base that
 * starts with one ({@code ل+ال+لغ+ة → للغة}).
 *
 * <p>The first half of the lines is the dev set (all tuning was done on it), the second half the
 * test set.
 */
final class WikiNewsProcliticGold {
  /** The gold file, relative to the project root. */
  static final Path FILE = Path.of("../shared/corpora/wikinews-farasa/WikiNews.pos.ref");

  private static final String PROCLITIC_LETTERS = "وفبلك";

  /**
   * One gold word.
   *
   * @param segmented the gold segmentation, e.g. {@code و+ال+تلفزيون}
   * @param norm the word as written, normalised
   * @param proclitics how many leading letters of {@code norm} are gold proclitics
   * @param articleRestored true for {@code ل+ال} right after the last proclitic
   */
  record Word(String segmented, String norm, int proclitics, boolean articleRestored) {
    boolean startsWithProcliticLetter() {
      return !norm.isEmpty() && PROCLITIC_LETTERS.indexOf(norm.charAt(0)) >= 0;
    }
  }

  /** Accuracy on one part of the gold. */
  record Score(String part, int words, int correct, int withProclitic, int correctWithProclitic,
      int startingWithLetter, int correctStartingWithLetter) {
    double accuracy() {
      return (double) correct / words;
    }

    double accuracyWithProclitic() {
      return (double) correctWithProclitic / withProclitic;
    }

    double accuracyStartingWithLetter() {
      return (double) correctStartingWithLetter / startingWithLetter;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "%-5s words %5d  overall %.4f (%d errors)  with proclitic %.4f (%d/%d)"
              + "  starting with و/ف/ب/ل/ك %.4f (%d/%d)",
          part, words, accuracy(), words - correct, accuracyWithProclitic(), correctWithProclitic,
          withProclitic, accuracyStartingWithLetter(), correctStartingWithLetter,
          startingWithLetter);
    }
  }

  private WikiNewsProcliticGold() {}

  static List<Word> read() throws IOException {
    return read(FILE);
  }

  static List<Word> read(Path file) throws IOException {
    List<Word> words = new ArrayList<>(18_400);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) { // the first line is a header
      if (!line.isBlank()) {
        words.add(parse(line.split("\t", -1)[0]));
      }
    }
    return words;
  }

  static Word parse(String segmented) {
    String[] segments = segmented.equals("+") ? new String[] {"+"} : segmented.split("\\+");
    int k = 0;
    while (k < segments.length - 1 && segments[k].length() == 1
        && PROCLITIC_LETTERS.indexOf(segments[k].charAt(0)) >= 0) {
      k++;
    }
    StringBuilder written = new StringBuilder(segmented.length());
    boolean restored = false;
    for (int i = 0; i < segments.length; i++) {
      if (i < k && segments[i].equals("ل") && i + 1 < segments.length
          && segments[i + 1].equals("ال")) {
        written.append("لل");
        restored = i == k - 1;
        i++;
        if (i + 1 < segments.length && segments[i + 1].startsWith("ل")) {
          written.append(segments[i + 1], 1, segments[i + 1].length());
          i++;
        }
      } else {
        written.append(segments[i]);
      }
    }
    String norm = Normalizer.standard().normalizeToString(written);
    return new Word(segmented, norm, k, restored);
  }

  /** Returns true if the segmenter splits off exactly the gold proclitics of {@code word}. */
  static boolean correct(ProcliticSegmenter segmenter, Word word) {
    if (word.norm().isEmpty()) {
      return word.proclitics() == 0;
    }
    return segmenter.split(word.norm()).proclitics() == word.proclitics();
  }

  static Score score(ProcliticSegmenter segmenter, String part, List<Word> words) {
    int correct = 0;
    int with = 0;
    int correctWith = 0;
    int letter = 0;
    int correctLetter = 0;
    for (Word w : words) {
      boolean ok = correct(segmenter, w);
      correct += ok ? 1 : 0;
      if (w.proclitics() > 0) {
        with++;
        correctWith += ok ? 1 : 0;
      }
      if (w.startsWithProcliticLetter()) {
        letter++;
        correctLetter += ok ? 1 : 0;
      }
    }
    return new Score(part, words.size(), correct, with, correctWith, letter, correctLetter);
  }

  static List<Word> dev(List<Word> words) {
    return words.subList(0, words.size() / 2);
  }

  static List<Word> test(List<Word> words) {
    return words.subList(words.size() / 2, words.size());
  }

  /** Prints the scores and, with {@code --errors}, the dev errors; for tuning by hand. */
  public static void main(String[] args) throws IOException {
    ProcliticSegmenter segmenter = args.length > 0 && !args[0].startsWith("--")
        ? ProcliticSegmenter.load(Path.of(args[0])) : ProcliticSegmenter.standard();
    List<Word> words = read();
    System.out.println(score(segmenter, "dev", dev(words)));
    System.out.println(score(segmenter, "test", test(words)));
    System.out.println(score(segmenter, "all", words));
    if (List.of(args).contains("--errors")) {
      for (Word w : dev(words)) {
        if (!correct(segmenter, w)) {
          System.out.println(w.segmented() + "\t" + w.norm() + "\tgot "
              + segmenter.split(w.norm()).proclitics() + "\tcount "
              + segmenter.vocabulary().count(w.norm()));
        }
      }
    }
  }
}
