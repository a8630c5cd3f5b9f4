package dev.alam.text;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random texts for the property tests: random Unicode, and texts assembled from the fragments
 * that trouble Arabic tokenisers — diacritics, tatweel runs, bidi and zero-width marks,
 * presentation forms, Latin words, digits of three systems with separators, emoji sequences,
 * URL and e-mail pieces, one-letter words, punctuation and lone surrogates; and texts of only
 * punctuation or only one-letter words.
 */
public final class TextArbitraries {
  private static final List<String> CONTROLS = List.of(
      "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u061C", "\u2060", "\u00AD", "\uFEFF",
      "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069");
  private static final List<String> SPACES = List.of(
      " ", " ", " ", "  ", "\n", "\r\n", "\t", "\u00A0", "\u2029", "\u3000", "\u0085");
  private static final List<String> EMOJI = List.of(
      "\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD", "\u2764\uFE0F", "1\uFE0F\u20E3", "#\u20E3",
      "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83C\uDDF8\uD83C\uDDE6",
      "\uD83C\uDDEA", "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC7F", "\u00A9", "$", "%");
  private static final List<String> PIECES = List.of(
      "http://", "https://", "www.", ".com", "@", "#", "_", "/", "(", ")", "[", "]", "<", ">",
      "\"", "'", "-", ".", "..", "...", ",", ":", ";", "!", "?", "؟", "،", "؛", "«", "»", "…",
      "٫", "٬", "@alam", "#وسم_عربي", "info@alam.dev", "http://x.com/a_(b)", "د.", "Mr.", "ب");
  private static final List<String> WORDS = List.of(
      "شمخاني", "أمين", "المجلس", "وبالعلم", "للأحزاب", "إيران", "مُحَمَّد", "ٱلله", "مصطفى",
      "مدرسة", "کتاب", "می\u200Cخواهم", "Tehran", "well-known", "don't", "5G", "G20", "Москва");

  private TextArbitraries() {}

  /** Any text, weighted towards the troublesome kinds. */
  public static Arbitrary<String> texts() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, randomUnicode()),
        net.jqwik.api.Tuple.of(1, randomCodePoints()),
        net.jqwik.api.Tuple.of(2, arabicHeavy()),
        net.jqwik.api.Tuple.of(3, assembled()),
        net.jqwik.api.Tuple.of(2, addressHeavy()),
        net.jqwik.api.Tuple.of(1, punctuationOnly()),
        net.jqwik.api.Tuple.of(1, oneLetterWords()));
  }

  /** Punctuation and spaces only, Arabic and Latin. */
  public static Arbitrary<String> punctuationOnly() {
    return Arbitraries.strings().withChars(".,;:!?؟،؛«»()[]\"'…-_#@/*%&٪ \n").ofMaxLength(30);
  }

  /** Words of one letter (the proclitic letters among them), with diacritics and stops. */
  public static Arbitrary<String> oneLetterWords() {
    return Arbitraries.of("و", "ب", "ل", "ك", "ف", "د", "م", "a", "I", "ـ", "وَ", "بِ", "د.", "J.", "ﻻ")
        .list().ofMaxSize(12)
        .map(list -> String.join(" ", list));
  }

  /**
   * Text over the alphabet of URLs, e-mail addresses, hashtags and handles, with Arabic letters,
   * so that their scanners meet each other's delimiters.
   */
  public static Arbitrary<String> addressHeavy() {
    return Arbitraries.oneOf(
            Arbitraries.of("http://", "https://", "www.", "@", "#", ".com", "h", "w"),
            Arbitraries.strings().withChars("ab1_-.@#/:()[]'\"?!،؟«» ").ofMinLength(1)
                .ofMaxLength(4),
            Arbitraries.strings().withChars("وبالعلم").ofMinLength(1).ofMaxLength(3))
        .list().ofMaxSize(20).map(list -> String.join("", list));
  }

  /** Random UTF-16 strings: any char, so lone and reversed surrogates too. */
  public static Arbitrary<String> randomUnicode() {
    return Arbitraries.strings().all().ofMaxLength(60);
  }

  /** Strings of random code points from all planes, as Java would encode them. */
  public static Arbitrary<String> randomCodePoints() {
    return Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
        .map(Character::toString)
        .list().ofMaxSize(30)
        .map(list -> String.join("", list));
  }

  /** Arabic letters with diacritics, tatweel, Arabic punctuation, digits and spaces. */
  public static Arbitrary<String> arabicHeavy() {
    Arbitrary<Character> letters = Arbitraries.chars().range('\u0621', '\u064A');
    Arbitrary<Character> marks = Arbitraries.of(
        '\u064B', '\u064C', '\u064E', '\u0650', '\u0651', '\u0652', '\u0654', '\u0670', '\u06D6',
        '\u0610');
    Arbitrary<Character> other = Arbitraries.of(
        '\u0640', ' ', ' ', '،', '.', '؟', '\u0662', '\u06F5', '\u0671', '\u06CC', '\u200F');
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, letters),
            net.jqwik.api.Tuple.of(3, marks),
            net.jqwik.api.Tuple.of(2, other))
        .list().ofMaxSize(60)
        .map(chars -> {
          StringBuilder b = new StringBuilder(chars.size());
          chars.forEach(b::append);
          return b.toString();
        });
  }

  /** Texts assembled from fragments of every troublesome kind. */
  public static Arbitrary<String> assembled() {
    return fragment().list().ofMaxSize(25).map(list -> String.join("", list));
  }

  private static Arbitrary<String> fragment() {
    return Arbitraries.oneOf(
        Arbitraries.of(WORDS),
        Arbitraries.of(PIECES),
        Arbitraries.of(SPACES),
        Arbitraries.of(CONTROLS),
        Arbitraries.of(EMOJI),
        Arbitraries.strings().withCharRange('\u0621', '\u064A').ofMinLength(1).ofMaxLength(6),
        Arbitraries.strings().withCharRange('\u064B', '\u065F').withChars('\u0670')
            .ofMinLength(1).ofMaxLength(3),
        Arbitraries.strings().withChars('\u0640').ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().withCharRange('\uFB50', '\uFDFF').withCharRange('\uFE70', '\uFEFC')
            .ofMinLength(1).ofMaxLength(4),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().withCharRange('0', '9').withCharRange('\u0660', '\u0669')
            .withCharRange('\u06F0', '\u06F9').withChars('.', ',', '/', ':', '-', '\u066B')
            .ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().withChars('.', '!', '?', '؟', '#', '@', '،', '…', '"', '»')
            .ofMinLength(1).ofMaxLength(5),
        Arbitraries.of("\uD800", "\uDC00", "\uDBFF", "\uDFFF", "\uDC00\uD800"));
  }
}
