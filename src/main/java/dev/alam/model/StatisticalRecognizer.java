package dev.alam.model;

import dev.alam.ner.EntityType;
import dev.alam.ner.Mention;
import dev.alam.ner.Recognizer;
import dev.alam.ner.Source;
import dev.alam.text.Sentence;
import dev.alam.text.Token;
import dev.alam.text.TokenKind;
import dev.alam.text.TokenizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The statistical name finder as a pipeline stage: tags each sentence with a {@link NameModel}
 * and turns its spans into candidates — PERS into PERSON, ORG into ORGANIZATION, MISC into MISC
 * and LOC into LOCATION (the merge step lets a lexicon's COUNTRY or CITY of the same span win,
 * which refines it). A candidate's confidence is the lowest probability of its outcomes; spans
 * below {@value #MIN_CONFIDENCE}, and spans without an Arabic word (the model learnt from Arabic
 * news; on a Latin sentence it only guesses), are not proposed.
 *
 * <p>Immutable and thread-safe.
 */
public final class StatisticalRecognizer implements Recognizer {
  /** The lowest confidence of a span this stage proposes. */
  public static final double MIN_CONFIDENCE = 0.5;

  private final NameModel model;
  private final int beam;

  /**
   * Creates the stage.
   *
   * @param beam the beam width, at least 1
   * @throws NullPointerException if {@code model} is null
   * @throws IllegalArgumentException if {@code beam < 1}
   */
  public StatisticalRecognizer(NameModel model, int beam) {
    this.model = Objects.requireNonNull(model, "model");
    if (beam < 1) {
      throw new IllegalArgumentException("beam must be at least 1, got " + beam);
    }
    this.beam = beam;
  }

  @Override
  public List<Mention> recognize(TokenizedText text, List<Mention> earlier) {
    List<Token> tokens = text.tokens();
    List<Mention> out = new ArrayList<>();
    int from = 0;
    for (Sentence s : text.sentences()) {
      int to = from;
      while (to < tokens.size() && tokens.get(to).end() <= s.end()) {
        to++;
      }
      if (to > from) {
        double[] probabilities = new double[to - from];
        long[][] base = model.staticHashes(tokens, from, to, earlier);
        int[] outcomes = model.decode(base, tokens, from, beam, probabilities);
        addSpans(tokens, outcomes, probabilities, from, out);
      }
      from = to;
    }
    return out;
  }

  private void addSpans(List<Token> tokens, int[] outcomes, double[] probabilities, int offset,
      List<Mention> out) {
    int start = -1;
    String type = null;
    double confidence = 1;
    for (int i = 0; i <= outcomes.length; i++) {
      String o = i < outcomes.length ? model.outcome(outcomes[i]) : "O";
      boolean continues = o.startsWith("I-") && o.substring(2).equals(type);
      if (!continues && type != null) {
        if (confidence >= MIN_CONFIDENCE && hasArabicWord(tokens, offset + start, offset + i)) {
          out.add(new Mention(typeOf(type), offset + start, offset + i, null, confidence,
              Source.MODEL));
        }
        type = null; // a span not proposed ends here all the same
      }
      if (o.startsWith("B-") || (o.startsWith("I-") && !continues)) {
        start = i;
        type = o.substring(2);
        confidence = probabilities[i];
      } else if (continues) {
        confidence = Math.min(confidence, probabilities[i]);
      }
    }
  }

  /** The model learnt from Arabic text: a span without an Arabic word is a guess. */
  private static boolean hasArabicWord(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).kind() == TokenKind.ARABIC_WORD) {
        return true;
      }
    }
    return false;
  }

  private static EntityType typeOf(String coarse) {
    return switch (coarse) {
      case "PERS" -> EntityType.PERSON;
      case "ORG" -> EntityType.ORGANIZATION;
      case "LOC" -> EntityType.LOCATION;
      default -> EntityType.MISC;
    };
  }
}
