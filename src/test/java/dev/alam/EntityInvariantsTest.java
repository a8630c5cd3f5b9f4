package dev.alam;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alam.ner.Cluster;
import dev.alam.ner.Entity;
import dev.alam.ner.EntityType;
import dev.alam.ner.Relation;
import dev.alam.ner.RelationType;
import dev.alam.ner.Source;
import dev.alam.text.Token;
import dev.alam.text.TokenizedText;
import dev.alam.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The invariant checker accepts a well-formed result and rejects each kind of broken one. */
class EntityInvariantsTest {
  // قال[0,3) وزير[4,8) الخارجية[9,17) الأمريكي[18,26) خالد[27,31) منصور[32,37)
  private static final String TEXT = "قال وزير الخارجية الأمريكي خالد منصور";
  private static final TokenizedText TOKENS = Tokenizer.standard().analyze(TEXT);

  /** A result under construction; each case breaks one thing in it. */
  static final class Parts {
    final List<Entity> entities = new ArrayList<>();
    final List<Cluster> clusters = new ArrayList<>();
    final List<Relation> relations = new ArrayList<>();

    Parts() {
      entities.add(entity(EntityType.OFFICE, 4, 26, null, 0));
      entities.add(entity(EntityType.COUNTRY, 18, 26, "US", 1));
      entities.add(entity(EntityType.PERSON, 27, 37, null, 2));
      clusters.add(new Cluster(EntityType.OFFICE, "وزير الخارجيه الامريكي", null, List.of(0)));
      clusters.add(new Cluster(EntityType.COUNTRY, "الامريكي", "US", List.of(1)));
      clusters.add(new Cluster(EntityType.PERSON, "خالد منصور", null, List.of(2)));
      relations.add(new Relation(RelationType.OF, 0, 1));
      relations.add(new Relation(RelationType.HOLDS, 2, 0));
    }

    Extraction build() {
      return new Extraction(TEXT, TOKENS.tokens(), TOKENS.sentences(), entities, clusters,
          relations);
    }
  }

  static Entity entity(EntityType type, int start, int end, String link, int cluster) {
    StringBuilder norm = new StringBuilder();
    for (Token t : TOKENS.tokens()) {
      if (t.start() >= start && t.end() <= end) {
        norm.append(norm.length() > 0 ? " " : "").append(t.norm());
      }
    }
    return new Entity(type, start, end, TEXT.substring(start, end), norm.toString(), link,
        cluster, 0.9, Source.GRAMMAR);
  }

  static Entity with(Entity e, String text, String norm, String link) {
    return new Entity(e.type(), e.start(), e.end(), text, norm, link, e.cluster(),
        e.confidence(), e.source());
  }

  @Test
  void aWellFormedResultPasses() {
    assertThatCode(() -> EntityInvariants.check(TEXT, new Parts().build()))
        .doesNotThrowAnyException();
  }

  static Stream<Arguments> brokenResults() {
    return Stream.of(
        broken("is not the input's span", p -> p.entities.set(2,
            with(p.entities.get(2), "خالد منصوز", p.entities.get(2).norm(), null))),
        broken("does not start and end on token boundaries", p -> p.entities.set(2,
            entity(EntityType.PERSON, 28, 37, null, 2))),
        broken("has norm", p -> p.entities.set(2,
            with(p.entities.get(2), "خالد منصور", "خالد", null))),
        broken("not an assigned ISO", p -> p.entities.set(1,
            with(p.entities.get(1), "الأمريكي", p.entities.get(1).norm(), "XX"))),
        broken("not an assigned ISO", p -> p.entities.set(1,
            with(p.entities.get(1), "الأمريكي", p.entities.get(1).norm(), null))),
        broken("not in document order", p -> {
          p.entities.set(0, p.entities.get(1));
          p.entities.set(1, entity(EntityType.OFFICE, 4, 26, null, 0));
        }),
        broken("partly overlap", p -> p.entities.set(1,
            entity(EntityType.COUNTRY, 9, 31, "US", 1))),
        broken("may not contain", p -> p.entities.set(0,
            entity(EntityType.PERSON, 4, 26, null, 0))),
        broken("is in 0 clusters", p -> p.clusters.remove(2)),
        broken("holds COUNTRY", p -> p.clusters.set(2,
            new Cluster(EntityType.PERSON, "خالد منصور", null, List.of(1, 2)))),
        broken("says it is in", p -> p.entities.set(2,
            entity(EntityType.PERSON, 27, 37, null, 1))),
        broken("holds must link a PERSON to an OFFICE", p -> p.relations.set(1,
            new Relation(RelationType.HOLDS, 0, 2))),
        broken("of must link an OFFICE", p -> p.relations.set(0,
            new Relation(RelationType.OF, 1, 0))),
        broken("not nested inside the office", p -> {
          p.entities.set(2, entity(EntityType.COUNTRY, 27, 37, "JO", 2));
          p.clusters.set(2, new Cluster(EntityType.COUNTRY, "خالد منصور", "JO", List.of(2)));
          p.relations.set(1, new Relation(RelationType.OF, 0, 2));
        }),
        broken("not ordered by first argument", p -> java.util.Collections.swap(p.relations, 0,
            1)),
        broken("indexes past", p -> p.relations.add(new Relation(RelationType.OF, 0, 3))),
        broken("listed twice", p -> p.relations.add(1, new Relation(RelationType.OF, 0, 1))));
  }

  private static Arguments broken(String problem, Consumer<Parts> breakIt) {
    return Arguments.of(problem, breakIt);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenResults")
  void aBrokenResultIsRejected(String problem, Consumer<Parts> breakIt) {
    Parts parts = new Parts();
    breakIt.accept(parts);
    Extraction result = parts.build();

    assertThatThrownBy(() -> EntityInvariants.check(TEXT, result))
        .isInstanceOf(AssertionError.class).hasMessageContaining(problem);
  }

  @Test
  void aResultOfAnotherTextIsRejected() {
    assertThatThrownBy(() -> EntityInvariants.check(TEXT + " ", new Parts().build()))
        .isInstanceOf(AssertionError.class).hasMessageContaining("differs from the input");
  }
}
