package dev.alam.text;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Tells whether a word is a correctly spelt word of a Hunspell dictionary: the word itself, or
 * a dictionary stem with one prefix, one or two suffixes, or a prefix and suffixes, as the
 * dictionary's affix rules allow. The statistical name finder asks it about every Arabic word:
 * a word the Arabic dictionary does not know is most often a foreign name written in Arabic
 * letters ({@code فولكسفاغن}, {@code كاسياس}), or a misspelling.
 *
 * <p>The bundled dictionary ({@link #standard()}) is Ayaspell 3.2 (Mohamed Kebdani, under MPL
 * 1.1, one of its three licences), as Debian's {@code hunspell-ar} ships it, with what only
 * suggestion and morphology use left out ({@code models/lexicon/README.md} says how it was
 * derived).
 *
 * <p>This is the part of Hunspell such a dictionary uses, not all of it: {@code FLAG long},
 * flag aliases ({@code AF}), {@code IGNORE}, input conversion ({@code ICONV}), prefixes and
 * suffixes with conditions, cross products, and suffixes that allow further affixes
 * (continuation classes). Compounding, {@code NEEDAFFIX}, {@code FORBIDDENWORD}, case and the
 * other options are refused when reading, so a dictionary that needs them is not silently read
 * wrong. Words are kept as 64-bit hashes, not strings (about 3 MB for the bundled dictionary's
 * 170,000 words): a word that is not in the dictionary is taken for one with a probability of
 * about 2<sup>-64</sup> per lookup.
 *
 * <p>Immutable and thread-safe.
 */
public final class SpellingDictionary {
  static final String AFF_RESOURCE = "/dev/alam/models/lexicon/ayaspell-ar.aff.gz";
  static final String DIC_RESOURCE = "/dev/alam/models/lexicon/ayaspell-ar.dic.gz";
  private static final int[] NO_FLAGS = new int[0];
  private static volatile SpellingDictionary standard;

  /** One prefix or suffix rule. */
  private record Affix(int flag, boolean cross, String strip, String append, int[] cont,
      Condition condition) {
    boolean continuesWith(int f) {
      return Arrays.binarySearch(cont, f) >= 0;
    }
  }

  /** An affix condition: one element per character, each a set, its complement, or any. */
  private record Condition(char[][] sets, boolean[] negated) {
    static final Condition ANY = new Condition(new char[0][], new boolean[0]);

    static Condition parse(String text) {
      if (text.equals(".")) {
        return ANY;
      }
      List<char[]> sets = new ArrayList<>();
      List<Boolean> negated = new ArrayList<>();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '[') {
          int close = text.indexOf(']', i);
          if (close < 0) {
            throw new IllegalArgumentException("unclosed [ in condition '" + text + "'");
          }
          boolean not = close > i + 1 && text.charAt(i + 1) == '^';
          sets.add(text.substring(not ? i + 2 : i + 1, close).toCharArray());
          negated.add(not);
          i = close;
        } else if (c == '.') {
          sets.add(null);
          negated.add(false);
        } else {
          sets.add(new char[] {c});
          negated.add(false);
        }
      }
      boolean[] n = new boolean[negated.size()];
      for (int i = 0; i < n.length; i++) {
        n[i] = negated.get(i);
      }
      return new Condition(sets.toArray(new char[0][]), n);
    }

    /** True if the condition matches {@code word} starting at {@code at}. */
    boolean matchesAt(String word, int at) {
      if (at < 0 || at + sets.length > word.length()) {
        return false;
      }
      for (int k = 0; k < sets.length; k++) {
        char[] set = sets[k];
        if (set == null) {
          continue;
        }
        char c = word.charAt(at + k);
        boolean in = false;
        for (char s : set) {
          if (s == c) {
            in = true;
            break;
          }
        }
        if (in == negated[k]) {
          return false;
        }
      }
      return true;
    }

    int length() {
      return sets.length;
    }
  }

  private final String ignore;
  private final String[][] conversions;
  /** Prefix and suffix rules by their affix text (after {@code IGNORE}). */
  private final Map<String, Affix[]> prefixes;
  private final Map<String, Affix[]> suffixes;
  private final int longestPrefix;
  private final int longestSuffix;
  /** Flags that some rule's continuation class holds: only those suffixes can be outer ones. */
  private final boolean[] continuationFlags;
  /** The flag sets of each listed word's entries (homonyms), by index. */
  private final int[][][] entries;
  /** Open addressing: word hashes and the index of their entries; 0 is never a hash. */
  private final long[] keys;
  private final int[] values;
  private final int size;

  private SpellingDictionary(Parsed p) {
    this.ignore = p.ignore;
    this.conversions = p.conversions.toArray(new String[0][]);
    this.prefixes = group(p.prefixRules);
    this.suffixes = group(p.suffixRules);
    this.longestPrefix = longest(p.prefixRules);
    this.longestSuffix = longest(p.suffixRules);
    this.continuationFlags = new boolean[p.flagIds.size()];
    for (List<Affix> rules : List.of(p.prefixRules, p.suffixRules)) {
      for (Affix a : rules) {
        for (int f : a.cont()) {
          continuationFlags[f] = true;
        }
      }
    }
    this.entries = p.entryLists.toArray(new int[0][][]);
    this.keys = p.keys;
    this.values = p.values;
    this.size = p.size;
  }

  /**
   * Returns the bundled Arabic dictionary, loading it on first use.
   *
   * @throws IllegalStateException naming the resource if it is missing or malformed
   */
  public static SpellingDictionary standard() {
    SpellingDictionary d = standard;
    if (d == null) {
      synchronized (SpellingDictionary.class) {
        d = standard;
        if (d == null) {
          standard = d = loadResources();
        }
      }
    }
    return d;
  }

  private static SpellingDictionary loadResources() {
    try (InputStream aff = SpellingDictionary.class.getResourceAsStream(AFF_RESOURCE);
        InputStream dic = SpellingDictionary.class.getResourceAsStream(DIC_RESOURCE)) {
      if (aff == null || dic == null) {
        throw new IllegalStateException("missing resource "
            + (aff == null ? AFF_RESOURCE : DIC_RESOURCE));
      }
      return read(new GZIPInputStream(aff, 1 << 16), AFF_RESOURCE,
          new GZIPInputStream(dic, 1 << 16), DIC_RESOURCE);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot load the spelling dictionary: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a Hunspell dictionary from its affix and word files (UTF-8, not compressed; wrap a
   * {@link GZIPInputStream} around compressed ones).
   *
   * @param affName what to call the affix stream in error messages
   * @param dicName what to call the word stream in error messages
   * @throws NullPointerException if an argument is null
   * @throws IOException naming the stream if it cannot be read, is not UTF-8 or not gzip where
   *     it was wrapped in a {@link GZIPInputStream}
   * @throws IllegalArgumentException naming the stream and line if a line is malformed, or the
   *     affix file uses an option this reader does not implement
   */
  public static SpellingDictionary read(InputStream aff, String affName, InputStream dic,
      String dicName) throws IOException {
    Objects.requireNonNull(aff, "aff");
    Objects.requireNonNull(affName, "affName");
    Objects.requireNonNull(dic, "dic");
    Objects.requireNonNull(dicName, "dicName");
    Parsed p = new Parsed();
    p.readAffixes(text(aff, affName).split("\r?\n"), affName);
    p.readWords(text(dic, dicName), dicName);
    return new SpellingDictionary(p);
  }

  private static String text(InputStream in, String name) throws IOException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
    } catch (ZipException | EOFException | CharacterCodingException e) {
      throw new IOException(name + ": not gzip-compressed UTF-8 (" + e + ")", e);
    }
  }

  /** The number of distinct words (stems and whole forms) in the dictionary. */
  public int size() {
    return size;
  }

  /**
   * True if {@code word} is correctly spelt: listed, or derived from a listed stem by the
   * affix rules. Characters the dictionary ignores (Arabic diacritics, tatweel for the bundled
   * one) are dropped first, and its input conversions applied (presentation forms of lam-alef).
   * No other normalisation: {@code القاهرة} is known, {@code القاهره} is not. The empty word is
   * not known; a word of ignored characters only is, as in Hunspell. Unlike Hunspell, numbers
   * are not known words.
   *
   * @throws NullPointerException if {@code word} is null
   */
  public boolean accepts(CharSequence word) {
    String w = prepare(Objects.requireNonNull(word, "word"));
    if (w.isEmpty()) {
      return word.length() > 0; // only ignored characters: Hunspell takes it as spelt right
    }
    return entriesOf(w) != null || suffixed(w, null, -1) || twiceSuffixed(w, null)
        || prefixed(w);
  }

  private String prepare(CharSequence word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (ignore.indexOf(c) < 0) {
        b.append(c);
      }
    }
    String w = b.toString();
    for (String[] c : conversions) {
      if (w.contains(c[0])) {
        w = w.replace(c[0], c[1]);
      }
    }
    return w;
  }

  /**
   * A stem with one suffix. With {@code prefix}, the suffix must allow the cross product and
   * the stem take the prefix (or the suffix allow it); with {@code outer} ≥ 0, the suffix must
   * allow the outer suffix's flag after it.
   */
  private boolean suffixed(String w, Affix prefix, int outer) {
    for (int k = Math.min(longestSuffix, w.length() - 1); k >= 0; k--) {
      Affix[] rules = suffixes.get(w.substring(w.length() - k));
      if (rules == null) {
        continue;
      }
      for (Affix s : rules) {
        if ((outer >= 0 && !s.continuesWith(outer)) || (prefix != null && !s.cross())) {
          continue;
        }
        String stem = w.substring(0, w.length() - k) + s.strip();
        if (!s.condition().matchesAt(stem, stem.length() - s.condition().length())) {
          continue;
        }
        int[][] homonyms = entriesOf(stem);
        if (homonyms == null) {
          continue;
        }
        for (int[] flags : homonyms) {
          if (has(flags, s.flag()) && (prefix == null || has(flags, prefix.flag())
              || s.continuesWith(prefix.flag()))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A stem with two suffixes: the inner one allowing the outer one. */
  private boolean twiceSuffixed(String w, Affix prefix) {
    for (int k = Math.min(longestSuffix, w.length() - 1); k >= 0; k--) {
      Affix[] rules = suffixes.get(w.substring(w.length() - k));
      if (rules == null) {
        continue;
      }
      for (Affix s : rules) {
        if (!continuationFlags[s.flag()] || (prefix != null && !s.cross())) {
          continue;
        }
        String stem = w.substring(0, w.length() - k) + s.strip();
        if (!s.condition().matchesAt(stem, stem.length() - s.condition().length())) {
          continue;
        }
        boolean prefixAllowedByOuter = prefix != null && s.continuesWith(prefix.flag());
        if (suffixed(stem, prefixAllowedByOuter ? null : prefix, s.flag())) {
          return true;
        }
      }
    }
    return false;
  }

  /** A stem with a prefix, and with suffixes if the rules allow the cross product. */
  private boolean prefixed(String w) {
    for (int k = Math.min(longestPrefix, w.length() - 1); k >= 0; k--) {
      Affix[] rules = prefixes.get(w.substring(0, k));
      if (rules == null) {
        continue;
      }
      for (Affix p : rules) {
        String stem = p.strip() + w.substring(k);
        if (!p.condition().matchesAt(stem, 0)) {
          continue;
        }
        int[][] homonyms = entriesOf(stem);
        if (homonyms != null) {
          for (int[] flags : homonyms) {
            if (has(flags, p.flag())) {
              return true;
            }
          }
        }
        if (p.cross() && (suffixed(stem, p, -1) || twiceSuffixed(stem, p))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean has(int[] flags, int flag) {
    return Arrays.binarySearch(flags, flag) >= 0;
  }

  /** The flag sets of a listed word's entries, or null if it is not listed. */
  private int[][] entriesOf(String w) {
    long h = hash(w);
    int mask = keys.length - 1;
    for (int slot = (int) h & mask; keys[slot] != 0; slot = (slot + 1) & mask) {
      if (keys[slot] == h) {
        return entries[values[slot]];
      }
    }
    return null;
  }

  /** FNV-1a over the UTF-16 units, finished by a 64-bit mixer; never 0. */
  static long hash(String w) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < w.length(); i++) {
      h = (h ^ w.charAt(i)) * 0x100000001b3L;
    }
    return finish(h);
  }

  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  private static Map<String, Affix[]> group(List<Affix> rules) {
    Map<String, List<Affix>> byText = new HashMap<>();
    for (Affix a : rules) {
      byText.computeIfAbsent(a.append(), k -> new ArrayList<>()).add(a);
    }
    Map<String, Affix[]> out = new HashMap<>();
    byText.forEach((k, v) -> out.put(k, v.toArray(new Affix[0])));
    return out;
  }

  private static int longest(List<Affix> rules) {
    int n = 0;
    for (Affix a : rules) {
      n = Math.max(n, a.append().length());
    }
    return n;
  }

  /** What the two files say, while reading. */
  private static final class Parsed {
    String ignore = "";
    final List<String[]> conversions = new ArrayList<>();
    final List<String> aliases = new ArrayList<>();
    final Map<String, Integer> flagIds = new HashMap<>();
    final List<Affix> prefixRules = new ArrayList<>();
    final List<Affix> suffixRules = new ArrayList<>();
    final List<int[][]> entryLists = new ArrayList<>();
    final Map<List<int[]>, Integer> entryListIds = new HashMap<>();
    final Map<int[], Integer> single = new java.util.IdentityHashMap<>();
    long[] keys;
    int[] values;
    int size;

    void readAffixes(String[] lines, String name) {
      boolean longFlags = false;
      boolean aliasesDeclared = false;
      Map<String, Boolean> crossOf = new HashMap<>();
      for (int n = 0; n < lines.length; n++) {
        String line = lines[n].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\s+");
        String where = name + ":" + (n + 1) + ": ";
        switch (f[0]) {
          case "SET" -> {
            if (f.length < 2 || !f[1].equalsIgnoreCase("UTF-8")) {
              throw new IllegalArgumentException(where + "only SET UTF-8 is supported");
            }
          }
          case "FLAG" -> {
            if (f.length < 2 || !f[1].equals("long")) {
              throw new IllegalArgumentException(where + "only FLAG long is supported");
            }
            longFlags = true;
          }
          case "IGNORE" -> ignore = f.length > 1 ? f[1] : "";
          case "ICONV" -> {
            if (f.length == 3) {
              conversions.add(new String[] {f[1], f[2]});
            } else if (f.length != 2) {
              throw new IllegalArgumentException(where + "expected ICONV FROM TO");
            }
          }
          case "AF" -> {
            if (!aliasesDeclared) {
              aliasesDeclared = true; // the first AF line gives the number of aliases
            } else if (f.length >= 2) {
              aliases.add(f[1]);
            } else {
              throw new IllegalArgumentException(where + "expected AF FLAGS");
            }
          }
          case "PFX", "SFX" -> {
            if (!longFlags) {
              throw new IllegalArgumentException(where + "FLAG long must come before the rules");
            }
            boolean prefix = f[0].equals("PFX");
            if (f.length == 4 && crossOf.get(f[0] + f[1]) == null && (f[2].equals("Y")
                || f[2].equals("N"))) {
              crossOf.put(f[0] + f[1], f[2].equals("Y"));
              continue;
            }
            if (f.length < 4) {
              throw new IllegalArgumentException(where + "expected " + f[0]
                  + " FLAG STRIP AFFIX[/FLAGS] [CONDITION]");
            }
            Boolean cross = crossOf.get(f[0] + f[1]);
            if (cross == null) {
              throw new IllegalArgumentException(where + "rule before the header of " + f[1]);
            }
            String strip = f[2].equals("0") ? "" : drop(f[2]);
            String affix = f[3];
            int[] cont = NO_FLAGS;
            int slash = affix.indexOf('/');
            if (slash >= 0) {
              cont = flags(affix.substring(slash + 1), where);
              affix = affix.substring(0, slash);
            }
            affix = affix.equals("0") ? "" : drop(affix);
            Affix a = new Affix(flagId(f[1], where), cross, strip, affix, cont,
                f.length > 4 ? Condition.parse(f[4]) : Condition.ANY);
            (prefix ? prefixRules : suffixRules).add(a);
          }
          case "TRY", "KEY", "REP", "MAP", "AM", "WORDCHARS", "LANG", "NAME", "VERSION", "HOME",
              "DESCRIPTION" -> {
            // suggestion and morphology only
          }
          default -> throw new IllegalArgumentException(where + "unsupported option " + f[0]);
        }
      }
      if (!longFlags) {
        throw new IllegalArgumentException(name + ": no FLAG long");
      }
    }

    void readWords(String text, String name) {
      int lines = 0;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        lines++;
      }
      int capacity = Integer.highestOneBit(Math.max(16, lines + lines / 2)) * 2;
      keys = new long[capacity];
      values = new int[capacity];
      Map<String, int[]> flagsByText = new HashMap<>();
      boolean[] ignored = new boolean[Character.MAX_VALUE + 1];
      for (int k = 0; k < ignore.length(); k++) {
        ignored[ignore.charAt(k)] = true;
      }
      int number = 1;
      int at = text.indexOf('\n') + 1; // the first line is the word count
      while (at > 0 && at < text.length()) {
        number++;
        int eol = text.indexOf('\n', at);
        if (eol < 0) {
          eol = text.length();
        }
        // word[/flags][ morphology]: the word's hash skips the ignored characters
        long h = 0xcbf29ce484222325L;
        int chars = 0;
        int i = at;
        for (; i < eol; i++) {
          char c = text.charAt(i);
          if (c == '/' || c == ' ' || c == '\t' || c == '\r') {
            break;
          }
          if (!ignored[c]) {
            h = (h ^ c) * 0x100000001b3L;
            chars++;
          }
        }
        int[] flags = NO_FLAGS;
        if (i < eol && text.charAt(i) == '/') {
          int e = i + 1;
          while (e < eol && " \t\r".indexOf(text.charAt(e)) < 0) {
            e++;
          }
          String where = name + ":" + number + ": ";
          flags = flagsByText.computeIfAbsent(text.substring(i + 1, e), t -> flags(t, where));
        }
        if (chars > 0) {
          put(finish(h), flags);
        }
        at = eol + 1;
      }
      if (size == 0) {
        throw new IllegalArgumentException(name + ": the dictionary holds no words");
      }
    }

    private void put(long h, int[] flags) {
      int mask = keys.length - 1;
      int slot = (int) h & mask;
      while (keys[slot] != 0 && keys[slot] != h) {
        slot = (slot + 1) & mask;
      }
      if (keys[slot] == 0) {
        keys[slot] = h;
        values[slot] = single.computeIfAbsent(flags, f -> entryListId(new int[][] {f}));
        size++;
        return;
      }
      int[][] old = entries(values[slot]);
      for (int[] o : old) {
        if (o == flags) {
          return; // the same flags twice
        }
      }
      int[][] more = Arrays.copyOf(old, old.length + 1);
      more[old.length] = flags;
      values[slot] = entryListId(more);
    }

    private int[][] entries(int id) {
      return entryLists.get(id);
    }

    /**
     * One shared array per distinct list of entries: most words have one of a few hundred. Flag
     * arrays are shared per flag text, so a list is keyed by the identity of its arrays.
     */
    private int entryListId(int[][] list) {
      return entryListIds.computeIfAbsent(Arrays.asList(list), k -> {
        entryLists.add(list);
        return entryLists.size() - 1;
      });
    }

    /** Flags written as an alias number, or as two-character flags. */
    private int[] flags(String text, String where) {
      String chars = text;
      if (!aliases.isEmpty() && !text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
        int alias = Integer.parseInt(text);
        if (alias < 1 || alias > aliases.size()) {
          throw new IllegalArgumentException(where + "no flag alias " + text);
        }
        chars = aliases.get(alias - 1);
      }
      if (chars.length() % 2 != 0) {
        throw new IllegalArgumentException(where + "odd number of characters in long flags '"
            + chars + "'");
      }
      int[] out = new int[chars.length() / 2];
      for (int i = 0; i < out.length; i++) {
        out[i] = flagId(chars.substring(2 * i, 2 * i + 2), where);
      }
      Arrays.sort(out);
      return out;
    }

    private int flagId(String flag, String where) {
      if (flag.length() != 2) {
        throw new IllegalArgumentException(where + "not a long flag: '" + flag + "'");
      }
      return flagIds.computeIfAbsent(flag, k -> flagIds.size());
    }

    private String drop(String s) {
      if (ignore.isEmpty()) {
        return s;
      }
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        if (ignore.indexOf(s.charAt(i)) < 0) {
          b.append(s.charAt(i));
        }
      }
      return b.toString();
    }
  }
}
