package dev.alam.model;

import dev.alam.text.SpellingDictionary;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether the Arabic spelling dictionary knows a word as written, or with the hamza or final
 * letter that written Arabic often leaves out: corpus text writes {@code الامم} for {@code الأمم}
 * and {@code القاهره} for {@code القاهرة}, and the dictionary knows only the full spellings. A
 * word it knows in none of these spellings is most often a foreign name ({@code كاسياس}) or a
 * misspelling. Thread-safe: the answers for the first {@value #CACHE_LIMIT} distinct words are
 * kept (at most about 2 MB), which changes how fast it answers, never what.
 */
final class Spelling {
  private static final String[] HAMZA_ALEFS = {"أ", "إ", "آ"};
  private static volatile Spelling standard;

  /** Answers kept for the first words asked about: running text repeats its words. */
  static final int CACHE_LIMIT = 20_000;

  private final SpellingDictionary dictionary;
  private final ConcurrentHashMap<String, Boolean> answers = new ConcurrentHashMap<>();

  Spelling(SpellingDictionary dictionary) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
  }

  /** The bundled dictionary's. */
  static Spelling standard() {
    Spelling s = standard;
    if (s == null) {
      synchronized (Spelling.class) {
        s = standard;
        if (s == null) {
          standard = s = new Spelling(SpellingDictionary.standard());
        }
      }
    }
    return s;
  }

  /**
   * True if the dictionary knows {@code text} (diacritics and tatweel dropped) as written, or
   * with a hamza on its first alef ({@code ا} at the start or after {@code ال}), with {@code ة}
   * for a final {@code ه}, or with {@code ى} for a final {@code ي} or the other way round.
   */
  boolean knows(String text) {
    Boolean known = answers.get(text);
    if (known == null) {
      known = check(text);
      if (answers.size() < CACHE_LIMIT) {
        answers.putIfAbsent(text, known);
      }
    }
    return known;
  }

  /** How many answers are kept. */
  int cached() {
    return answers.size();
  }

  private boolean check(String text) {
    String w = strip(text);
    if (w.isEmpty()) {
      return true;
    }
    if (knowsWithEnding(w)) {
      return true;
    }
    if (w.startsWith("ا")) {
      for (String hamza : HAMZA_ALEFS) {
        if (knowsWithEnding(hamza + w.substring(1))) {
          return true;
        }
      }
    }
    if (w.startsWith("الا")) {
      for (String hamza : HAMZA_ALEFS) {
        if (knowsWithEnding("ال" + hamza + w.substring(3))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean knowsWithEnding(String w) {
    if (dictionary.accepts(w)) {
      return true;
    }
    String stem = w.substring(0, w.length() - 1);
    return switch (w.charAt(w.length() - 1)) {
      case 'ه' -> dictionary.accepts(stem + 'ة');
      case 'ي' -> dictionary.accepts(stem + 'ى');
      case 'ى' -> dictionary.accepts(stem + 'ي');
      default -> false;
    };
  }

  /** Drops tatweel and the diacritics U+064B to U+0652. */
  static String strip(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean drop = c == '\u0640' || (c >= '\u064B' && c <= '\u0652');
      if (drop && b == null) {
        b = new StringBuilder(text.length()).append(text, 0, i);
      } else if (!drop && b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }
}
