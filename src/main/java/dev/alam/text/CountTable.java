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
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
    keys = new String[capacity];
    hashes = new int[capacity];
    counts = new int[capacity];
    mask = capacity - 1;
    int n = 0;
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      String key = e.getKey();
      int h = key.hashCode();
      int slot = mix(h) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      hashes[slot] = h;
      counts[slot] = e.getValue();
      n++;
    }
    size = n;
  }

  int size() {
    return size;
  }

  /** Returns the count of {@code key}, 0 if absent. */
  int get(CharSequence key) {
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

  /** Spreads the bits of a string hash, whose low bits are weak for short Arabic keys. */
  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
