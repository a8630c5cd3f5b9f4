package dev.alam.ner;

import dev.alam.text.Token;
import dev.alam.text.TokenKind;
import dev.alam.text.TokenizedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Marks every mention of a surname already seen in a full name anywhere in the same text as a
 * PERSON ({@code شمخاني} where {@code علي شمخاني} occurs, before or after). The surname is the
 * last word of a PERSON candidate of two or more words, from any earlier stage; it must be at
 * least three letters long and not a common word, particle or given name, so {@code محمد علي}
 * does not make every {@code علي} a person.
 *
 * <p>Runs after every stage that finds persons. Immutable and thread-safe.
 */
public final class SurnameCoreferenceRecognizer implements Recognizer {
  private final NerResources resources;

  /**
   * Creates the recogniser.
   *
   * @throws NullPointerException if {@code resources} is null
   */
  public SurnameCoreferenceRecognizer(NerResources resources) {
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  @Override
  public List<Mention> recognize(TokenizedText text, List<Mention> earlier) {
    List<Token> tokens = text.tokens();
    Set<String> surnames = new HashSet<>();
    boolean[] inFullName = new boolean[tokens.size()];
    for (Mention m : earlier) {
      if (m.type() != EntityType.PERSON || m.length() < 2) {
        continue;
      }
      for (int k = m.startToken(); k < m.endToken(); k++) {
        inFullName[k] = true;
      }
      Token last = tokens.get(m.endToken() - 1);
      if (last.norm().length() >= 3 && !resources.isCommonWord(last)
          && !resources.isParticle(last) && !resources.isGivenName(last)
          && !resources.isFunctionWord(last)) {
        surnames.add(last.norm());
      }
    }
    List<Mention> out = new ArrayList<>();
    if (surnames.isEmpty()) {
      return out;
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!inFullName[i] && t.kind() == TokenKind.ARABIC_WORD && surnames.contains(t.norm())) {
        out.add(new Mention(EntityType.PERSON, i, i + 1, null, 0.8, Source.COREFERENCE));
      }
    }
    return out;
  }
}
