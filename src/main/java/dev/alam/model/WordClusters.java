package dev.alam.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Word clusters learned from unlabelled text: each normalised word maps to cluster ids at a
 * few granularities, so that words used alike (month names, given names, country names) share a
 * feature even when the labelled data saw only some of them. Format: gzip-compressed UTF-8 lines
 * {@code word<TAB>coarse/fine}, {@code #} comments; built by {@link WordClusterBuilder}.
 *
 * <p>Immutable and thread-safe.
 */
public final class WordClusters {
  private static final WordClusters EMPTY = new WordClusters(Map.of());

  private final Map<String, String[]> clusterOf;

  WordClusters(Map<String, String[]> clusterOf) {
    this.clusterOf = clusterOf;
  }

  /** Returns clusters that know no word. */
  public static WordClusters empty() {
    return EMPTY;
  }

  /**
   * Reads clusters in the resource format.
   *
   * @param in the gzip-compressed stream; not closed
   * @param name what to call it in error messages
   * @throws IOException if the stream cannot be read
   * @throws IllegalArgumentException naming {@code name} and the line for a malformed line
   */
  public static WordClusters read(InputStream in, String name) throws IOException {
    Map<String, String[]> map = new HashMap<>(1 << 16);
    Map<String, String[]> ids = new HashMap<>();
    BufferedReader reader = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1) {
        throw new IllegalArgumentException(name + ":" + number + ": expected word<TAB>cluster");
      }
      String id = line.substring(tab + 1);
      map.put(line.substring(0, tab), ids.computeIfAbsent(id, WordClusters::levels));
    }
    return new WordClusters(map);
  }

  /** Splits {@code coarse/fine} into feature values {@code 0:coarse}, {@code 1:fine}. */
  private static String[] levels(String id) {
    String[] parts = id.split("/");
    for (int i = 0; i < parts.length; i++) {
      parts[i] = i + ":" + parts[i];
    }
    return parts;
  }

  /**
   * Returns the clusters of the normalised {@code word}, coarse to fine, or null if it has none.
   * The array is shared: do not modify it.
   */
  String[] clustersOf(String word) {
    return clusterOf.get(word);
  }

  /** Returns the number of words with a cluster. */
  public int size() {
    return clusterOf.size();
  }
}
