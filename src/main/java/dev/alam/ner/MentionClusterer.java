package dev.alam.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups resolved mentions into {@link Cluster}s, one per entity:
 *
 * <ul>
 *   <li>PERSON: mentions with the same normalised name form one cluster; a single-word mention
 *       joins the cluster of the nearest full name (preferably before it, else after it) whose
 *       last word it is ({@code شمخاني} with {@code علي شمخاني}).
 *   <li>COUNTRY: by ISO code, so {@code إيران} and {@code الإيراني} are one cluster.
 *   <li>Every other type: by type and normalised text with the article removed from each word.
 * </ul>
 *
 * Stateless and thread-safe; linear in the number of mentions.
 */
public final class MentionClusterer {
  /** Creates a clusterer; it holds no state. */
  public MentionClusterer() {}

  /**
   * Clusters the mentions.
   *
   * @param mentions resolved mentions in document order
   * @param norms the normalised text of each mention (words separated by single spaces)
   * @return for each mention, the index of its cluster in {@code clusters}
   */
  public int[] assign(List<Mention> mentions, List<String> norms, List<Cluster> clusters) {
    int n = mentions.size();
    int[] clusterOf = new int[n];
    Map<String, Integer> byKey = new HashMap<>();
    List<List<Integer>> members = new ArrayList<>();
    List<Integer> representative = new ArrayList<>();
    // Surname → clusters of full names ending in it, in document order of first mention.
    Map<String, List<int[]>> fullNames = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Mention m = mentions.get(i);
      if (m.type() == EntityType.PERSON && norms.get(i).indexOf(' ') > 0) {
        String key = "PERSON\u0000" + norms.get(i);
        int c = clusterFor(key, byKey, members, representative, i);
        String surname = norms.get(i).substring(norms.get(i).lastIndexOf(' ') + 1);
        fullNames.computeIfAbsent(surname, k -> new ArrayList<>()).add(new int[] {i, c});
      }
    }
    for (int i = 0; i < n; i++) {
      Mention m = mentions.get(i);
      String norm = norms.get(i);
      int c;
      if (m.type() == EntityType.PERSON && norm.indexOf(' ') > 0) {
        c = byKey.get("PERSON\u0000" + norm);
      } else if (m.type() == EntityType.PERSON && fullNames.containsKey(norm)) {
        c = nearest(fullNames.get(norm), i);
      } else if (m.type() == EntityType.COUNTRY && m.linkId() != null) {
        c = clusterFor("COUNTRY\u0000" + m.linkId(), byKey, members, representative, i);
      } else {
        c = clusterFor(m.type() + "\u0000" + withoutArticles(norm), byKey, members,
            representative, i);
      }
      clusterOf[i] = c;
      members.get(c).add(i);
      if (norms.get(i).length() > norms.get(representative.get(c)).length()) {
        representative.set(c, i);
      }
    }
    for (int c = 0; c < members.size(); c++) {
      List<Integer> list = members.get(c);
      list.sort(null);
      Mention rep = mentions.get(representative.get(c));
      clusters.add(new Cluster(rep.type(), norms.get(representative.get(c)), rep.linkId(),
          list));
    }
    return clusterOf;
  }

  private static int clusterFor(String key, Map<String, Integer> byKey,
      List<List<Integer>> members, List<Integer> representative, int mention) {
    Integer c = byKey.get(key);
    if (c == null) {
      c = members.size();
      byKey.put(key, c);
      members.add(new ArrayList<>());
      representative.add(mention);
    }
    return c;
  }

  /**
   * The cluster of the full name nearest before {@code mention}, or the first one after it.
   * {@code candidates} are in document order, so a binary search finds it: a surname repeated
   * through a long text must not make clustering quadratic.
   */
  private static int nearest(List<int[]> candidates, int mention) {
    int lo = 0;
    int hi = candidates.size();
    while (lo < hi) { // the first full name at or after the mention
      int mid = (lo + hi) >>> 1;
      if (candidates.get(mid)[0] < mention) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return candidates.get(lo > 0 ? lo - 1 : 0)[1];
  }

  private static String withoutArticles(String norm) {
    StringBuilder b = new StringBuilder(norm.length());
    for (String word : norm.split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word);
    }
    return b.toString();
  }
}
