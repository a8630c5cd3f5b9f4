package dev.alam.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alam.text.Token;
import dev.alam.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/** Runs a rule over coarse BIO tags written as one space-separated string. */
final class CoarseTags {
  private CoarseTags() {}

  /**
   * Applies {@code rule} to {@code tags} (one per token of {@code text}) and returns the tags it
   * leaves.
   */
  static String retag(String text, String tags, BiConsumer<List<Token>, List<String>> rule) {
    List<Token> tokens = Tokenizer.standard().tokenize(text);
    List<String> t = new ArrayList<>(Arrays.asList(tags.split(" ")));
    assertThat(t).as("one tag per token of " + text).hasSameSizeAs(tokens);
    rule.accept(tokens, t);
    return String.join(" ", t);
  }
}
