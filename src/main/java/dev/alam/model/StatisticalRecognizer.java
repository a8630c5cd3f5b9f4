package dev.alam.model;

import dev.alam.ner.EntityType;
import dev.alam.ner.Mention;
import dev.alam.ner.Recognizer;
import dev.alam.ner.Source;
import dev.alam.text.Sentence;
import dev.alam.text.Token;
import dev.alam.text.TokenizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The statistical name finder as a pipeline stage: tags each sentence with a {@link NameModel}
 * and turns its spans into candidates — PERS into PERSON, ORG into ORGANIZATION, MISC into MISC
 * and LOC into LOCATION (the merge step lets a lexicon's COUNTRY or CITY of the same span win,
 * which refines it). A candidate's confidence is the lowest probability of its outcomes.
 *
 * <p>Immutable and thread-safe.
 */
public final class StatisticalRecognizer implements Recognizer {
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
        String[][] base = model.features().staticFeatures(tokens, from, to, earlier);
        int[] outcomes = model.decode(base, tokens, from, beam, probabilities);
        addSpans(outcomes, probabilities, from, out);
      }
      from = to;
    }
    return out;
  }

  private void addSpans(int[] outcomes, double[] probabilities, int offset, List<Mention> out) {
    int start = -1;
    String type = null;
    double confidence = 1;
    for (int i = 0; i <= outcomes.length; i++) {
      String o = i < outcomes.length ? model.outcome(outcomes[i]) : "O";
      boolean continues = o.startsWith("I-") && o.substring(2).equals(type);
      if (!continues && type != null) {
        out.add(new Mention(typeOf(type), offset + start, offset + i, null, confidence,
            Source.MODEL));
        type = null;
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

  private static EntityType typeOf(String coarse) {
    return switch (coarse) {
      case "PERS" -> EntityType.PERSON;
      case "ORG" -> EntityType.ORGANIZATION;
      case "LOC" -> EntityType.LOCATION;
      default -> EntityType.MISC;
    };
  }
}
