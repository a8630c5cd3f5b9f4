package dev.alam.ner;

import dev.alam.text.Token;
import dev.alam.text.TokenizedText;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * What the grammar stages share: the resources, a {@link PhraseScanner}, and one call's input
 * prepared once — the tokens, where each token's sentence ends, and the earlier place and
 * organisation candidates indexed by start. Immutable and thread-safe.
 */
abstract class GrammarRecognizer implements Recognizer {
  final NerResources resources;
  final PhraseScanner scanner;

  GrammarRecognizer(NerResources resources) {
    this.resources = Objects.requireNonNull(resources, "resources");
    this.scanner = new PhraseScanner(resources);
  }

  @Override
  public final List<Mention> recognize(TokenizedText text, List<Mention> earlier) {
    return recognize(new Input(text.tokens(), MentionIndex.sentenceEnds(text),
        new MentionIndex(earlier,
            EnumSet.of(EntityType.COUNTRY, EntityType.CITY, EntityType.LOCATION)),
        new MentionIndex(earlier, EnumSet.of(EntityType.ORGANIZATION)), earlier));
  }

  /** Finds the stage's candidates in one prepared input. */
  abstract List<Mention> recognize(Input in);

  /**
   * One call's input.
   *
   * @param tokens the text's tokens
   * @param sentenceEnd for each token, the index just past its sentence's last token
   * @param places earlier COUNTRY, CITY and LOCATION candidates by start token
   * @param bodies earlier ORGANIZATION candidates by start token
   * @param earlier all earlier candidates
   */
  record Input(List<Token> tokens, int[] sentenceEnd, MentionIndex places, MentionIndex bodies,
      List<Mention> earlier) {}
}
