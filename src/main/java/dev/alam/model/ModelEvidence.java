package dev.alam.model;

import dev.alam.ner.NameEvidence;
import dev.alam.text.Token;
import dev.alam.text.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The name evidence the model's features read ({@link FeatureExtractor}: how often a word was
 * seen inside names), counted from the model's own training sentences as well as from
 * evidence-only corpora, and jackknifed for training.
 *
 * <p>Why jackknifed: counted from all the training sentences, the evidence of a training word
 * includes the sentence the model is learning it from, so in training every name looks like a
 * known name, and the model trusts the evidence more than it deserves on new text (the bundled
 * lexicon's evidence leaves ANERcorp out for that reason). Here the training sentences of each
 * domain ({@link LabeledSentence#domain()}: in the shipped model, ANERcorp's and AQMAR's) are
 * cut into {@value #FOLDS} contiguous folds, and a sentence's features read the evidence of
 * every other fold plus the evidence-only corpora: as on new text, its own names are only known
 * if they occur elsewhere. Folds are contiguous, not interleaved, so that a name that recurs
 * within one article is not found in another fold; they are cut per domain so that each domain
 * is held out in equal shares (in the shipped model a domain is one corpus; five folds over the
 * two corpora together scored 1.7 points lower on ANERcorp dev). Tagging reads the counts of all
 * of it.
 *
 * <p>The same folds hold the training sentences out of the lexicon's evidence, which the grammar
 * stages read and which counts AQMAR train: see {@link NameModelTrainer}.
 *
 * <p>Counts are over the projected sentences' Arabic word tokens (proclitics split off) and
 * their coarse tags. Immutable after construction; thread-safe.
 */
final class ModelEvidence {
  /** How many folds the training sentences are cut into. */
  static final int FOLDS = 5;

  private static final String[] TYPES = {"PERS", "LOC", "ORG", "MISC"};

  private final NameEvidence all;
  private final Map<LabeledSentence, NameEvidence> heldOut = new IdentityHashMap<>();
  private final List<List<LabeledSentence>> folds;

  /**
   * Counts the evidence.
   *
   * @param training the model's training sentences
   * @param evidenceOnly annotated sentences counted but not trained on
   * @throws NullPointerException if an argument is null
   */
  ModelEvidence(List<LabeledSentence> training, List<LabeledSentence> evidenceOnly) {
    Objects.requireNonNull(training, "training");
    Map<String, int[]> total = count(Objects.requireNonNull(evidenceOnly, "evidenceOnly"));
    Map<String, List<LabeledSentence>> byDomain = new LinkedHashMap<>();
    for (LabeledSentence s : training) {
      byDomain.computeIfAbsent(String.valueOf(s.domain()), d -> new ArrayList<>()).add(s);
    }
    List<List<LabeledSentence>> folds = new ArrayList<>();
    this.folds = folds;
    for (List<LabeledSentence> part : byDomain.values()) {
      int n = Math.min(FOLDS, part.size());
      for (int k = 0; k < n; k++) {
        folds.add(fold(part, k, n));
      }
    }
    List<Map<String, int[]>> foldCounts = new ArrayList<>();
    for (List<LabeledSentence> fold : folds) {
      foldCounts.add(count(fold));
      addTo(total, foldCounts.get(foldCounts.size() - 1));
    }
    all = NameEvidence.of(total);
    for (int k = 0; k < folds.size(); k++) {
      NameEvidence evidence = all.minus(foldCounts.get(k)); // exact: a fold's counts are in all
      for (LabeledSentence s : folds.get(k)) {
        heldOut.put(s, evidence);
      }
    }
  }

  /** The folds of the training sentences, each in corpus order. */
  List<List<LabeledSentence>> folds() {
    return List.copyOf(folds);
  }

  /** The counts of all the sentences: what tagging reads. */
  NameEvidence all() {
    return all;
  }

  /**
   * The counts without the fold of {@code sentence}: what its features read in training.
   *
   * @throws IllegalArgumentException if {@code sentence} is not one of the training sentences
   */
  NameEvidence heldOutFor(LabeledSentence sentence) {
    NameEvidence e = heldOut.get(sentence);
    if (e == null) {
      throw new IllegalArgumentException("not a training sentence of this evidence");
    }
    return e;
  }

  private static List<LabeledSentence> fold(List<LabeledSentence> sentences, int k, int folds) {
    int n = sentences.size();
    return sentences.subList((int) ((long) n * k / folds), (int) ((long) n * (k + 1) / folds));
  }

  /** Word → {total, pers, loc, org, misc} over the Arabic word tokens of {@code sentences}. */
  static Map<String, int[]> count(List<LabeledSentence> sentences) {
    Map<String, int[]> out = new HashMap<>();
    for (LabeledSentence s : sentences) {
      List<Token> tokens = s.text().tokens();
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).kind() != TokenKind.ARABIC_WORD) {
          continue;
        }
        int[] c = out.computeIfAbsent(tokens.get(i).norm(), w -> new int[5]);
        c[0]++;
        String tag = s.tags().get(i);
        for (int t = 0; t < TYPES.length; t++) {
          if (tag.length() > 2 && tag.substring(2).equals(TYPES[t])) {
            c[t + 1]++;
          }
        }
      }
    }
    return out;
  }

  private static void addTo(Map<String, int[]> into, Map<String, int[]> counts) {
    counts.forEach((word, c) -> {
      int[] t = into.computeIfAbsent(word, w -> new int[5]);
      for (int i = 0; i < t.length; i++) {
        t[i] += c[i];
      }
    });
  }
}
