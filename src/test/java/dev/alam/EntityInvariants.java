package dev.alam;

import dev.alam.gazetteer.IsoCountries;
import dev.alam.ner.Cluster;
import dev.alam.ner.Entity;
import dev.alam.ner.EntityType;
import dev.alam.ner.MentionResolver;
import dev.alam.ner.Relation;
import dev.alam.ner.RelationType;
import dev.alam.text.Token;
import dev.alam.text.TokenInvariants;
import dev.alam.text.TokenizedText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contract every {@link Extraction} must keep, checked in one place so that unit, corpus,
 * concurrency and property tests hold results to the same rules. {@link #check(String,
 * Extraction)} checks:
 *
 * <ul>
 *   <li>the result's text is the input, and its tokens and sentences keep {@link
 *       TokenInvariants};
 *   <li>every entity is a valid span of the input ({@link TokenInvariants#checkSpan}: within
 *       bounds, {@code start < end}, its text is {@code input.substring(start, end)}, no split
 *       surrogate pair), starts at a token's start and ends at a token's end, and its norm is the
 *       normal forms of those tokens joined by single spaces;
 *   <li>entities are in document order (start ascending, end descending) with no two on one span;
 *       mentions either nest or are disjoint, never partly overlap, and every nesting is one
 *       {@link MentionResolver#mayContain} allows;
 *   <li>every entity is in exactly one cluster, the one its {@link Entity#cluster()} names; each
 *       cluster is non-empty, ascending, of one type, and a COUNTRY cluster has one link;
 *   <li>relations have valid indices and the right types: {@code holds(PERSON, OFFICE)}, {@code
 *       of(OFFICE, ORGANIZATION|COUNTRY)} with the target nested inside the office; they are
 *       ordered by first argument and not repeated;
 *   <li>COUNTRY entities link to an assigned ISO 3166-1 alpha-2 code and CITY entities to their
 *       country's; confidence is in {@code [0, 1]};
 *   <li>every list of the result is unmodifiable.
 * </ul>
 *
 * <p>Failures throw {@link AssertionError} naming the entity or relation at fault. The checks
 * are linear apart from the nesting stack, cheap enough for every sentence of a corpus.
 */
public final class EntityInvariants {
  private EntityInvariants() {}

  /**
   * Checks an extraction of {@code input} against the contract in the class comment.
   *
   * @param input the text that was given to {@link Alam#extract(String)}
   * @param result what it returned
   * @throws AssertionError if an invariant is broken
   */
  public static void check(String input, Extraction result) {
    if (!input.equals(result.text())) {
      throw new AssertionError("result text differs from the input");
    }
    TokenInvariants.check(input, new TokenizedText(input, result.tokens(), result.sentences()));
    List<Entity> entities = result.entities();
    checkSpans(input, result.tokens(), entities);
    checkOrderAndNesting(entities);
    checkClusters(entities, result.clusters());
    checkRelations(entities, result.relations());
    checkUnmodifiable(result);
  }

  private static void checkSpans(String input, List<Token> tokens, List<Entity> entities) {
    Map<Integer, Integer> tokenAtStart = new HashMap<>();
    Map<Integer, Integer> tokenAtEnd = new HashMap<>();
    for (int t = 0; t < tokens.size(); t++) {
      tokenAtStart.put(tokens.get(t).start(), t);
      tokenAtEnd.put(tokens.get(t).end(), t);
    }
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      String what = "entity " + i + " " + e.type();
      TokenInvariants.checkSpan(input, e.start(), e.end(), e.text(), what);
      Integer first = tokenAtStart.get(e.start());
      Integer last = tokenAtEnd.get(e.end());
      if (first == null || last == null || last < first) {
        throw new AssertionError(what + " '" + e.text() + "' [" + e.start() + ", " + e.end()
            + ") does not start and end on token boundaries");
      }
      StringBuilder norm = new StringBuilder();
      for (int t = first; t <= last; t++) {
        norm.append(t > first ? " " : "").append(tokens.get(t).norm());
      }
      if (!norm.toString().equals(e.norm())) {
        throw new AssertionError(what + " '" + e.text() + "' has norm '" + e.norm()
            + "', its tokens' norms are '" + norm + "'");
      }
      if (!(e.confidence() >= 0 && e.confidence() <= 1)) {
        throw new AssertionError(what + " has confidence " + e.confidence());
      }
      if (e.type() == EntityType.COUNTRY || e.type() == EntityType.CITY) {
        String link = e.linkId();
        if (link == null || !link.matches("[A-Z]{2}") || !IsoCountries.isAssigned(link)) {
          throw new AssertionError(what + " '" + e.text() + "' links to '" + link
              + "', not an assigned ISO 3166-1 alpha-2 code");
        }
        if (!e.link().orElseThrow().equals(link)) {
          throw new AssertionError(what + " link() disagrees with linkId()");
        }
      }
    }
  }

  private static void checkOrderAndNesting(List<Entity> entities) {
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      if (i > 0) {
        Entity previous = entities.get(i - 1);
        boolean ordered = previous.start() < e.start()
            || (previous.start() == e.start() && previous.end() > e.end());
        if (!ordered) {
          throw new AssertionError("entities " + (i - 1) + " [" + previous.start() + ", "
              + previous.end() + ") and " + i + " [" + e.start() + ", " + e.end()
              + ") are not in document order (start ascending, end descending, spans distinct)");
        }
      }
      while (!open.isEmpty() && entities.get(open.peek()).end() <= e.start()) {
        open.pop();
      }
      for (int outerIndex : open) {
        Entity outer = entities.get(outerIndex);
        if (outer.end() < e.end()) {
          throw new AssertionError("entities " + outerIndex + " '" + outer.text() + "' and " + i
              + " '" + e.text() + "' partly overlap");
        }
        if (!MentionResolver.mayContain(outer.type(), e.type())) {
          throw new AssertionError(outer.type() + " '" + outer.text() + "' may not contain "
              + e.type() + " '" + e.text() + "'");
        }
      }
      open.push(i);
    }
  }

  private static void checkClusters(List<Entity> entities, List<Cluster> clusters) {
    int[] seen = new int[entities.size()];
    for (int c = 0; c < clusters.size(); c++) {
      Cluster cluster = clusters.get(c);
      List<Integer> members = cluster.mentions();
      if (members.isEmpty()) {
        throw new AssertionError("cluster " + c + " is empty");
      }
      Set<String> links = new HashSet<>();
      for (int k = 0; k < members.size(); k++) {
        int m = members.get(k);
        if (m < 0 || m >= entities.size()) {
          throw new AssertionError("cluster " + c + " names entity " + m + " of "
              + entities.size());
        }
        if (k > 0 && members.get(k - 1) >= m) {
          throw new AssertionError("cluster " + c + " members are not ascending: " + members);
        }
        seen[m]++;
        Entity e = entities.get(m);
        if (e.type() != cluster.type()) {
          throw new AssertionError("cluster " + c + " of type " + cluster.type() + " holds "
              + e.type() + " '" + e.text() + "'");
        }
        if (e.cluster() != c) {
          throw new AssertionError("entity " + m + " '" + e.text() + "' is in cluster " + c
              + " but says it is in " + e.cluster());
        }
        links.add(String.valueOf(e.linkId()));
      }
      if (cluster.type() == EntityType.COUNTRY && links.size() != 1) {
        throw new AssertionError("COUNTRY cluster " + c + " mixes links " + links);
      }
    }
    for (int i = 0; i < entities.size(); i++) {
      if (seen[i] != 1) {
        throw new AssertionError("entity " + i + " '" + entities.get(i).text() + "' is in "
            + seen[i] + " clusters");
      }
    }
  }

  private static void checkRelations(List<Entity> entities, List<Relation> relations) {
    Set<Relation> distinct = new HashSet<>();
    for (int r = 0; r < relations.size(); r++) {
      Relation relation = relations.get(r);
      if (relation.from() >= entities.size() || relation.to() >= entities.size()) {
        throw new AssertionError("relation " + relation + " indexes past " + entities.size()
            + " entities");
      }
      if (!distinct.add(relation)) {
        throw new AssertionError("relation " + relation + " is listed twice");
      }
      if (r > 0 && relations.get(r - 1).from() > relation.from()) {
        throw new AssertionError("relations are not ordered by first argument at " + relation);
      }
      Entity from = entities.get(relation.from());
      Entity to = entities.get(relation.to());
      String what = relation.type().label() + "(" + from.type() + " '" + from.text() + "', "
          + to.type() + " '" + to.text() + "')";
      if (relation.type() == RelationType.HOLDS) {
        if (from.type() != EntityType.PERSON || to.type() != EntityType.OFFICE) {
          throw new AssertionError(what + ": holds must link a PERSON to an OFFICE");
        }
      } else if (relation.type() == RelationType.OF) {
        if (from.type() != EntityType.OFFICE || (to.type() != EntityType.ORGANIZATION
            && to.type() != EntityType.COUNTRY)) {
          throw new AssertionError(what + ": of must link an OFFICE to an ORGANIZATION or "
              + "COUNTRY");
        }
        if (!from.contains(to)) {
          throw new AssertionError(what + ": the target is not nested inside the office");
        }
      } else {
        throw new AssertionError("unknown relation type " + relation.type());
      }
    }
  }

  private static void checkUnmodifiable(Extraction result) {
    expectUnmodifiable(result.tokens(), "tokens()");
    expectUnmodifiable(result.sentences(), "sentences()");
    expectUnmodifiable(result.entities(), "entities()");
    expectUnmodifiable(result.clusters(), "clusters()");
    expectUnmodifiable(result.relations(), "relations()");
    for (EntityType type : EntityType.values()) {
      List<Entity> ofType = result.entities(type);
      List<Entity> expected = new ArrayList<>();
      for (Entity e : result.entities()) {
        if (e.type() == type) {
          expected.add(e);
        }
      }
      if (!ofType.equals(expected)) {
        throw new AssertionError("entities(" + type + ") is not the entities of that type");
      }
      expectUnmodifiable(ofType, "entities(" + type + ")");
    }
    for (Cluster c : result.clusters()) {
      expectUnmodifiable(c.mentions(), "a cluster's mentions()");
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void expectUnmodifiable(List<?> list, String what) {
    List raw = list;
    tryMutation(what + ".add", () -> raw.add(null));
    tryMutation(what + ".clear", raw::clear);
    if (!list.isEmpty()) {
      tryMutation(what + ".set", () -> raw.set(0, raw.get(0)));
      tryMutation(what + ".remove", () -> raw.remove(0));
    }
  }

  private static void tryMutation(String what, Runnable mutation) {
    try {
      mutation.run();
    } catch (UnsupportedOperationException expected) {
      return;
    }
    throw new AssertionError(what + " changed a result list that must be unmodifiable");
  }
}
