package dev.alam.gazetteer;

import dev.alam.text.Normalizer;
import dev.alam.text.Token;
import dev.alam.text.TokenKind;
import dev.alam.text.Tokenizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * An immutable trie over normalised token sequences, mapping each key to one or more payloads.
 *
 * <p>A key is a list of token norms: the tokens of an entry's text as cut by {@link
 * Tokenizer#withoutProcliticSplitting()}, each normalised by {@link Normalizer#standard()} (see
 * {@link #keyOf(String)}). So {@code الولايات المتحدة} is the key {@code [الولايات, المتحده]},
 * and spelling variants that normalise alike ({@code أمريكا}/{@code امريكا}) share a key.
 *
 * <p>Matching compares keys with the {@link Token#norm() norms} of a token list, token by token:
 *
 * <ul>
 *   <li>A key never matches part of a token: {@code الصين} does not match in {@code الصينية}.
 *   <li>Input whose proclitics were split off ({@code و + أفغانستان}, {@code ب + الصين}, as
 *       {@link Tokenizer#standard()} produces) matches at the word after the proclitic.
 *   <li>A key word that itself begins with proclitic-like letters ({@code والهرسك} in {@code
 *       البوسنة والهرسك}) also matches when the tokenizer split it ({@code و + الهرسك}): a run of
 *       {@link TokenKind#PROCLITIC} tokens is tried both on its own and joined to the word it is
 *       attached to.
 * </ul>
 *
 * <p>Matching takes time linear in the number of tokens: at most {@link #maxKeyLength()} tokens
 * are examined from each start index. No state is kept between calls.
 *
 * <p>Instances are immutable and thread-safe; build one with {@link #builder()} or {@link
 * #of(Collection, Function)} and share it. The payloads are shared as given, so they should be
 * immutable too.
 *
 * @param <V> the payload type
 */
public final class Gazetteer<V> {
  private static final Tokenizer KEY_TOKENIZER = Tokenizer.withoutProcliticSplitting();
  private static final Normalizer NORMALIZER = Normalizer.standard();

  private final Node<V> root;
  private final int size;
  private final int maxKeyLength;

  private Gazetteer(Node<V> root, int size, int maxKeyLength) {
    this.root = root;
    this.size = size;
    this.maxKeyLength = maxKeyLength;
  }

  /** Returns a new, empty builder. Builders are not thread-safe. */
  public static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /**
   * Returns a gazetteer of {@code entries}, each stored under the key of its phrase.
   *
   * @param entries the payloads
   * @param phrase gives the text of each payload's key, see {@link #keyOf(String)}
   * @throws NullPointerException if an argument, an entry or a phrase is null
   * @throws IllegalArgumentException if a phrase has no tokens
   */
  public static <V> Gazetteer<V> of(
      Collection<? extends V> entries, Function<? super V, String> phrase) {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(phrase, "phrase");
    Builder<V> builder = builder();
    for (V entry : entries) {
      builder.add(phrase.apply(Objects.requireNonNull(entry, "entry")), entry);
    }
    return builder.build();
  }

  /**
   * Returns the key of {@code phrase}: the norms of its tokens, proclitics not split.
   *
   * @param phrase an entry's text, e.g. {@code الولايات المتحدة}
   * @return the key, e.g. {@code [الولايات, المتحده]}; unmodifiable, never empty
   * @throws NullPointerException if {@code phrase} is null
   * @throws IllegalArgumentException if {@code phrase} has no tokens
   */
  public static List<String> keyOf(String phrase) {
    Objects.requireNonNull(phrase, "phrase");
    List<Token> tokens = KEY_TOKENIZER.tokenize(phrase);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("no tokens in phrase '" + phrase + "'");
    }
    List<String> key = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      key.add(token.norm());
    }
    return List.copyOf(key);
  }

  /** Returns the number of distinct keys. */
  public int size() {
    return size;
  }

  /** Returns the length in tokens of the longest key; 0 if the gazetteer is empty. */
  public int maxKeyLength() {
    return maxKeyLength;
  }

  /**
   * Returns the payloads stored under exactly {@code key}.
   *
   * @param key token norms; each is normalised again, so unnormalised words work too
   * @return the payloads in insertion order; empty if the key is absent
   * @throws NullPointerException if {@code key} is null or holds null
   */
  public List<V> get(List<String> key) {
    Objects.requireNonNull(key, "key");
    Node<V> node = root;
    for (String word : key) {
      node = node.children.get(NORMALIZER.normalizeToString(Objects.requireNonNull(word, "word")));
      if (node == null) {
        return List.of();
      }
    }
    return node.values;
  }

  /**
   * Returns the payloads stored under the key of {@code phrase}.
   *
   * @return the payloads in insertion order; empty if the key is absent or the phrase has no
   *     tokens
   * @throws NullPointerException if {@code phrase} is null
   */
  public List<V> get(String phrase) {
    List<Token> tokens = KEY_TOKENIZER.tokenize(Objects.requireNonNull(phrase, "phrase"));
    if (tokens.isEmpty()) {
      return List.of();
    }
    List<String> key = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      key.add(token.norm());
    }
    return get(key);
  }

  /**
   * Returns the longest key matching at token {@code start}.
   *
   * @param tokens the tokens to match, as from {@link Tokenizer#tokenize(String)}
   * @param start the index of the first token of the match
   * @return the longest match starting exactly at {@code start}, or empty
   * @throws NullPointerException if {@code tokens} is null
   * @throws IndexOutOfBoundsException unless {@code 0 <= start <= tokens.size()}
   */
  public Optional<GazetteerMatch<V>> longestAt(List<Token> tokens, int start) {
    Objects.requireNonNull(tokens, "tokens");
    Objects.checkIndex(start, tokens.size() + 1);
    Longest<V> longest = new Longest<>();
    walk(tokens, start, start, root, longest);
    return longest.node == null
        ? Optional.empty()
        : Optional.of(new GazetteerMatch<>(start, longest.end, longest.node.values));
  }

  /**
   * Returns, for every token index where some key matches, the longest key matching there.
   * Matches may overlap: {@code الولايات المتحدة الأمريكية} and the shorter {@code المتحدة …}
   * key at the next index are both reported.
   *
   * @param tokens the tokens to match
   * @return the matches ordered by start index; unmodifiable, empty if none
   * @throws NullPointerException if {@code tokens} is null
   */
  public List<GazetteerMatch<V>> longestMatches(List<Token> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    List<GazetteerMatch<V>> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Longest<V> longest = new Longest<>();
      walk(tokens, i, i, root, longest);
      if (longest.node != null) {
        out.add(new GazetteerMatch<>(i, longest.end, longest.node.values));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the leftmost-longest matches that do not overlap: scanning left to right, the
   * longest match at the first index with a match, then again after its end.
   *
   * @param tokens the tokens to match
   * @return the matches in document order; unmodifiable, empty if none
   * @throws NullPointerException if {@code tokens} is null
   */
  public List<GazetteerMatch<V>> nonOverlappingMatches(List<Token> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    List<GazetteerMatch<V>> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Longest<V> longest = new Longest<>();
      walk(tokens, i, i, root, longest);
      if (longest.node != null) {
        out.add(new GazetteerMatch<>(i, longest.end, longest.node.values));
        i = longest.end;
      } else {
        i++;
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns every match of every key, overlapping and nested ones included.
   *
   * @param tokens the tokens to match
   * @return the matches ordered by start index, then by end index descending (outer first);
   *     unmodifiable, empty if none
   * @throws NullPointerException if {@code tokens} is null
   */
  public List<GazetteerMatch<V>> allMatches(List<Token> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    List<GazetteerMatch<V>> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      All<V> all = new All<>();
      walk(tokens, i, i, root, all);
      for (int k = all.ends.size() - 1; k >= 0; k--) {
        out.add(new GazetteerMatch<>(i, all.ends.get(k), all.values.get(k)));
      }
    }
    return List.copyOf(out);
  }

  /** Follows the trie from {@code node}, which was reached by consuming tokens [start, pos). */
  private void walk(List<Token> tokens, int start, int pos, Node<V> node, Sink<V> sink) {
    if (pos > start && !node.values.isEmpty()) {
      sink.accept(pos, node);
    }
    if (pos >= tokens.size() || node.children.isEmpty()) {
      return;
    }
    Token token = tokens.get(pos);
    Node<V> next = node.children.get(token.norm());
    if (next != null) {
      walk(tokens, start, pos + 1, next, sink);
    }
    if (token.kind() == TokenKind.PROCLITIC) {
      // The tokenizer may have split a word that a key holds whole: try the rejoined word.
      int k = pos;
      while (k + 1 < tokens.size() && tokens.get(k).kind() == TokenKind.PROCLITIC
          && tokens.get(k).end() == tokens.get(k + 1).start()) {
        k++;
      }
      if (k > pos && tokens.get(k).kind() != TokenKind.PROCLITIC) {
        StringBuilder word = new StringBuilder();
        for (int j = pos; j <= k; j++) {
          word.append(tokens.get(j).text());
        }
        Node<V> joined = node.children.get(NORMALIZER.normalizeToString(word));
        if (joined != null) {
          walk(tokens, start, k + 1, joined, sink);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "Gazetteer[" + size + " keys, longest " + maxKeyLength + " tokens]";
  }

  /** Receives the ends of the keys matched from one start index. */
  private interface Sink<V> {
    void accept(int end, Node<V> node);
  }

  private static final class Longest<V> implements Sink<V> {
    int end;
    Node<V> node;

    @Override
    public void accept(int end, Node<V> node) {
      if (end > this.end) {
        this.end = end;
        this.node = node;
      }
    }
  }

  private static final class All<V> implements Sink<V> {
    final List<Integer> ends = new ArrayList<>();
    final List<List<V>> values = new ArrayList<>();

    @Override
    public void accept(int end, Node<V> node) {
      // Ends arrive in no particular order, and two keys may end at one token: merge them.
      int k = 0;
      while (k < ends.size() && ends.get(k) < end) {
        k++;
      }
      if (k < ends.size() && ends.get(k) == end) {
        LinkedHashSet<V> merged = new LinkedHashSet<>(values.get(k));
        merged.addAll(node.values);
        values.set(k, List.copyOf(merged));
      } else {
        ends.add(k, end);
        values.add(k, node.values);
      }
    }
  }

  /** An immutable trie node; children are keyed by token norm. */
  private static final class Node<V> {
    final Map<String, Node<V>> children;
    final List<V> values;

    Node(Map<String, Node<V>> children, List<V> values) {
      this.children = children;
      this.values = values;
    }
  }

  /**
   * Collects keys and payloads for a {@link Gazetteer}. Adding the same payload (by {@code
   * equals}) twice under one key stores it once. Not thread-safe; {@link #build()} may be called
   * more than once, and later additions do not affect gazetteers already built.
   *
   * @param <V> the payload type
   */
  public static final class Builder<V> {
    private final Draft<V> root = new Draft<>();

    private Builder() {}

    /**
     * Adds {@code value} under {@code key}.
     *
     * @param key token norms, each normalised again here; see {@link Gazetteer#keyOf(String)}
     * @return this builder
     * @throws NullPointerException if {@code key}, a word of it, or {@code value} is null
     * @throws IllegalArgumentException if {@code key} is empty or a word is empty or holds
     *     whitespace (it could never equal a token)
     */
    public Builder<V> add(List<String> key, V value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      if (key.isEmpty()) {
        throw new IllegalArgumentException("empty key");
      }
      Draft<V> node = root;
      for (String word : key) {
        String norm = NORMALIZER.normalizeToString(Objects.requireNonNull(word, "word"));
        if (norm.isEmpty() || norm.chars().anyMatch(Character::isWhitespace)) {
          throw new IllegalArgumentException("bad key word '" + word + "' in " + key);
        }
        node = node.children.computeIfAbsent(norm, w -> new Draft<>());
      }
      if (!node.values.contains(value)) {
        node.values.add(value);
      }
      return this;
    }

    /**
     * Adds {@code value} under the key of {@code phrase} ({@link Gazetteer#keyOf(String)}).
     *
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code phrase} has no tokens
     */
    public Builder<V> add(String phrase, V value) {
      return add(keyOf(phrase), value);
    }

    /** Returns an immutable gazetteer of everything added so far. */
    public Gazetteer<V> build() {
      int[] stats = new int[2]; // keys, longest key
      Node<V> frozen = freeze(root, 0, stats);
      return new Gazetteer<>(frozen, stats[0], stats[1]);
    }

    private static <V> Node<V> freeze(Draft<V> draft, int depth, int[] stats) {
      if (!draft.values.isEmpty()) {
        stats[0]++;
        stats[1] = Math.max(stats[1], depth);
      }
      Map<String, Node<V>> children = new HashMap<>(draft.children.size() * 2);
      draft.children.forEach((word, child) -> children.put(word, freeze(child, depth + 1, stats)));
      return new Node<>(
          children.isEmpty() ? Map.of() : Map.copyOf(children), List.copyOf(draft.values));
    }
  }

  /** A mutable trie node of a builder. */
  private static final class Draft<V> {
    final Map<String, Draft<V>> children = new HashMap<>();
    final List<V> values = new ArrayList<>(1);
  }
}
