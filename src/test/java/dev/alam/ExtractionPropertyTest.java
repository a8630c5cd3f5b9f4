package dev.alam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alam.ner.Entity;
import dev.alam.ner.EntityType;
import dev.alam.text.TextArbitraries;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of extraction on random and adversarial text: it never throws, every result keeps
 * {@link EntityInvariants}, and it is deterministic. Besides the tokenizer's troublesome texts
 * ({@link TextArbitraries}), the generator strings together the words the grammars react to —
 * titles, bodies, countries with proclitics, nationality adjectives, names, months, quotes and
 * commas — with diacritics, tatweel and format controls in between, so nesting, relations and
 * clusters get exercised on combinations no one wrote down.
 */
public class ExtractionPropertyTest {
  private static final Alam ALAM = Alam.builder().build();
  private static final Alam PERSONS_AND_PLACES = Alam.builder()
      .types(EnumSet.of(EntityType.PERSON, EntityType.COUNTRY, EntityType.CITY)).build();

  private static final List<String> TRIGGERS = List.of(
      "وزير", "وزيرة", "وزراء", "الخارجية", "خارجية", "الدفاع", "الأمريكي", "أمين", "الأمين",
      "العام", "المجلس", "مجلس", "الأعلى", "للأمن", "الأمن", "القومي", "الإيراني", "الروسية",
      "الأفغاني", "الأفغانية", "نائب", "رئيس", "الرئيس", "الجمهورية", "المتحدث", "باسم",
      "وزارة", "الحكومة", "الجماعات", "الإرهابية", "للأمم", "المتحدة", "داعش", "إيران",
      "وأفغانستان", "لإيران", "بالصين", "للعراق", "فالكويت", "أميركا", "الولايات", "الكيان",
      "الصهيوني", "طهران", "كابول", "أوروبا", "علي", "شمخاني", "خالد", "منصور", "محمد", "السيد",
      "الدكتور", "نظيره", "حمد", "الله", "محب", "زوران", "ميلوفيتش", "ملتقى", "الحوار",
      "اجتماع", "الثاني", "الاتفاق", "النووي", "هذا", "الأربعاء", "تشرين", "الأول", "أكتوبر",
      "مارس", "23", "2019", "٢٠١٩", "2019/10/23", "قال", "إن", "في", "من", "على", "وقال", "ب",
      "و", "ل");
  private static final List<String> GLUE = List.of(
      " ", " ", " ", " ", "، ", "،", ", ", ". ", "\n", " \"", "\" ", "/", " - ", "؛ ", "\u200F",
      "\u200C", "\u0640", "\u0640\u0640\u0640", "\u064E", "\u0651\u064F", " \uD83D\uDE00 ",
      "\uD83C\uDDEE\uD83C\uDDF7", "\uD800", "\uDC00", " \uFEFB ", "Tehran ");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, TextArbitraries.texts()),
        Tuple.of(3, triggerHeavy()));
  }

  /** Words the grammars react to, glued by spaces, punctuation, marks and odd characters. */
  public static Arbitrary<String> triggerHeavy() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.of(TRIGGERS)),
        Tuple.of(3, Arbitraries.of(GLUE)));
    return piece.list().ofMaxSize(40).map(list -> {
      StringBuilder b = new StringBuilder();
      for (String s : list) {
        if (b.length() > 0 && Character.isLetter(b.charAt(b.length() - 1))
            && Character.isLetter(s.charAt(0))) {
          b.append(' ');
        }
        b.append(s);
      }
      return b.toString();
    });
  }

  @Property(tries = 4000)
  void extractionNeverThrowsAndKeepsTheInvariants(@ForAll("texts") String text) {
    Extraction result = ALAM.extract(text);

    EntityInvariants.check(text, result);
    Statistics.label("mentions").collect(result.entities().size() >= 2 ? "two or more"
        : result.entities().isEmpty() ? "none" : "one");
    Statistics.label("relations").collect(result.relations().isEmpty() ? "none" : "some");
    // The generator must keep reaching the grammars, not only the tokenizer.
    Statistics.label("mentions").coverage(c -> c.check("two or more").percentage(p -> p > 25));
    Statistics.label("relations").coverage(c -> c.check("some").percentage(p -> p > 5));
  }

  @Property(tries = 300)
  void extractionIsDeterministic(@ForAll("texts") String text) {
    Extraction first = ALAM.extract(text);
    Extraction again = ALAM.extract(new String(text.toCharArray()));

    EntityInvariants.check(text, again);
    assertThat(again.entities()).isEqualTo(first.entities());
    assertThat(again.clusters()).isEqualTo(first.clusters());
    assertThat(again.relations()).isEqualTo(first.relations());
  }

  /** Reporting fewer types never changes the mentions of the types still reported. */
  @Property(tries = 300)
  void theTypesFilterOnlyDropsMentions(@ForAll("texts") String text) {
    Extraction some = PERSONS_AND_PLACES.extract(text);
    EntityInvariants.check(text, some);

    List<String> expected = new ArrayList<>();
    for (Entity e : ALAM.extract(text).entities()) {
      if (PERSONS_AND_PLACES.types().contains(e.type())) {
        expected.add(EntityTable.render(e));
      }
    }
    assertThat(some.entities()).extracting(EntityTable::render).isEqualTo(expected);
  }

  /** Whitespace before a text moves every mention by its length and changes nothing else. */
  @Property(tries = 300)
  void leadingWhitespaceOnlyShiftsTheMentions(@ForAll("texts") String text) {
    String shifted = "  \n" + text;
    Extraction plain = ALAM.extract(text);
    Extraction moved = ALAM.extract(shifted);

    EntityInvariants.check(shifted, moved);
    assertThat(moved.entities()).hasSameSizeAs(plain.entities());
    for (int i = 0; i < plain.entities().size(); i++) {
      Entity p = plain.entities().get(i);
      Entity m = moved.entities().get(i);
      assertThat(m).isEqualTo(new Entity(p.type(), p.start() + 3, p.end() + 3, p.text(),
          p.norm(), p.linkId(), p.cluster(), p.confidence(), p.source()));
    }
    assertThat(moved.relations()).isEqualTo(plain.relations());
    assertThat(moved.clusters()).isEqualTo(plain.clusters());
  }
}
