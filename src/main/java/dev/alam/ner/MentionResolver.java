package dev.alam.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one place where overlapping candidates from all recognisers are reconciled. The policy:
 *
 * <ol>
 *   <li>Candidates are ranked: first by source ({@link Source#GAZETTEER} and {@link
 *       Source#GRAMMAR} above {@link Source#COREFERENCE} above {@link Source#MODEL}: lexicons and
 *       grammars are precise where they fire, the model fills the gaps), then longer before
 *       shorter, then by confidence, then by position.
 *   <li>In rank order, a candidate is accepted unless it conflicts with one accepted before it.
 *       Two mentions conflict when their spans cross (share tokens without one containing the
 *       other), when they cover the same tokens (one span, one type: the higher-ranked type wins,
 *       so a model LOCATION that the gazetteer knows as a COUNTRY becomes the COUNTRY), when
 *       one contains the other but the outer type may not contain the inner one (see {@link
 *       #mayContain(EntityType, EntityType)}), or when a model candidate contains or lies
 *       inside an accepted mention of its own type (other bounds for the same name).
 *   <li>Accepted mentions come out in document order: by start, outer before inner.
 * </ol>
 *
 * <p>Work is linear in the number of candidates for candidates of bounded length. Stateless and
 * thread-safe.
 */
public final class MentionResolver {
  private static final Map<EntityType, Set<EntityType>> NESTING = new EnumMap<>(EntityType.class);

  static {
    Set<EntityType> places = EnumSet.of(EntityType.COUNTRY, EntityType.CITY, EntityType.LOCATION);
    NESTING.put(EntityType.OFFICE, union(places, EntityType.ORGANIZATION, EntityType.OFFICE));
    NESTING.put(EntityType.ORGANIZATION,
        union(places, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.OFFICE));
    NESTING.put(EntityType.EVENT,
        union(places, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.DATE));
    NESTING.put(EntityType.MISC, union(places, EntityType.ORGANIZATION, EntityType.PERSON));
    NESTING.put(EntityType.LOCATION, union(places));
    NESTING.put(EntityType.DATE, EnumSet.noneOf(EntityType.class));
    NESTING.put(EntityType.PERSON, EnumSet.noneOf(EntityType.class));
    NESTING.put(EntityType.COUNTRY, EnumSet.noneOf(EntityType.class));
    NESTING.put(EntityType.CITY, EnumSet.noneOf(EntityType.class));
  }

  private static final Comparator<Mention> RANK = Comparator
      .comparingInt((Mention m) -> sourceRank(m.source()))
      .thenComparing(Comparator.comparingInt(Mention::length).reversed())
      .thenComparing(Comparator.comparingDouble(Mention::confidence).reversed())
      .thenComparingInt(Mention::startToken)
      .thenComparingInt(m -> m.type().ordinal());

  /** Document order: by start, longer (outer) first. */
  public static final Comparator<Mention> DOCUMENT_ORDER = Comparator
      .comparingInt(Mention::startToken)
      .thenComparing(Comparator.comparingInt(Mention::endToken).reversed())
      .thenComparingInt(m -> m.type().ordinal());

  /** Creates a resolver; it holds no state. */
  public MentionResolver() {}

  /**
   * Returns true if a mention of type {@code outer} may contain one of type {@code inner}: an
   * OFFICE its ORGANIZATION, places and the office it is deputy to ({@code نائب رئيس
   * الجمهورية}); an ORGANIZATION other organisations, places and persons
   * ({@code جامعة الملك سعود}); an EVENT or MISC their places, bodies and persons (and an EVENT
   * its date); a LOCATION places. PERSON, COUNTRY, CITY and DATE contain nothing.
   */
  public static boolean mayContain(EntityType outer, EntityType inner) {
    return NESTING.get(outer).contains(inner);
  }

  /**
   * Resolves {@code candidates} into a conflict-free set in document order.
   *
   * @param candidates the candidates of all recognisers, in any order; not modified
   * @return the accepted mentions, a new list
   * @throws NullPointerException if {@code candidates} is null or contains null
   */
  public List<Mention> resolve(List<Mention> candidates) {
    List<Mention> ranked = new ArrayList<>(candidates);
    ranked.sort(RANK);
    int longest = 0;
    for (Mention m : ranked) {
      longest = Math.max(longest, m.length());
    }
    NavigableMap<Integer, List<Mention>> byStart = new TreeMap<>();
    List<Mention> accepted = new ArrayList<>();
    for (Mention candidate : ranked) {
      if (!conflicts(candidate, byStart, longest)) {
        byStart.computeIfAbsent(candidate.startToken(), k -> new ArrayList<>(2)).add(candidate);
        accepted.add(candidate);
      }
    }
    accepted.sort(DOCUMENT_ORDER);
    return accepted;
  }

  private static boolean conflicts(
      Mention candidate, NavigableMap<Integer, List<Mention>> byStart, int longest) {
    int from = candidate.startToken() - longest;
    for (List<Mention> group :
        byStart.subMap(from, true, candidate.endToken(), false).values()) {
      for (Mention other : group) {
        if (other.endToken() <= candidate.startToken()) {
          continue;
        }
        if (other.crosses(candidate) || other.sameSpan(candidate)) {
          return true;
        }
        boolean ok = other.contains(candidate)
            ? mayContain(other.type(), candidate.type())
            : mayContain(candidate.type(), other.type());
        if (!ok) {
          return true;
        }
        if (candidate.source() == Source.MODEL && candidate.type() == other.type()) {
          return true; // the model drew other bounds round the same name: not a nested one
        }
      }
    }
    return false;
  }

  private static int sourceRank(Source source) {
    return switch (source) {
      case GAZETTEER, GRAMMAR -> 0;
      case COREFERENCE -> 1;
      case MODEL -> 2;
    };
  }

  private static Set<EntityType> union(Set<EntityType> base, EntityType... more) {
    EnumSet<EntityType> s = EnumSet.noneOf(EntityType.class);
    s.addAll(base);
    s.addAll(List.of(more));
    return s;
  }
}
