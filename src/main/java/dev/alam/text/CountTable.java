package dev.alam.text;

import java.util.Map;

/**
 * An immutable open-addressing hash table from strings to counts that can be probed with a
 * range of a {@code char[]} or a {@link CharSequence}, so that looking up a part of a word
 * allocates nothing. Hashes agree with {@link String#hashCode()}.
 *
 * <p>Immutable and thread-safe once built.
 */
final class CountTable {
  private final String[] keys;
  private final int[] hashes;
  private final int[] counts;
  private final int mask;
  private final int size;

  CountTable(Map<String, Integer> entries) {
    this(builderOf(entries));
  }

  private CountTable(Builder b) {
    keys = b.keys;
    hashes = b.hashes;
    counts = b.counts;
    mask = keys.length - 1;
    size = b.size;
  }

  private static Builder builderOf(Map<String, Integer> entries) {
    Builder b = new Builder(entries.size());
    entries.forEach(b::add);
    return b;
  }

  int size() {
    return size;
  }

  /** Returns the count of {@code key}, 0 if absent. */
  int get(CharSequence key) {
    if (key instanceof String s) {
      return get(s); // a token's norm is looked up many times: use its cached hash
    }
    int h = 0;
    for (int i = 0; i < key.length(); i++) {
      h = 31 * h + key.charAt(i);
    }
    for (int slot = mix(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == h && keys[slot].contentEquals(key)) {
        return counts[slot];
      }
    }
    return 0;
  }

  private int get(String key) {
    int h = key.hashCode();
    for (int slot = mix(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == h && keys[slot].equals(key)) {
        return counts[slot];
      }
    }
    return 0;
  }

  /** Returns the count of the string {@code chars[from, to)}, 0 if absent. */
  int get(char[] chars, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + chars[i];
    }
    int length = to - from;
    for (int slot = mix(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == h && equals(keys[slot], chars, from, length)) {
        return counts[slot];
      }
    }
    return 0;
  }

  /** Calls {@code action} for every entry, in no particular order. */
  void forEach(Entry action) {
    for (int slot = 0; slot < keys.length; slot++) {
      if (keys[slot] != null) {
        action.accept(keys[slot], counts[slot]);
      }
    }
  }

  /** Receives the entries of {@link #forEach(Entry)}. */
  interface Entry {
    void accept(String key, int count);
  }

  private static boolean equals(String key, char[] chars, int from, int length) {
    if (key.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (key.charAt(i) != chars[from + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Collects the entries of a {@link CountTable} without boxing, keeping at most half its slots
   * full; the table it builds takes over its arrays. Not thread-safe; use it once.
   */
  static final class Builder {
    private String[] keys;
    private int[] hashes;
    private int[] counts;
    private int size;

    /** Creates a builder with room for about {@code expected} entries before it grows. */
    Builder(int expected) {
      int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
      keys = new String[capacity];
      hashes = new int[capacity];
      counts = new int[capacity];
    }

    /** Adds {@code key} with {@code count}; returns false, changing nothing, if it is there. */
    boolean add(String key, int count) {
      int h = key.hashCode();
      int slot = slotOf(key, 0, key.length(), h);
      if (keys[slot] != null) {
        return false;
      }
      put(slot, key, h, count);
      return true;
    }

    /** Adds {@code count} to the entry of {@code key.substring(from, to)}, made if absent. */
    void merge(String key, int from, int to, int count) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + key.charAt(i);
      }
      int slot = slotOf(key, from, to, h);
      if (keys[slot] != null) {
        counts[slot] += count;
      } else {
        put(slot, key.substring(from, to), h, count);
      }
    }

    /** Returns the table; the builder must not be used afterwards. */
    CountTable build() {
      return new CountTable(this);
    }

    /** The slot holding {@code key[from, to)}, or the empty slot where it belongs. */
    private int slotOf(String key, int from, int to, int h) {
      int mask = keys.length - 1;
      int slot = mix(h) & mask;
      while (keys[slot] != null
          && !(hashes[slot] == h && keys[slot].length() == to - from
              && keys[slot].regionMatches(0, key, from, to - from))) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void put(int slot, String key, int h, int count) {
      keys[slot] = key;
      hashes[slot] = h;
      counts[slot] = count;
      if (++size * 2 > keys.length) {
        grow();
      }
    }

    private void grow() {
      String[] oldKeys = keys;
      int[] oldHashes = hashes;
      int[] oldCounts = counts;
      keys = new String[oldKeys.length * 2];
      hashes = new int[keys.length];
      counts = new int[keys.length];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != null) {
          int slot = mix(oldHashes[i]) & mask;
          while (keys[slot] != null) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = oldKeys[i];
          hashes[slot] = oldHashes[i];
          counts[slot] = oldCounts[i];
        }
      }
    }
  }

  /** Spreads the bits of a string hash, whose low bits are weak for short Arabic keys. */
  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
