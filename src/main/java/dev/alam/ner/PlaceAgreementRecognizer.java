package dev.alam.ner;

import dev.alam.text.Token;
import dev.alam.text.TokenizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Tells a club from its city by agreement. A city is feminine in Arabic ({@code ليون الفرنسية}),
 * so a city's name followed directly by a masculine singular nationality adjective ({@code ليون
 * الفرنسي}, {@code هامبورغ الألماني}) names something masculine whose head noun is left out:
 * in news, a club ({@code نادي ليون}), sometimes another body. This stage proposes an
 * ORGANIZATION over the name and the adjective; the city and the country stay nested in it.
 *
 * <p>The name is a lexicon CITY or a LOCATION of the statistical model. It must not start with
 * the article: masculine regions are written with it ({@code الجولان السوري}, {@code الجنوب
 * اللبناني}) and are places. A name inside a candidate of another kind (an office, an
 * organisation phrase, a person) is left to that candidate; of two names that end together
 * ({@code ريال مدريد} and {@code مدريد}), the longer is the body's. The adjective must be in the
 * name's sentence. Countries are left alone (but see {@link #retagCoarse}). What the rule gets
 * wrong: a masculine facility named by its city ({@code مطار عمان الأردني}), and an
 * adjective that agrees with a noun before the name ({@code لاعب ميلان البرازيلي}, where the
 * body is right but its span takes in the player's nationality).
 *
 * <p>Runs after the statistical model, whose LOCATION candidates it reads; its own candidates
 * are not features of the model. Immutable and thread-safe.
 */
public final class PlaceAgreementRecognizer implements Recognizer {
  /** The confidence of a proposed organisation. */
  static final double CONFIDENCE = 0.8;

  private final NerResources resources;

  /**
   * Creates the stage.
   *
   * @throws NullPointerException if {@code resources} is null
   */
  public PlaceAgreementRecognizer(NerResources resources) {
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  @Override
  public List<Mention> recognize(TokenizedText text, List<Mention> earlier) {
    List<Token> tokens = text.tokens();
    int[] sentenceEnd = null;
    // The adjective agrees with the longest name before it: one body per end (a city and the
    // model's location may share the span, or the city be the end of it: ريال مدريد).
    Map<Integer, Integer> startByEnd = new TreeMap<>();
    int[] coveredTo = null; // per token, the furthest end of another kind's candidate over it
    for (Mention place : earlier) {
      boolean candidate = place.type() == EntityType.CITY
          || (place.type() == EntityType.LOCATION && place.source() == Source.MODEL);
      if (!candidate || !namesBody(resources, tokens, place.startToken(), place.endToken())) {
        continue;
      }
      if (sentenceEnd == null) {
        sentenceEnd = MentionIndex.sentenceEnds(text);
      }
      if (sentenceEnd[place.startToken()] <= place.endToken()) {
        continue; // the adjective starts the next sentence
      }
      if (coveredTo == null) {
        coveredTo = coverage(tokens.size(), earlier);
      }
      if (!inside(coveredTo, place)) {
        startByEnd.merge(place.endToken(), place.startToken(), Math::min);
      }
    }
    List<Mention> out = new ArrayList<>();
    startByEnd.forEach((end, start) -> out.add(new Mention(EntityType.ORGANIZATION, start,
        end + 1, null, CONFIDENCE, Source.GRAMMAR)));
    return out;
  }

  /**
   * Returns true if the name over tokens {@code [start, end)} is followed by a masculine
   * singular nationality adjective and does not start with the article: by agreement, the name
   * of a body, not of a place.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException unless {@code 0 <= start < end <= tokens.size()}
   */
  static boolean namesBody(NerResources resources, List<Token> tokens, int start, int end) {
    if (start < 0 || start >= end || end > tokens.size()) {
      throw new IllegalArgumentException(
          "need 0 <= start < end <= " + tokens.size() + ", got [" + start + ", " + end + ")");
    }
    return end < tokens.size() && !NerResources.isDefinite(tokens.get(start))
        && resources.isMasculineNisba(tokens, end);
  }

  /**
   * Retypes, in place, each LOC name of coarse BIO tags over {@code tokens} (one sentence) that
   * {@link #namesBody} says names a body as ORG. The adjective stays outside, as the public
   * benchmarks annotate it ({@code ليون} ORG, {@code الفرنسي} untagged). Coarse tags do not tell
   * a country from a city, so here a country's name is retyped too ({@code قطر القطري}, the
   * club), where extraction leaves countries alone.
   *
   * @param tags one coarse BIO tag per token; modified
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code tags} and {@code tokens} differ in size
   */
  public static void retagCoarse(NerResources resources, List<Token> tokens, List<String> tags) {
    Objects.requireNonNull(resources, "resources");
    Recognizers.requireOneTagPerToken(tokens, tags);
    int i = 0;
    while (i < tags.size()) {
      if (!tags.get(i).equals("B-LOC")) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < tags.size() && tags.get(end).equals("I-LOC")) {
        end++;
      }
      if (namesBody(resources, tokens, i, end)) {
        tags.set(i, "B-ORG");
        for (int k = i + 1; k < end; k++) {
          tags.set(k, "I-ORG");
        }
      }
      i = end;
    }
  }

  /**
   * For each token {@code k}, two ends of the candidates over it that are not places or dates
   * (offices, organisations, persons …): at {@code 2k} the furthest end of those that start
   * before {@code k}, at {@code 2k + 1} of those that start at {@code k}. Linear in the
   * candidates' total length.
   */
  private static int[] coverage(int size, List<Mention> earlier) {
    int[] coveredTo = new int[2 * size];
    for (Mention m : earlier) {
      switch (m.type()) {
        case CITY, COUNTRY, LOCATION, DATE -> {
          continue;
        }
        default -> {
          int s = m.startToken();
          coveredTo[2 * s + 1] = Math.max(coveredTo[2 * s + 1], m.endToken());
          for (int k = s + 1; k < m.endToken(); k++) {
            coveredTo[2 * k] = Math.max(coveredTo[2 * k], m.endToken());
          }
        }
      }
    }
    return coveredTo;
  }

  /**
   * Whether {@code place} lies inside a longer candidate of {@link #coverage}: one of the same
   * span (the model's ORGANIZATION over a city) does not count.
   */
  private static boolean inside(int[] coveredTo, Mention place) {
    int s = place.startToken();
    return coveredTo[2 * s] >= place.endToken() || coveredTo[2 * s + 1] > place.endToken();
  }
}
