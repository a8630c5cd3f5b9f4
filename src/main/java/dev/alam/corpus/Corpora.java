package dev.alam.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The project's standard splits of the shared corpora ({@code ../shared/corpora}, see its
 * README) and the mapping of their tag sets onto the coarse scheme PERS, LOC, ORG, MISC.
 *
 * <ul>
 *   <li>ANERcorp: {@code anercorp/train.txt}; its first {@code n * 9 / 10} sentences are our
 *       training part, the rest our dev split (the official test part is kept back).
 *   <li>AQMAR: {@code aqmar/train.txt} and {@code aqmar/dev.txt} as given.
 *   <li>NewsFANE and WikiFANE: {@code fane/*.txt}, fine classes mapped by {@link #coarseFane}.
 *       NewsFANE is ANERcorp's text again, so it never joins ANERcorp in training data without
 *       removing our ANERcorp dev sentences from it.
 *   <li>Wojood sample: {@code wojood-sample/train.txt} and {@code val.txt}, nested.
 * </ul>
 *
 * Stateless.
 */
public final class Corpora {
  /** Where the shared corpora sit relative to the project root. */
  public static final Path DEFAULT_ROOT = Path.of("../shared/corpora");

  private static final Map<String, String> FANE = Map.ofEntries(
      Map.entry("Politician", "PERS"), Map.entry("Athlete", "PERS"), Map.entry("Artist", "PERS"),
      Map.entry("Other_PER", "PERS"), Map.entry("Religious_PER", "PERS"),
      Map.entry("Scientist", "PERS"), Map.entry("Businessperson", "PERS"),
      Map.entry("Lawyer", "PERS"), Map.entry("Engineer", "PERS"),
      Map.entry("Nation", "LOC"), Map.entry("Population-Center", "LOC"),
      Map.entry("State-or-Province", "LOC"), Map.entry("County-or-District", "LOC"),
      Map.entry("GPE-Cluster", "LOC"), Map.entry("Continent", "LOC"),
      Map.entry("Water-Body", "LOC"), Map.entry("Land-Region-Natural", "LOC"),
      Map.entry("Celestial", "LOC"),
      Map.entry("Government", "ORG"), Map.entry("Non-Governmental", "ORG"),
      Map.entry("Commercial", "ORG"), Map.entry("Educational", "ORG"), Map.entry("Media", "ORG"),
      Map.entry("Sports", "ORG"), Map.entry("Religious_ORG", "ORG"),
      Map.entry("Medical-Science", "ORG"), Map.entry("Entertainment", "ORG"),
      Map.entry("Police", "ORG"),
      Map.entry("Book", "MISC"), Map.entry("Movie", "MISC"), Map.entry("Software", "MISC"),
      Map.entry("Hardware", "MISC"), Map.entry("Projectile", "MISC"),
      Map.entry("Shooting", "MISC"), Map.entry("Food", "MISC"), Map.entry("Drug", "MISC"),
      Map.entry("Plant", "MISC"));

  private Corpora() {}

  /** ANERcorp's file under {@code root}. */
  public static Path anercorp(Path root) {
    return root.resolve("anercorp/train.txt");
  }

  /** The first {@code n * 9 / 10} sentences of ANERcorp: our training part. */
  public static List<Conll.Sentence> anercorpTrain(Path root) throws IOException {
    List<Conll.Sentence> all = Conll.read(anercorp(root));
    return List.copyOf(all.subList(0, all.size() * 9 / 10));
  }

  /** The last tenth of ANERcorp's sentences: our dev split. */
  public static List<Conll.Sentence> anercorpDev(Path root) throws IOException {
    List<Conll.Sentence> all = Conll.read(anercorp(root));
    return List.copyOf(all.subList(all.size() * 9 / 10, all.size()));
  }

  /**
   * The part of NewsFANE set aside for evaluation: the sentences whose text is that of our
   * ANERcorp dev split (NewsFANE is ANERcorp's text re-annotated, in its own tokenisation and
   * spelling). A NewsFANE sentence belongs to it when at least half of its 12-letter shingles
   * (letters and digits only, normalised, ل+ال written لل) occur in the dev text. Nothing is
   * ever trained on NewsFANE.
   *
   * @throws IOException if a corpus file cannot be read
   */
  public static List<Conll.Sentence> newsFaneHeldOut(Path root) throws IOException {
    java.util.Set<String> dev = new java.util.HashSet<>();
    for (Conll.Sentence s : anercorpDev(root)) {
      dev.addAll(shingles(letters(s.tokens())));
    }
    List<Conll.Sentence> out = new java.util.ArrayList<>();
    for (Conll.Sentence s : Conll.read(root.resolve("fane/newsfane.txt"))) {
      java.util.Set<String> own = shingles(letters(s.tokens()));
      long shared = own.stream().filter(dev::contains).count();
      if (!own.isEmpty() && shared * 2 >= own.size()) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  private static final int SHINGLE = 12;

  private static String letters(List<String> tokens) {
    StringBuilder b = new StringBuilder();
    for (String t : tokens) {
      String n = dev.alam.text.Normalizer.standard().normalizeToString(t);
      for (int i = 0; i < n.length(); i++) {
        if (Character.isLetterOrDigit(n.charAt(i))) {
          b.append(n.charAt(i));
        }
      }
    }
    return b.toString().replace("لال", "لل");
  }

  private static java.util.Set<String> shingles(String s) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (int i = 0; i + SHINGLE <= s.length(); i++) {
      out.add(s.substring(i, i + SHINGLE));
    }
    return out;
  }

  /**
   * Maps a tag of any corpus onto the coarse scheme: {@code B-PER → B-PERS}, {@code I-MIS →
   * I-MISC}, FANE's fine classes by {@link #coarseFane(String)}; Wojood's {@code PERS}, {@code
   * ORG}, {@code GPE}/{@code LOC} keep their coarse meaning and its other types become {@code O}.
   *
   * @return the coarse tag, or {@code O}
   */
  public static String coarse(String tag) {
    Objects.requireNonNull(tag, "tag");
    if (tag.equals("O") || tag.length() < 3) {
      return "O";
    }
    String prefix = tag.substring(0, 2);
    String type = switch (tag.substring(2)) {
      case "PERS", "PER" -> "PERS";
      case "LOC", "GPE" -> "LOC";
      case "ORG" -> "ORG";
      case "MISC", "MIS" -> "MISC";
      default -> coarseFane(tag.substring(2));
    };
    return type == null ? "O" : prefix + type;
  }

  /** Maps a FANE fine class (without B-/I-) onto PERS, LOC, ORG or MISC, or null for none. */
  public static String coarseFane(String fine) {
    return FANE.get(fine);
  }
}
