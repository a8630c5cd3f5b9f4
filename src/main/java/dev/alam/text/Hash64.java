package dev.alam.text;

/**
 * The 64-bit string hash Alam's tables key on: FNV-1a over the UTF-16 units, finished by
 * MurmurHash3's 64-bit mixer, and never 0 (tables use 0 for an empty slot). The model's feature
 * table and the spelling dictionary use it; the compiled dictionary file stores these hashes, so
 * the function must not change without rebuilding that file. For use inside the library;
 * stateless.
 */
public final class Hash64 {
  /** The starting value, before any unit. */
  public static final long START = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private Hash64() {}

  /** The running hash {@code h} with the unit {@code c} added. */
  public static long add(long h, char c) {
    return (h ^ c) * PRIME;
  }

  /** The running hash {@code h} with the units of {@code s} added. */
  public static long add(long h, CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      h = add(h, s.charAt(i));
    }
    return h;
  }

  /** The final hash of a running hash; never 0. */
  public static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /** The hash of {@code s}. */
  public static long of(CharSequence s) {
    return finish(add(START, s));
  }

  /** The hash of the string of {@code chars[0, n)}. */
  public static long of(char[] chars, int n) {
    long h = START;
    for (int i = 0; i < n; i++) {
      h = add(h, chars[i]);
    }
    return finish(h);
  }
}
