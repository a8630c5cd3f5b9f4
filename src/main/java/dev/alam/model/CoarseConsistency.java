package dev.alam.model;

import dev.alam.corpus.Conll;
import dev.alam.ner.NameEvidence;
import dev.alam.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Label consistency for coarse BIO tags over running text: a name tagged in one sentence is
 * tagged the same way wherever its exact words recur, untagged, within {@code window} sentences
 * before or after (the document context a CoNLL file without document markers gives); the
 * surname of a full person name counts as the person. Names tagged with two types in the window,
 * and one-word names that are common words by the bundled {@link NameEvidence}, are left
 * alone. Stateless.
 */
public final class CoarseConsistency {
  private static final int MAX_LENGTH = 6;
  private static final String CONFLICT = "";

  private CoarseConsistency() {}

  /**
   * Returns new tags with names spread to their untagged recurrences.
   *
   * @param tokens the corpus tokens of each sentence
   * @param tags one BIO tag per token, per sentence
   * @param window how many sentences on each side count as context; 0 for none
   */
  public static List<List<String>> propagate(List<List<String>> tokens, List<List<String>> tags,
      int window) {
    List<List<String>> keys = new ArrayList<>();
    for (List<String> sentence : tokens) {
      List<String> k = new ArrayList<>(sentence.size());
      for (String t : sentence) {
        k.add(Normalizer.standard().normalizeToString(t));
      }
      keys.add(k);
    }
    List<Map<String, String>> names = new ArrayList<>();
    for (int s = 0; s < tags.size(); s++) {
      Map<String, String> found = new HashMap<>();
      for (Conll.TokenSpan span : Conll.spans(tags.get(s))) {
        String key = String.join(" ", keys.get(s).subList(span.start(), span.end()));
        if (span.end() - span.start() <= MAX_LENGTH && key.length() >= 3
            && (span.end() - span.start() > 1 || !isCommon(key))) {
          found.merge(key, span.type(), (a, b) -> a.equals(b) ? a : CONFLICT);
        }
        if (span.type().equals("PERS") && span.end() - span.start() >= 2) {
          String surname = keys.get(s).get(span.end() - 1);
          if (surname.length() >= 3) {
            found.merge(surname, "PERS", (a, b) -> a.equals(b) ? a : CONFLICT);
          }
        }
      }
      names.add(found);
    }
    List<List<String>> out = new ArrayList<>();
    for (int s = 0; s < tags.size(); s++) {
      Map<String, String> context = new HashMap<>();
      for (int o = Math.max(0, s - window); o <= Math.min(tags.size() - 1, s + window); o++) {
        names.get(o).forEach((k, v) -> context.merge(k, v, (a, b) -> a.equals(b) ? a : CONFLICT));
      }
      List<String> t = new ArrayList<>(tags.get(s));
      List<String> k = keys.get(s);
      for (int i = 0; i < t.size(); i++) {
        for (int end = Math.min(t.size(), i + MAX_LENGTH); end > i; end--) {
          String type = context.get(String.join(" ", k.subList(i, end)));
          if (type == null || type.equals(CONFLICT) || !allOutside(t, i, end)) {
            continue;
          }
          for (int j = i; j < end; j++) {
            t.set(j, (j == i ? "B-" : "I-") + type);
          }
          i = end - 1;
          break;
        }
      }
      out.add(List.copyOf(t));
    }
    return out;
  }

  /** A word seen often in annotated text and rarely inside a name. */
  private static boolean isCommon(String norm) {
    NameEvidence e = NameEvidence.bundled();
    int total = e.total(norm);
    return total >= 8 && e.inAnyName(norm) * 5 < total;
  }

  /** True if the tokens {@code [from, to)} are untagged and the next token starts fresh. */
  private static boolean allOutside(List<String> tags, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!tags.get(j).equals("O")) {
        return false;
      }
    }
    return to >= tags.size() || !tags.get(to).startsWith("I-");
  }
}
