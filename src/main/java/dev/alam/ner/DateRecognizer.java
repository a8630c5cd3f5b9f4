package dev.alam.ner;

import dev.alam.gazetteer.DateWord;
import dev.alam.gazetteer.GazetteerMatch;
import dev.alam.text.Token;
import dev.alam.text.TokenKind;
import dev.alam.text.TokenizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds calendar expressions (DATE):
 *
 * <ul>
 *   <li>weekdays ({@code الأربعاء});
 *   <li>months of either Gregorian series and Hijri months, with a day number before them and a
 *       year after them when present, and the doubled Levantine/Egyptian form joined by a slash
 *       or dash ({@code 23 تشرين الأول/أكتوبر 2019}); month names that are also common words
 *       ({@code مارس} "he practised", {@code آب}, {@code نيسان}) only next to a number or after
 *       {@code شهر};
 *   <li>numeric dates ({@code 2019/10/23}, {@code 23-10-2019}).
 * </ul>
 *
 * Relative words ({@code اليوم}, {@code أمس}) are not dates in the guidelines' sense and are not
 * reported. Immutable and thread-safe.
 */
public final class DateRecognizer implements Recognizer {
  private static final Set<String> AMBIGUOUS_MONTHS = Set.of("مارس", "اب", "نيسان", "تموز");

  private final NerResources resources;

  /**
   * Creates the recogniser.
   *
   * @throws NullPointerException if {@code resources} is null
   */
  public DateRecognizer(NerResources resources) {
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  @Override
  public List<Mention> recognize(TokenizedText text, List<Mention> earlier) {
    List<Token> tokens = text.tokens();
    int[] sentenceEnd = MentionIndex.sentenceEnds(text);
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int limit = sentenceEnd[i];
      Token t = tokens.get(i);
      if (t.kind() == TokenKind.NUMBER && isNumericDate(t.norm())) {
        out.add(new Mention(EntityType.DATE, i, i + 1, null, 0.9, Source.GRAMMAR));
        i++;
        continue;
      }
      Optional<GazetteerMatch<DateWord>> match = month(tokens, i, limit);
      if (match.isEmpty()) {
        i++;
        continue;
      }
      DateWord word = match.get().values().get(0);
      int end = match.get().endToken();
      if (word.kind() == DateWord.Kind.WEEKDAY) {
        out.add(new Mention(EntityType.DATE, i, end, null, 0.9, Source.GRAMMAR));
        i = end;
        continue;
      }
      // A month: take the slash-joined second name, a year after, a day before.
      if (end + 1 < limit && isJoiner(tokens.get(end))) {
        Optional<GazetteerMatch<DateWord>> second = month(tokens, end + 1, limit);
        if (second.isPresent()) {
          end = second.get().endToken();
        }
      }
      boolean yearAfter = end < limit && isNumber(tokens.get(end), 1000, 2999);
      if (yearAfter) {
        end++;
      }
      int start = i;
      boolean dayBefore = i > 0 && sentenceEnd[i - 1] == limit
          && isNumber(tokens.get(i - 1), 1, 31);
      if (dayBefore) {
        start = i - 1;
      }
      String form = tokens.get(i).norm();
      boolean ambiguous = match.get().tokenCount() == 1 && AMBIGUOUS_MONTHS.contains(form);
      boolean afterMonthWord = i > 0 && (tokens.get(i - 1).norm().equals("شهر")
          || tokens.get(i - 1).norm().equals("لشهر"));
      if (!ambiguous || yearAfter || dayBefore || afterMonthWord) {
        out.add(new Mention(EntityType.DATE, start, end, null, 0.9, Source.GRAMMAR));
      }
      i = end;
    }
    return out;
  }

  private Optional<GazetteerMatch<DateWord>> month(List<Token> tokens, int i, int limit) {
    Optional<GazetteerMatch<DateWord>> m = resources.dates.longestAt(tokens, i);
    if (m.isEmpty() || m.get().endToken() > limit) {
      return Optional.empty();
    }
    DateWord.Kind kind = m.get().values().get(0).kind();
    return kind == DateWord.Kind.RELATIVE_DAY ? Optional.empty() : m;
  }

  private static boolean isJoiner(Token t) {
    return t.kind() == TokenKind.PUNCTUATION
        && (t.text().equals("/") || t.text().equals("-") || t.text().equals("–"));
  }

  private static boolean isNumber(Token t, int min, int max) {
    if (t.kind() != TokenKind.NUMBER || t.norm().length() > 4) {
      return false;
    }
    for (int k = 0; k < t.norm().length(); k++) {
      if (t.norm().charAt(k) < '0' || t.norm().charAt(k) > '9') {
        return false;
      }
    }
    int value = Integer.parseInt(t.norm());
    return value >= min && value <= max;
  }

  /** d/m/y or y/m/d with slashes, dashes or dots, plausible day, month and year. */
  static boolean isNumericDate(String s) {
    String[] parts = s.split("[/.-]");
    if (parts.length != 3) {
      return false;
    }
    int[] v = new int[3];
    for (int k = 0; k < 3; k++) {
      if (parts[k].isEmpty() || parts[k].length() > 4 || !parts[k].chars().allMatch(
          c -> c >= '0' && c <= '9')) {
        return false;
      }
      v[k] = Integer.parseInt(parts[k]);
    }
    boolean yearFirst = parts[0].length() == 4 && v[1] >= 1 && v[1] <= 12 && v[2] >= 1
        && v[2] <= 31;
    boolean yearLast = parts[2].length() == 4 && v[1] >= 1 && v[1] <= 12 && v[0] >= 1
        && v[0] <= 31;
    return yearFirst || yearLast;
  }
}
