package dev.alam.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Decides which leading letters of an Arabic word are attached proclitics: the conjunctions
 * {@code و ف} followed optionally by one of the prepositions {@code ب ل ك}.
 *
 * <p>A bare letter rule would wreck {@code وزير}, {@code بلد} and {@code لبنان}, so the decision
 * rests on evidence from a {@link Vocabulary} of attested word frequencies: a word is split when
 * its remainder is a word in its own right and the whole word is about as frequent as the
 * proclitic's rate of attachment predicts, rather than a frequent word of its own.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProcliticSegmenter {
  /** The bundled vocabulary, a classpath resource. */
  public static final String VOCABULARY_RESOURCE = "/dev/alam/models/lexicon/vocabulary.tsv.gz";

  private static final String[] CONJUNCTIONS = {"", "و", "ف"};
  private static final String[] PREPOSITIONS = {"", "ب", "ل", "ك"};

  private static volatile ProcliticSegmenter standard;

  private final Vocabulary vocabulary;

  private ProcliticSegmenter(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * Returns the segmenter over the bundled vocabulary, loaded on first use.
   *
   * @throws IllegalStateException if the bundled vocabulary is missing or corrupt (a packaging
   *     bug)
   */
  public static ProcliticSegmenter standard() {
    ProcliticSegmenter s = standard;
    if (s == null) {
      synchronized (ProcliticSegmenter.class) {
        s = standard;
        if (s == null) {
          standard = s = load();
        }
      }
    }
    return s;
  }

  /**
   * Returns a segmenter over {@code vocabulary}.
   *
   * @throws NullPointerException if {@code vocabulary} is null
   */
  public static ProcliticSegmenter of(Vocabulary vocabulary) {
    return new ProcliticSegmenter(Objects.requireNonNull(vocabulary, "vocabulary"));
  }

  /** Returns the vocabulary the decisions rest on. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * Splits a normalised Arabic word.
   *
   * @param norm a word normalised by {@link Normalizer#standard()}, without diacritics
   * @return how many leading letters are proclitics, and whether the remainder lost the alef of
   *     its article ({@code لل…})
   * @throws NullPointerException if {@code norm} is null
   */
  public Split split(String norm) {
    Objects.requireNonNull(norm, "norm");
    if (norm.length() < 3) {
      return Split.NONE;
    }
    long whole = vocabulary.count(norm);
    Split best = Split.NONE;
    double bestScore = whole;
    for (String conjunction : CONJUNCTIONS) {
      for (String preposition : PREPOSITIONS) {
        int k = conjunction.length() + preposition.length();
        if (k == 0 || !norm.startsWith(conjunction + preposition)) {
          continue;
        }
        String rest = norm.substring(k);
        boolean restored = false;
        if (preposition.equals("ل") && rest.startsWith("ل") && rest.length() > 2) {
          rest = "ا" + rest; // للأحزاب: ل + (ا)لأحزاب
          restored = true;
        }
        if (rest.length() < 2 || (preposition.equals("ل") && rest.startsWith("ال") && !restored)) {
          continue;
        }
        double score = vocabulary.count(rest) * attachmentRate(conjunction, preposition);
        if (rest.startsWith("ال") && rest.length() > 3 && whole == 0) {
          score = Math.max(score, 1); // article after a proclitic: the split is all but certain
        }
        if (score > bestScore) {
          bestScore = score;
          best = new Split(k, restored);
        }
      }
    }
    return best;
  }

  /** A rough prior: how often a word carries this proclitic combination. */
  private static double attachmentRate(String conjunction, String preposition) {
    double c = conjunction.isEmpty() ? 1 : conjunction.equals("و") ? 0.15 : 0.02;
    double p = switch (preposition) {
      case "ب" -> 0.06;
      case "ل" -> 0.05;
      case "ك" -> 0.01;
      default -> 1;
    };
    return c * p;
  }

  /**
   * The outcome of {@link #split(String)}.
   *
   * @param proclitics the number of leading letters that are proclitics, 0 to 2
   * @param articleRestored true if the remainder begins with the {@code ل} of an article whose
   *     alef the preposition {@code ل} swallowed ({@code للأحزاب}); its normal form is then
   *     {@code ا} + the remainder
   */
  public record Split(int proclitics, boolean articleRestored) {
    static final Split NONE = new Split(0, false);
  }

  private static ProcliticSegmenter load() {
    try (InputStream in = ProcliticSegmenter.class.getResourceAsStream(VOCABULARY_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + VOCABULARY_RESOURCE);
      }
      return new ProcliticSegmenter(Vocabulary.read(in, VOCABULARY_RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + VOCABULARY_RESOURCE, e);
    }
  }
}
