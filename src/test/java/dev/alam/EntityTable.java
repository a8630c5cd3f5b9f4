package dev.alam;

import dev.alam.ner.Entity;
import dev.alam.ner.EntityType;
import dev.alam.ner.Relation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Table-driven extraction tests in one notation. An expected mention is written {@code
 * TYPE@START:TEXT}, with {@code =CODE} after the text for a linked mention (COUNTRY, CITY), and
 * mentions are separated by {@code " | "}: {@code "OFFICE@4:وزير الخارجية الأمريكي |
 * COUNTRY@18:الأمريكي=US"}. The end offset is implied by the text, which {@link
 * EntityInvariants} checks against the input. An empty string expects no mention.
 *
 * <p>{@link #extract(String)} runs one shared {@link Alam} with the lexicons and grammars only
 * (the statistical model off, so that each row tests the rules it names and does not move when
 * the model is retrained) and checks {@link EntityInvariants} on every result, so every table
 * row is also an invariant test.
 * Stateless and thread-safe.
 */
public final class EntityTable {
  private static final Alam ALAM = Alam.builder().statisticalModel(false).build();

  private EntityTable() {}

  /**
   * Extracts from {@code text} with the shared rule-only {@link Alam} and checks the invariants.
   *
   * @throws AssertionError if the result breaks an invariant
   */
  public static Extraction extract(String text) {
    Extraction result = ALAM.extract(text);
    EntityInvariants.check(text, result);
    return result;
  }

  /**
   * Returns the mentions of {@code result} whose type is in {@code scope}, in document order, in
   * the notation of the class comment.
   */
  public static List<String> render(Extraction result, Set<EntityType> scope) {
    List<String> out = new ArrayList<>();
    for (Entity e : result.entities()) {
      if (scope.contains(e.type())) {
        out.add(render(e));
      }
    }
    return out;
  }

  /** Returns one mention in the notation of the class comment. */
  public static String render(Entity e) {
    return e.type() + "@" + e.start() + ":" + e.text() + e.link().map(code -> "=" + code)
        .orElse("");
  }

  /**
   * Splits an expected-mentions string into its mentions; the empty or blank string gives none.
   *
   * @throws IllegalArgumentException if a mention is not in the notation
   */
  public static List<String> parse(String expected) {
    if (expected == null || expected.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String m : expected.split(" \\| ")) {
      String mention = m.strip();
      if (!mention.matches("[A-Z]+@\\d+:.+")) {
        throw new IllegalArgumentException("not TYPE@START:TEXT[=CODE]: '" + mention + "'");
      }
      EntityType.valueOf(mention.substring(0, mention.indexOf('@')));
      out.add(mention);
    }
    return out;
  }

  /** Returns the set of the given types; a shorthand for table scopes. */
  public static Set<EntityType> scope(EntityType first, EntityType... rest) {
    EnumSet<EntityType> set = EnumSet.of(first);
    set.addAll(Arrays.asList(rest));
    return set;
  }

  /**
   * Returns the relations of {@code result} as {@code label(FROM TEXT, TO TEXT)} strings, e.g.
   * {@code holds(خالد منصور, وزير الدفاع الأردني)}, in the result's order.
   */
  public static List<String> relations(Extraction result) {
    List<String> out = new ArrayList<>();
    for (Relation r : result.relations()) {
      out.add(r.type().label() + "(" + result.entities().get(r.from()).text() + ", "
          + result.entities().get(r.to()).text() + ")");
    }
    return out;
  }
}
