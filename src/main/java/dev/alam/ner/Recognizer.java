package dev.alam.ner;

import dev.alam.text.TokenizedText;
import java.util.List;

/**
 * One stage of extraction: finds candidate mentions in a tokenised text. Stages run in a fixed
 * order and each sees the candidates of the stages before it, so a grammar can build on a
 * lexicon (an office phrase contains the organisation and nationality adjective found before).
 * Candidates may overlap; one merge step resolves them afterwards.
 *
 * <p>Implementations must be immutable and thread-safe: one instance serves all threads, and a
 * call's result depends only on its arguments.
 */
@FunctionalInterface
public interface Recognizer {
  /**
   * Finds mentions in {@code text}.
   *
   * @param text the tokenised input; never null
   * @param earlier the candidates found by earlier stages, in no particular order; unmodifiable,
   *     never null
   * @return the new candidates, possibly empty; never null
   */
  List<Mention> recognize(TokenizedText text, List<Mention> earlier);
}
