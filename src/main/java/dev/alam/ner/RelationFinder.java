package dev.alam.ner;

import dev.alam.text.Token;
import dev.alam.text.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the relations between resolved mentions:
 *
 * <ul>
 *   <li>{@code holds(PERSON, OFFICE)} when a PERSON follows an OFFICE ({@code أمين … علي شمخاني})
 *       or precedes it in apposition ({@code علي شمخاني، أمين …}), with at most one comma or dash
 *       between them; an OFFICE nested in another OFFICE has no holder of its own;
 *   <li>{@code of(OFFICE, ORGANIZATION|COUNTRY)} for every ORGANIZATION and COUNTRY nested in an
 *       OFFICE.
 * </ul>
 *
 * Stateless and thread-safe; linear in the number of mentions for mentions of bounded length.
 */
public final class RelationFinder {
  /** Creates a finder; it holds no state. */
  public RelationFinder() {}

  /**
   * Finds relations among {@code mentions}.
   *
   * @param tokens the tokens the mentions index into
   * @param mentions resolved mentions in {@link MentionResolver#DOCUMENT_ORDER}
   * @return the relations, with arguments as indices into {@code mentions}, ordered by their
   *     first argument
   */
  public List<Relation> find(List<Token> tokens, List<Mention> mentions) {
    List<Relation> relations = new ArrayList<>();
    int n = mentions.size();
    int enclosingOfficeEnd = -1;
    for (int i = 0; i < n; i++) {
      Mention office = mentions.get(i);
      if (office.type() != EntityType.OFFICE) {
        continue;
      }
      // In document order an enclosing office comes first; the person next to نائب رئيس
      // الجمهورية holds the deputy's office, not the nested رئيس الجمهورية.
      boolean nested = office.endToken() <= enclosingOfficeEnd;
      enclosingOfficeEnd = Math.max(enclosingOfficeEnd, office.endToken());
      for (int j = i + 1; j < n && mentions.get(j).startToken() < office.endToken(); j++) {
        Mention inner = mentions.get(j);
        if (office.contains(inner) && (inner.type() == EntityType.ORGANIZATION
            || inner.type() == EntityType.COUNTRY)) {
          relations.add(new Relation(RelationType.OF, i, j));
        }
      }
      if (nested) {
        continue;
      }
      int holder = personAfter(tokens, mentions, i);
      if (holder < 0) {
        holder = personBefore(tokens, mentions, i);
      }
      if (holder >= 0) {
        relations.add(new Relation(RelationType.HOLDS, holder, i));
      }
    }
    relations.sort((a, b) -> a.from() != b.from() ? Integer.compare(a.from(), b.from())
        : Integer.compare(a.to(), b.to()));
    return relations;
  }

  private static int personAfter(List<Token> tokens, List<Mention> mentions, int office) {
    int end = mentions.get(office).endToken();
    int at = end < tokens.size() && isLink(tokens.get(end)) ? end + 1 : end;
    for (int j = office + 1; j < mentions.size(); j++) {
      Mention m = mentions.get(j);
      if (m.startToken() > at) {
        break;
      }
      if (m.startToken() == at && m.type() == EntityType.PERSON) {
        return j;
      }
    }
    return -1;
  }

  private static int personBefore(List<Token> tokens, List<Mention> mentions, int office) {
    int start = mentions.get(office).startToken();
    if (start == 0 || !isLink(tokens.get(start - 1))) {
      return -1; // a name directly before a title is usually the subject of another clause
    }
    for (int j = office - 1; j >= 0; j--) {
      Mention m = mentions.get(j);
      if (m.endToken() == start - 1 && m.type() == EntityType.PERSON) {
        return j;
      }
      if (m.startToken() < start - 12) {
        break;
      }
    }
    return -1;
  }

  private static boolean isLink(Token t) {
    return t.kind() == TokenKind.PUNCTUATION
        && (t.text().equals("،") || t.text().equals(",") || t.text().equals("-")
            || t.text().equals("–"));
  }
}
