package dev.alam.text;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * suggestion and morphology use left out ({@code models/README.md} says how it was derived); it
 * is read in its compiled form ({@link #writeCompiled}).
 *
 * <p>This is the part of Hunspell such a dictionary uses, not all of it: {@code FLAG long},
 * flag aliases ({@code AF}), {@code IGNORE}, input conversion ({@code ICONV}), prefixes and
 * suffixes with conditions, cross products, and continuation classes (a suffix allowing a
 * further suffix or the prefix, a prefix allowing the suffix). Compounding, {@code NEEDAFFIX},
 * {@code FORBIDDENWORD} and the other options are refused when reading, so a dictionary that
 * needs them is not silently read wrong. Not done either, as no option asks for it: Hunspell's
 * handling of capitals ({@code Do} for {@code do}), of words broken at hyphens, of numbers and of
 * a final full stop. Words are kept as 64-bit hashes, not strings (3 MB for the bundled
 * dictionary's 108,389 words): a lookup of a word that is not in the dictionary finds one with a
 * probability of about 2<sup>-47</sup> (the number of words over 2<sup>64</sup>), and a check
 * makes a few dozen lookups at most.
 *
 * <p>Immutable and thread-safe.
 */
public final class SpellingDictionary {
  static final String AFF_RESOURCE = "/dev/alam/models/lexicon/ayaspell-ar.aff.gz";
  static final String DIC_RESOURCE = "/dev/alam/models/lexicon/ayaspell-ar.dic.gz";
  /** The word file compiled by {@link #writeCompiled}: what {@link #standard()} reads. */
  static final String WORDS_RESOURCE = "/dev/alam/models/lexicon/ayaspell-ar.words.bin";
  private static final long WORDS_MAGIC = 0x414c414d_53504c32L; // "ALAMSPL2"
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
  private record Condition(String text, char[][] sets, boolean[] negated) {
    static final Condition ANY = new Condition(".", new char[0][], new boolean[0]);

    static Condition parse(String text, String where) {
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
            throw new IllegalArgumentException(where + "unclosed [ in condition '" + text + "'");
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
      return new Condition(text, sets.toArray(new char[0][]), n);
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
  private final Affix[] prefixRules;
  private final Affix[] suffixRules;
  private final int longestPrefix;
  private final int longestSuffix;
  /** Flags that some rule's continuation class holds: only those suffixes can be outer ones. */
  private final boolean[] continuationFlags;
  /** The flag sets of each listed word's entries (homonyms), by index. */
  private final int[][][] entries;
  /** Flag names by id. */
  private final String[] flagNames;
  /** Open addressing: word hashes and the index of their entries; 0 is never a hash. */
  private final long[] keys;
  private final int[] values;
  private final int size;

  private SpellingDictionary(Parsed p) {
    this.ignore = p.ignore;
    this.conversions = p.conversions.toArray(new String[0][]);
    this.prefixRules = p.prefixRules.toArray(new Affix[0]);
    this.suffixRules = p.suffixRules.toArray(new Affix[0]);
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
    this.flagNames = new String[p.flagIds.size()];
    p.flagIds.forEach((name, id) -> flagNames[id] = name);
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
    try (InputStream compiled = SpellingDictionary.class.getResourceAsStream(WORDS_RESOURCE)) {
      if (compiled == null) {
        throw new IllegalStateException("missing resource " + WORDS_RESOURCE);
      }
      return readCompiled(compiled, WORDS_RESOURCE);
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
    p.readAffixes(text(aff, affName).lines().toArray(String[]::new), affName);
    p.readWords(text(dic, dicName), dicName);
    return new SpellingDictionary(p);
  }

  /**
   * Reads a dictionary that {@link #writeCompiled} wrote.
   *
   * @param name what to call the stream in error messages
   * @throws NullPointerException if an argument is null
   * @throws IOException naming the stream if it cannot be read
   * @throws IllegalArgumentException naming the stream if it is not a compiled dictionary, or is
   *     truncated or malformed
   */
  public static SpellingDictionary readCompiled(InputStream in, String name) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Parsed p = new Parsed();
    p.readCompiledWords(in.readAllBytes(), name);
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

  /**
   * Writes the dictionary in the compact binary form {@link #standard()} reads, which loads in
   * tens of milliseconds where the text of the bundled files takes several hundred: the ignored
   * characters, input conversions, flag names and affix rules, then the 64-bit word hashes in
   * ascending order with each word's entries (lists of flag sets), all big-endian. The bundled
   * {@code ayaspell-ar.words.bin} is this of the bundled {@code ayaspell-ar.aff.gz} and {@code
   * ayaspell-ar.dic.gz}; {@code SpellingDictionaryTest} checks that it is.
   *
   * @throws NullPointerException if {@code out} is null
   * @throws IllegalArgumentException if the dictionary has more than 65,535 flags, or a string,
   *     flag set or word with more than 65,535 items, which the compiled form cannot hold
   */
  public void writeCompiled(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(
        Objects.requireNonNull(out, "out"), 1 << 16));
    long[] sorted = new long[size];
    int n = 0;
    for (long k : keys) {
      if (k != 0) {
        sorted[n++] = k;
      }
    }
    Arrays.sort(sorted);
    data.writeLong(WORDS_MAGIC);
    writeString(data, ignore);
    data.writeInt(conversions.length);
    for (String[] c : conversions) {
      writeString(data, c[0]);
      writeString(data, c[1]);
    }
    data.writeInt(checkShort(flagNames.length, "the number of flags"));
    for (String f : flagNames) {
      data.writeChar(f.charAt(0));
      data.writeChar(f.charAt(1));
    }
    data.writeInt(prefixRules.length + suffixRules.length);
    for (Affix[] rules : new Affix[][] {prefixRules, suffixRules}) {
      for (Affix a : rules) {
        data.writeBoolean(rules == prefixRules);
        data.writeShort(checkShort(a.flag(), "a flag number"));
        data.writeBoolean(a.cross());
        writeString(data, a.strip());
        writeString(data, a.append());
        data.writeShort(checkShort(a.cont().length, "a continuation class"));
        for (int f : a.cont()) {
          data.writeShort(f);
        }
        writeString(data, a.condition().text());
      }
    }
    // the distinct flag sets once, then each entry list as set numbers
    Map<List<Integer>, Integer> setIds = new HashMap<>();
    List<int[]> sets = new ArrayList<>();
    int[][] listSets = new int[entries.length][];
    for (int l = 0; l < entries.length; l++) {
      listSets[l] = new int[entries[l].length];
      for (int e = 0; e < entries[l].length; e++) {
        int[] flags = entries[l][e];
        listSets[l][e] = setIds.computeIfAbsent(Arrays.stream(flags).boxed().toList(), k -> {
          sets.add(flags);
          return sets.size() - 1;
        });
      }
    }
    data.writeInt(sets.size());
    for (int[] flags : sets) {
      data.writeShort(checkShort(flags.length, "a flag set"));
      for (int f : flags) {
        data.writeShort(f); // below flagNames.length, checked above
      }
    }
    data.writeInt(entries.length);
    for (int[] list : listSets) {
      data.writeShort(checkShort(list.length, "a word's entries"));
      for (int set : list) {
        data.writeInt(set);
      }
    }
    data.writeInt(size);
    for (long k : sorted) {
      data.writeLong(k);
    }
    for (long k : sorted) {
      data.writeInt(slotValue(k));
    }
    data.flush();
  }

  private static void writeString(DataOutputStream data, String s) throws IOException {
    data.writeShort(checkShort(s.length(), "a string"));
    data.writeChars(s);
  }

  /** A value written in 16 bits; the compiled form cannot hold more. */
  private static int checkShort(int n, String what) {
    if (n > 0xFFFF) {
      throw new IllegalArgumentException(what + " too large for the compiled form: " + n);
    }
    return n;
  }

  private static String readString(ByteBuffer in, String name) {
    int n = in.getShort() & 0xFFFF;
    if (2L * n > in.remaining()) {
      throw new IllegalArgumentException(name + ": truncated");
    }
    char[] c = new char[n];
    in.asCharBuffer().get(c);
    in.position(in.position() + 2 * n);
    return new String(c);
  }

  private int slotValue(long h) {
    int mask = keys.length - 1;
    int slot = (int) h & mask;
    while (keys[slot] != h) {
      slot = (slot + 1) & mask;
    }
    return values[slot];
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

  /**
   * The input conversions, then the ignored characters dropped, as Hunspell does: conversions in
   * one pass from left to right, the longest match at each position, never on their own output.
   */
  private String prepare(CharSequence word) {
    String converted = word.toString();
    if (conversions.length > 0) {
      StringBuilder b = null;
      for (int i = 0; i < converted.length(); ) {
        String[] best = null;
        for (String[] c : conversions) {
          if (converted.startsWith(c[0], i) && (best == null || c[0].length() > best[0].length())) {
            best = c;
          }
        }
        if (best != null && b == null) {
          b = new StringBuilder(converted.length()).append(converted, 0, i);
        }
        if (best != null) {
          b.append(best[1]);
          i += best[0].length();
        } else {
          if (b != null) {
            b.append(converted.charAt(i));
          }
          i++;
        }
      }
      converted = b == null ? converted : b.toString();
    }
    if (ignore.isEmpty()) {
      return converted;
    }
    StringBuilder b = null;
    for (int i = 0; i < converted.length(); i++) {
      char c = converted.charAt(i);
      boolean drop = ignore.indexOf(c) >= 0;
      if (drop && b == null) {
        b = new StringBuilder(converted.length()).append(converted, 0, i);
      } else if (!drop && b != null) {
        b.append(c);
      }
    }
    return b == null ? converted : b.toString();
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
          // as Hunspell's SfxEntry::checkword: the stem takes the suffix, or the prefix allows it;
          // and the stem takes the prefix, or the suffix allows it
          if ((has(flags, s.flag()) || (prefix != null && prefix.continuesWith(s.flag())))
              && (prefix == null || has(flags, prefix.flag()) || s.continuesWith(prefix.flag()))) {
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
    long h = Hash64.of(w);
    int mask = keys.length - 1;
    for (int slot = (int) h & mask; keys[slot] != 0; slot = (slot + 1) & mask) {
      if (keys[slot] == h) {
        return entries[values[slot]];
      }
    }
    return null;
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
    final Map<String, int[]> flagsByText = new HashMap<>();
    int[][] byAlias;
    boolean[] ignored;
    long[] keys;
    int[] values;
    int size;

    void readAffixes(String[] lines, String name) {
      boolean longFlags = false;
      int aliasesLeft = -1;
      int conversionsLeft = -1;
      Map<String, Integer> rulesLeft = new HashMap<>();
      Map<String, Boolean> crossOf = new HashMap<>();
      for (int n = 0; n < lines.length; n++) {
        String line = lines[n].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = fields(line);
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
            if (conversionsLeft < 0) {
              conversionsLeft = count(f, where); // the first line gives the number of pairs
            } else if (f.length == 3 && conversionsLeft > 0) {
              conversions.add(new String[] {f[1], f[2]});
              conversionsLeft--;
            } else {
              throw new IllegalArgumentException(where + (conversionsLeft == 0
                  ? "more ICONV lines than their count" : "expected ICONV FROM TO"));
            }
          }
          case "AF" -> {
            if (aliasesLeft < 0) {
              aliasesLeft = count(f, where); // the first line gives the number of aliases
            } else if (f.length >= 2 && aliasesLeft > 0) {
              aliases.add(f[1]);
              aliasesLeft--;
            } else {
              throw new IllegalArgumentException(where + (aliasesLeft == 0
                  ? "more AF lines than their count" : "expected AF FLAGS"));
            }
          }
          case "PFX", "SFX" -> {
            if (!longFlags) {
              throw new IllegalArgumentException(where + "FLAG long must come before the rules");
            }
            boolean prefix = f[0].equals("PFX");
            String key = f[0] + " " + f[1];
            Integer left = rulesLeft.get(key);
            if (left == null || left == 0) {
              // a header: PFX|SFX FLAG Y|N COUNT
              if (left != null) {
                throw new IllegalArgumentException(where + "a second header for " + key
                    + ", or more rules than its count");
              }
              if (f.length < 4 || !(f[2].equals("Y") || f[2].equals("N"))) {
                throw new IllegalArgumentException(where + "expected the header " + key
                    + " Y|N COUNT before its rules");
              }
              crossOf.put(key, f[2].equals("Y"));
              rulesLeft.put(key, count(new String[] {f[0], f[3]}, where));
              continue;
            }
            if (f.length < 4) {
              throw new IllegalArgumentException(where + "expected " + f[0]
                  + " FLAG STRIP AFFIX[/FLAGS] [CONDITION]");
            }
            rulesLeft.put(key, left - 1);
            boolean cross = crossOf.get(key);
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
                f.length > 4 ? Condition.parse(f[4], where) : Condition.ANY);
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
      if (aliasesLeft > 0 || conversionsLeft > 0) {
        throw new IllegalArgumentException(name + ": fewer " + (aliasesLeft > 0 ? "AF" : "ICONV")
            + " lines than their count");
      }
      rulesLeft.forEach((key, left) -> {
        if (left > 0) {
          throw new IllegalArgumentException(name + ": fewer " + key + " rules than its count");
        }
      });
    }

    void readWords(String text, String name) {
      int first = text.indexOf('\n');
      if (first < 0) {
        first = text.length();
      }
      if (first == 0 || text.charAt(0) < '0' || text.charAt(0) > '9') {
        throw new IllegalArgumentException(name + ":1: expected the number of words");
      }
      int lines = 0;
      // the first line starts with the number of words: it sizes the table, which grows if not
      for (int i = 0; i < first && text.charAt(i) >= '0' && text.charAt(i) <= '9'
          && lines < 10_000_000; i++) {
        lines = lines * 10 + (text.charAt(i) - '0');
      }
      lines = Math.max(16, Math.min(lines, text.length() / 2)); // a line takes two chars at least
      keys = new long[Integer.highestOneBit(lines + lines / 2) * 2];
      values = new int[keys.length];
      byAlias = new int[aliases.size() + 1][];
      ignored = new boolean[Character.MAX_VALUE + 1];
      for (int k = 0; k < ignore.length(); k++) {
        ignored[ignore.charAt(k)] = true;
      }
      int number = 1;
      int at = first + 1;
      while (at > 0 && at < text.length()) {
        number++;
        int eol = text.indexOf('\n', at);
        if (eol < 0) {
          eol = text.length();
        }
        readWord(text, at, eol, name, number);
        at = eol + 1;
      }
      if (size == 0) {
        throw new IllegalArgumentException(name + ": the dictionary holds no words");
      }
    }

    /**
     * True if the space at {@code i} starts the morphological fields ({@code po:noun}) or ends
     * the line: as in Hunspell, a word may hold spaces ({@code New York}) but not before them.
     */
    private static boolean fieldFollows(String text, int i, int eol) {
      int k = i;
      while (k < eol && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
        k++;
      }
      return k == eol || text.charAt(k) == '\r'
          || (k + 2 < eol && text.charAt(k + 2) == ':' && text.charAt(k) != ' '
              && text.charAt(k + 1) != ' ');
    }

    /**
     * Reads one line, {@code word[/flags][ morphology]}; the word's hash skips the ignored
     * characters. A method of its own, called once a line, so that it is compiled early.
     */
    private void readWord(String text, int at, int eol, String name, int number) {
      long h = Hash64.START;
      int chars = 0;
      int i = at;
      for (; i < eol; i++) {
        char c = text.charAt(i);
        if (c == '/' || c == '\t' || c == '\r' || (c == ' ' && fieldFollows(text, i, eol))) {
          break;
        }
        if (!ignored[c]) {
          h = Hash64.add(h, c);
          chars++;
        }
      }
      int[] flags = NO_FLAGS;
      if (i < eol && text.charAt(i) == '/') {
        int e = i + 1;
        int alias = 0;
        boolean digits = !aliases.isEmpty();
        for (char c; e < eol && (c = text.charAt(e)) != '\t' && c != '\r'
            && (c != ' ' || !fieldFollows(text, e, eol)); e++) {
          if (c >= '0' && c <= '9' && alias < 1_000_000) {
            alias = alias * 10 + (c - '0');
          } else {
            digits = false;
          }
        }
        if (digits && alias >= 1 && alias <= aliases.size()) {
          // the usual case: an alias number, parsed without making a string
          flags = byAlias[alias];
          if (flags == null) {
            flags = byAlias[alias] = flags(aliases.get(alias - 1), name, number);
          }
        } else {
          flags = flagsByText.computeIfAbsent(text.substring(i + 1, e),
              t -> flags(t, name, number));
        }
      }
      if (chars > 0) {
        put(Hash64.finish(h), flags);
      }
    }

    private void put(long h, int[] flags) {
      if (size + 1 > keys.length / 4 * 3) {
        grow();
      }
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
      int[][] old = entryLists.get(values[slot]);
      for (int[] o : old) {
        if (o == flags) {
          return; // the same flags twice
        }
      }
      int[][] more = Arrays.copyOf(old, old.length + 1);
      more[old.length] = flags;
      values[slot] = entryListId(more);
    }

    /** Reads what {@link #writeCompiled} wrote. */
    void readCompiledWords(byte[] bytes, String name) {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      try {
        if (in.getLong() != WORDS_MAGIC) {
          throw new IllegalArgumentException(name + ": not a compiled word table");
        }
        ignore = readString(in, name);
        int conversionCount = checkCount(in.getInt(), in, 4, name);
        for (int i = 0; i < conversionCount; i++) {
          String[] c = {readString(in, name), readString(in, name)};
          if (c[0].isEmpty()) {
            throw new IllegalArgumentException(name + ": an empty input conversion");
          }
          conversions.add(c);
        }
        int[] flagOf = new int[checkCount(in.getInt(), in, 4, name)];
        for (int i = 0; i < flagOf.length; i++) {
          flagOf[i] = flagId(new String(new char[] {in.getChar(), in.getChar()}), name + ": ");
        }
        int rules = checkCount(in.getInt(), in, 12, name);
        for (int r = 0; r < rules; r++) {
          boolean prefix = bool(in.get(), name);
          int flag = flagOf(in.getShort() & 0xFFFF, flagOf, name);
          boolean cross = bool(in.get(), name);
          String strip = readString(in, name);
          String append = readString(in, name);
          if (holdsIgnored(strip) || holdsIgnored(append)) {
            // the text reader drops them; matching skips them in the word, never in a rule
            throw new IllegalArgumentException(name + ": an affix with an ignored character");
          }
          int[] cont = new int[checkCount(in.getShort() & 0xFFFF, in, 2, name)];
          for (int k = 0; k < cont.length; k++) {
            cont[k] = flagOf(in.getShort() & 0xFFFF, flagOf, name);
          }
          Arrays.sort(cont);
          Affix a = new Affix(flag, cross, strip, append, cont,
              Condition.parse(readString(in, name), name + ": "));
          (prefix ? prefixRules : suffixRules).add(a);
        }
        int[][] sets = new int[checkCount(in.getInt(), in, 2, name)][];
        for (int s = 0; s < sets.length; s++) {
          int[] flags = new int[checkCount(in.getShort() & 0xFFFF, in, 2, name)];
          for (int k = 0; k < flags.length; k++) {
            flags[k] = flagOf(in.getShort() & 0xFFFF, flagOf, name);
          }
          Arrays.sort(flags);
          sets[s] = flags;
        }
        int lists = checkCount(in.getInt(), in, 2, name);
        for (int l = 0; l < lists; l++) {
          int[][] list = new int[checkCount(in.getShort() & 0xFFFF, in, 4, name)][];
          if (list.length == 0) {
            throw new IllegalArgumentException(name + ": a word without entries");
          }
          for (int e = 0; e < list.length; e++) {
            int set = in.getInt();
            if (set < 0 || set >= sets.length) {
              throw new IllegalArgumentException(name + ": flag set " + set + " out of range");
            }
            list[e] = sets[set];
          }
          entryLists.add(list);
        }
        int n = checkCount(in.getInt(), in, 12, name);
        long[] sorted = new long[n];
        in.asLongBuffer().get(sorted);
        in.position(in.position() + 8 * n);
        int[] ids = new int[n];
        in.asIntBuffer().get(ids);
        in.position(in.position() + 4 * n);
        if (in.hasRemaining()) {
          throw new IllegalArgumentException(name + ": " + in.remaining() + " bytes after the end");
        }
        keys = new long[Integer.highestOneBit(Math.max(16, n + n / 2)) * 2];
        values = new int[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < n; i++) {
          long h = sorted[i];
          if (h == 0 || (i > 0 && h <= sorted[i - 1]) || ids[i] < 0 || ids[i] >= lists) {
            throw new IllegalArgumentException(name + ": malformed word " + i);
          }
          int slot = (int) h & mask;
          while (keys[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = h;
          values[slot] = ids[i];
        }
        size = n;
      } catch (java.nio.BufferUnderflowException e) {
        throw new IllegalArgumentException(name + ": truncated", e);
      }
      if (size == 0) {
        throw new IllegalArgumentException(name + ": the dictionary holds no words");
      }
    }

    private static boolean bool(byte b, String name) {
      if (b != 0 && b != 1) {
        throw new IllegalArgumentException(name + ": malformed rule");
      }
      return b == 1;
    }

    private static int flagOf(int f, int[] flagOf, String name) {
      if (f >= flagOf.length) {
        throw new IllegalArgumentException(name + ": flag " + f + " out of range");
      }
      return flagOf[f];
    }

    /** A count read from the file, refused if the rest of it cannot hold that many items. */
    private static int checkCount(int count, ByteBuffer in, int bytesEach, String name) {
      if (count < 0 || (long) count * bytesEach > in.remaining()) {
        throw new IllegalArgumentException(name + ": truncated or malformed (count " + count
            + ")");
      }
      return count;
    }

    /** Doubles the table: the word file's first line said fewer words than it holds. */
    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[keys.length];
      int mask = keys.length - 1;
      for (int k = 0; k < oldKeys.length; k++) {
        if (oldKeys[k] != 0) {
          int slot = (int) oldKeys[k] & mask;
          while (keys[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = oldKeys[k];
          values[slot] = oldValues[k];
        }
      }
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

    /** The count in the second field of a line, such as {@code AF 511}. */
    private static int count(String[] f, String where) {
      try {
        int n = f.length == 2 ? Integer.parseInt(f[1]) : -1;
        if (n >= 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // below
      }
      throw new IllegalArgumentException(where + "expected " + f[0] + " COUNT");
    }

    /** The whitespace-separated fields of a line (without a regular expression: read cold). */
    private static String[] fields(String line) {
      List<String> out = new ArrayList<>(6);
      int i = 0;
      int n = line.length();
      while (i < n) {
        while (i < n && Character.isWhitespace(line.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < n && !Character.isWhitespace(line.charAt(i))) {
          i++;
        }
        if (i > start) {
          out.add(line.substring(start, i));
        }
      }
      return out.toArray(new String[0]);
    }

    /** Flags written as an alias number, or as two-character flags. */
    private int[] flags(String text, String name, int line) {
      return flags(text, name + ":" + line + ": ");
    }

    private int[] flags(String text, String where) {
      String chars = text;
      if (!aliases.isEmpty() && !text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
        int alias = text.length() > 9 ? -1 : Integer.parseInt(text);
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

    private boolean holdsIgnored(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (ignore.indexOf(s.charAt(i)) >= 0) {
          return true;
        }
      }
      return false;
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
