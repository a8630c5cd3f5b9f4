package dev.alam.ner;

import dev.alam.gazetteer.City;
import dev.alam.gazetteer.CountryName;
import dev.alam.gazetteer.Demonym;
import dev.alam.gazetteer.Gazetteer;
import dev.alam.gazetteer.GazetteerMatch;
import dev.alam.gazetteer.Organization;
import dev.alam.gazetteer.Place;
import dev.alam.text.Token;
import dev.alam.text.TokenizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the names the lexicons list: countries by name, alias or political reference, and by
 * nationality adjective in any gender and number (COUNTRY, with the ISO code); cities (CITY, with
 * their country's code); continents, regions, seas and other places (LOCATION); and named
 * organisations (ORGANIZATION), extended over a nationality adjective that follows them ({@code
 * الحرس الثوري الإيراني}).
 *
 * <p>Matching runs on token normal forms within each sentence, so spelling variants that
 * normalise alike match, and proclitics split off by the tokenizer stay outside the mention
 * ({@code لإيران → إيران}). A name that is both a country and a city ({@code الكويت}, {@code
 * عمان}) is reported as the country: the city candidate is given a lower confidence and loses
 * in the merge step.
 *
 * <p>Immutable and thread-safe.
 */
public final class LexiconRecognizer implements Recognizer {
  private final NerResources resources;

  /**
   * Creates the recogniser.
   *
   * @throws NullPointerException if {@code resources} is null
   */
  public LexiconRecognizer(NerResources resources) {
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  @Override
  public List<Mention> recognize(TokenizedText text, List<Mention> earlier) {
    List<Token> tokens = text.tokens();
    List<Mention> out = new ArrayList<>();
    int[] sentenceEnd = MentionIndex.sentenceEnds(text);
    for (int start = 0; start < tokens.size(); start = sentenceEnd[start]) {
      List<Token> sentence = tokens.subList(start, sentenceEnd[start]);
      addCountries(sentence, start, out);
      for (GazetteerMatch<City> m : resources.cities.longestMatches(sentence)) {
        City city = m.values().get(0);
        out.add(new Mention(EntityType.CITY, start + m.startToken(), start + m.endToken(),
            city.code(), city.capital() ? 0.9 : 0.85, Source.GAZETTEER));
      }
      for (GazetteerMatch<Place> m : resources.places.longestMatches(sentence)) {
        out.add(new Mention(EntityType.LOCATION, start + m.startToken(), start + m.endToken(),
            null, 0.9, Source.GAZETTEER));
      }
      addOrganizations(sentence, start, out);
    }
    return out;
  }

  private void addCountries(List<Token> sentence, int offset, List<Mention> out) {
    for (GazetteerMatch<CountryName> m : resources.countries.longestMatches(sentence)) {
      CountryName name = m.values().get(0);
      double confidence = name.kind() == CountryName.Kind.REFERENCE ? 0.9 : 0.95;
      out.add(new Mention(EntityType.COUNTRY, offset + m.startToken(), offset + m.endToken(),
          name.code(), confidence, Source.GAZETTEER));
    }
    for (GazetteerMatch<Demonym> m : resources.demonyms.longestMatches(sentence)) {
      out.add(new Mention(EntityType.COUNTRY, offset + m.startToken(), offset + m.endToken(),
          m.values().get(0).code(), 0.9, Source.GAZETTEER));
    }
  }

  private void addOrganizations(List<Token> sentence, int offset, List<Mention> out) {
    Gazetteer<Demonym> demonyms = resources.demonyms;
    for (GazetteerMatch<Organization> m : resources.organizations.longestMatches(sentence)) {
      int end = m.endToken();
      if (end < sentence.size()) {
        var nisba = demonyms.longestAt(sentence, end);
        if (nisba.isPresent()) {
          end = nisba.get().endToken();
        }
      }
      out.add(new Mention(EntityType.ORGANIZATION, offset + m.startToken(), offset + end, null,
          0.95, Source.GAZETTEER));
    }
  }
}
