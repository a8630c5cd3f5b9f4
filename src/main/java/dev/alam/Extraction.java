package dev.alam;

import dev.alam.ner.Cluster;
import dev.alam.ner.Entity;
import dev.alam.ner.EntityType;
import dev.alam.ner.Relation;
import dev.alam.text.Sentence;
import dev.alam.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link Alam#extract(String)}: the input's tokens and sentences, the entity
 * mentions found in it, their clusters and the relations between them. All offsets are UTF-16
 * indices into {@link #text()}; {@code text().substring(e.start(), e.end())} equals {@code
 * e.text()} for every entity {@code e}.
 *
 * <p>Entities are in document order (by start, an outer mention before the mentions nested in
 * it). Clusters and relations refer to entities by their index in {@link #entities()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Extraction {
  private final String text;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final List<Entity> entities;
  private final List<Cluster> clusters;
  private final List<Relation> relations;

  Extraction(String text, List<Token> tokens, List<Sentence> sentences, List<Entity> entities,
      List<Cluster> clusters, List<Relation> relations) {
    this.text = text;
    this.tokens = List.copyOf(tokens);
    this.sentences = List.copyOf(sentences);
    this.entities = List.copyOf(entities);
    this.clusters = List.copyOf(clusters);
    this.relations = List.copyOf(relations);
  }

  /** Returns the input text; never null. */
  public String text() {
    return text;
  }

  /** Returns the tokens in document order; unmodifiable, never null. */
  public List<Token> tokens() {
    return tokens;
  }

  /** Returns the sentences in document order; unmodifiable, never null. */
  public List<Sentence> sentences() {
    return sentences;
  }

  /** Returns all entity mentions in document order; unmodifiable, never null. */
  public List<Entity> entities() {
    return entities;
  }

  /**
   * Returns the mentions of one type, in document order.
   *
   * @throws NullPointerException if {@code type} is null
   */
  public List<Entity> entities(EntityType type) {
    Objects.requireNonNull(type, "type");
    List<Entity> out = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() == type) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  /** Returns the mention clusters; every entity is in exactly one. Unmodifiable, never null. */
  public List<Cluster> clusters() {
    return clusters;
  }

  /** Returns the relations, ordered by first argument; unmodifiable, never null. */
  public List<Relation> relations() {
    return relations;
  }

  @Override
  public String toString() {
    return "Extraction[" + tokens.size() + " tokens, " + entities.size() + " entities, "
        + relations.size() + " relations]";
  }
}
