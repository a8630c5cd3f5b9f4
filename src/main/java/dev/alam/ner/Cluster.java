package dev.alam.ner;

import java.util.List;
import java.util.Objects;

/**
 * The mentions of one entity within a text: a person named in full and later by surname, a
 * country named and referred to by its nationality adjective, …
 *
 * @param type the type shared by the mentions
 * @param name the cluster's canonical name: the normalised form of its longest mention
 * @param linkId the shared link identifier (an ISO code), or null
 * @param mentions the indices of the mentions in the result's entity list, ascending; never empty
 */
public record Cluster(EntityType type, String name, String linkId, List<Integer> mentions) {
  /**
   * Validates the cluster and copies its mention list.
   *
   * @throws NullPointerException if {@code type}, {@code name} or {@code mentions} is null
   * @throws IllegalArgumentException if {@code mentions} is empty
   */
  public Cluster {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("a cluster needs at least one mention");
    }
  }
}
