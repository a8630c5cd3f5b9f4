package dev.alam.gazetteer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Writes the generated lexicon files ({@link LexiconFile#isGenerated()}) from the corpora in
 * {@code ../shared/corpora}; the command-line tool runs it as {@code alam build-lexicons --corpora
 * ../shared/corpora --out models/gazetteer}. Curated files are never touched.
 *
 * <ul>
 *   <li>{@code countries-generated.tsv}: every territory name of {@code
 *       cldr-ar/common/main/ar.xml} and the regional {@code ar_*.xml} files, {@code alt} variants
 *       included, whose type is an accepted alpha-2 code ({@link IsoCountries}), and every name
 *       of {@code country-names-i18n-iso-countries/ar.json}. A parenthesised part is dropped
 *       ({@code ميانمار (بورما)} → {@code ميانمار}); names that normalise alike are merged, the
 *       first spelling kept, their sources listed.
 *   <li>{@code months-generated.tsv}: the wide and abbreviated Gregorian month names of {@code
 *       ar.xml} and of every regional file that has its own (the Levantine {@code كانون الثاني
 *       …}, the Algerian and Tunisian {@code جانفي …}, the Moroccan and Mauritanian series), and
 *       the Islamic month names of {@code ar.xml}, each with its month number.
 *   <li>{@code given-names-generated.tsv} and {@code family-names-generated.tsv}: the Arabic
 *       names of {@code arabic-names-akhateeb} (male, female and last-name lists, and the CSV's
 *       columns), with a name in both given-name lists marked {@code c}, and each {@code عبد X}
 *       also written joined ({@code عبدالله}), as it often is.
 * </ul>
 *
 * <p>The output depends only on the corpora: regenerating from unchanged corpora reproduces the
 * committed files byte for byte. Stateless and thread-safe.
 */
public final class LexiconGenerator {
  private static final String TOOL = "dev.alam.gazetteer.LexiconGenerator (alam build-lexicons)";
  private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
  private static final String ABD = "عبد ";

  private LexiconGenerator() {}

  /**
   * Runs the generator: {@code --corpora DIR --out DIR}.
   *
   * @param args the command-line arguments
   * @throws IOException if a corpus file cannot be read or an output file written
   */
  public static void main(String[] args) throws IOException {
    Path corpora = null;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--corpora") && i + 1 < args.length) {
        corpora = Path.of(args[++i]);
      } else if (args[i].equals("--out") && i + 1 < args.length) {
        out = Path.of(args[++i]);
      } else {
        usage(System.err);
        System.exit(2);
        return;
      }
    }
    if (corpora == null || out == null) {
      usage(System.err);
      System.exit(2);
      return;
    }
    for (Path written : generate(corpora, out)) {
      System.out.println("wrote " + written);
    }
  }

  private static void usage(PrintStream err) {
    err.println("usage: build-lexicons --corpora DIR --out DIR");
  }

  /**
   * Writes every generated lexicon file into {@code out}, replacing earlier versions.
   *
   * @param corpora the corpora directory, holding {@code cldr-ar}, {@code
   *     country-names-i18n-iso-countries} and {@code arabic-names-akhateeb}
   * @param out the lexicon directory, e.g. {@code models/gazetteer}; created if absent
   * @return the files written
   * @throws NullPointerException if an argument is null
   * @throws IOException if a corpus file is missing or unreadable, or a file cannot be written
   */
  public static List<Path> generate(Path corpora, Path out) throws IOException {
    Objects.requireNonNull(out, "out");
    Map<LexiconFile, String> files = render(corpora);
    Files.createDirectories(out);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<LexiconFile, String> e : files.entrySet()) {
      Path target = out.resolve(e.getKey().fileName());
      Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
      written.add(target);
    }
    return List.copyOf(written);
  }

  /**
   * Returns the content of every generated lexicon file without writing anything.
   *
   * @param corpora the corpora directory
   * @return each generated file's full text, UTF-8 with LF line ends, in {@link LexiconFile}
   *     order
   * @throws NullPointerException if {@code corpora} is null
   * @throws IOException if a corpus file is missing, unreadable or malformed
   */
  public static Map<LexiconFile, String> render(Path corpora) throws IOException {
    Objects.requireNonNull(corpora, "corpora");
    Path cldr = corpora.resolve("cldr-ar/common/main");
    List<Path> locales = localeFiles(cldr);
    Map<LexiconFile, String> files = new LinkedHashMap<>();
    files.put(LexiconFile.COUNTRIES_GENERATED, countries(corpora, locales));
    files.put(LexiconFile.MONTHS_GENERATED, months(locales));
    Path names = corpora.resolve("arabic-names-akhateeb");
    files.put(LexiconFile.GIVEN_NAMES_GENERATED, givenNames(names));
    files.put(LexiconFile.FAMILY_NAMES_GENERATED, familyNames(names));
    return files;
  }

  // ---- countries

  private static String countries(Path corpora, List<Path> locales) throws IOException {
    // code -> normalised key -> entry (first spelling, sources)
    Map<String, Map<String, Named>> byCode = new TreeMap<>();
    for (Path file : locales) {
      String locale = localeOf(file);
      Document doc = parseXml(file);
      NodeList territories = doc.getElementsByTagName("territory");
      for (int i = 0; i < territories.getLength(); i++) {
        Element t = (Element) territories.item(i);
        String code = t.getAttribute("type");
        String text = t.getTextContent().strip();
        if (!ALPHA2.matcher(code).matches() || !IsoCountries.isAssigned(code) || text.isEmpty()
            || !isUnder(t, "territories")) {
          continue;
        }
        String alt = t.getAttribute("alt");
        add(byCode, code, text, "cldr:" + locale + (alt.isEmpty() ? "" : ":" + alt));
      }
    }
    Path json = corpora.resolve("country-names-i18n-iso-countries/ar.json");
    for (Map.Entry<String, String> e : isoCountryNames(json).entrySet()) {
      if (IsoCountries.isAssigned(e.getKey())) {
        add(byCode, e.getKey(), e.getValue(), "iso-countries");
      }
    }
    dropAmbiguousShortenings(byCode);
    StringBuilder out = header(
        "countries.tsv",
        "cldr-ar/common/main/ar.xml and ar_*.xml (Unicode CLDR, Unicode-DFS-2016),"
            + " country-names-i18n-iso-countries/ar.json (MIT)",
        "code\tname\tsources (cldr:LOCALE[:ALT], iso-countries)");
    byCode.forEach((code, names) -> names.values().forEach(
        n -> out.append(code).append('\t').append(n.text).append('\t')
            .append(String.join(",", n.sources)).append('\n')));
    return out.toString();
  }

  private static void add(Map<String, Map<String, Named>> byCode, String code, String raw,
      String source) {
    String text = clean(raw);
    if (text.isEmpty()) {
      return;
    }
    Map<String, Named> names = byCode.computeIfAbsent(code, c -> new LinkedHashMap<>());
    boolean shortened = PARENTHESES.matcher(raw).find();
    Named named = names.get(keyText(text));
    if (named == null) {
      named = new Named(text);
      named.shortened = shortened;
      names.put(keyText(text), named);
    }
    named.addSource(source);
    named.shortened &= shortened; // one unshortened source makes the name sure
  }

  /**
   * Drops names that only dropping a parenthesis made ambiguous: {@code سانت مارتن (الجزء
   * الفرنسي)} (MF) is not the {@code سانت مارتن} of SX.
   */
  private static void dropAmbiguousShortenings(Map<String, Map<String, Named>> byCode) {
    Map<String, Integer> codesPerKey = new LinkedHashMap<>();
    byCode.values().forEach(
        names -> names.keySet().forEach(k -> codesPerKey.merge(k, 1, Integer::sum)));
    byCode.values().forEach(names -> names.entrySet().removeIf(
        e -> e.getValue().shortened && codesPerKey.get(e.getKey()) > 1));
  }

  private static Map<String, String> isoCountryNames(Path json) throws IOException {
    Map<String, String> names = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(json);
        JsonParser p = new JsonFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(json + ": expected a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("countries") && value == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String code = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.VALUE_STRING) {
              names.put(code, p.getText());
            } else if (v == JsonToken.START_ARRAY) {
              while (p.nextToken() == JsonToken.VALUE_STRING) {
                names.putIfAbsent(code, p.getText()); // the first is the preferred name
              }
            } else {
              p.skipChildren();
            }
          }
        } else {
          p.skipChildren();
        }
      }
    }
    if (names.isEmpty()) {
      throw new IOException(json + ": no countries");
    }
    return names;
  }

  // ---- months

  private static String months(List<Path> locales) throws IOException {
    // calendar+month -> key -> entry; TreeMap on a sortable id keeps calendar then month order
    Map<String, Map<String, Named>> byMonth = new TreeMap<>();
    for (Path file : locales) {
      String locale = localeOf(file);
      Document doc = parseXml(file);
      NodeList calendars = doc.getElementsByTagName("calendar");
      for (int i = 0; i < calendars.getLength(); i++) {
        Element calendar = (Element) calendars.item(i);
        String type = calendar.getAttribute("type");
        if (!type.equals("gregorian") && !(type.equals("islamic") && locale.equals("ar"))) {
          continue;
        }
        NodeList widths = calendar.getElementsByTagName("monthWidth");
        for (int w = 0; w < widths.getLength(); w++) {
          Element width = (Element) widths.item(w);
          String widthType = width.getAttribute("type");
          if (!widthType.equals("wide") && !widthType.equals("abbreviated")) {
            continue;
          }
          NodeList months = width.getElementsByTagName("month");
          for (int m = 0; m < months.getLength(); m++) {
            Element month = (Element) months.item(m);
            String text = clean(month.getTextContent());
            int number = Integer.parseInt(month.getAttribute("type"));
            if (text.length() < 2 || !month.getAttribute("yeartype").isEmpty()) {
              continue;
            }
            String id = (type.equals("gregorian") ? "1" : "2") + String.format("%02d", number);
            byMonth.computeIfAbsent(id, k -> new LinkedHashMap<>())
                .computeIfAbsent(keyText(text), k -> new Named(text)).addSource("cldr:" + locale);
          }
        }
      }
    }
    StringBuilder out = header(
        "date-words.tsv",
        "cldr-ar/common/main/ar.xml and ar_*.xml (Unicode CLDR, Unicode-DFS-2016):"
            + " Gregorian months of every locale, Islamic months of ar",
        "form\tcalendar (gregorian, islamic)\tmonth (1-12)\tsources (cldr:LOCALE)");
    byMonth.forEach((id, names) -> names.values().forEach(n -> out.append(n.text).append('\t')
        .append(id.charAt(0) == '1' ? "gregorian" : "islamic").append('\t')
        .append(Integer.parseInt(id.substring(1))).append('\t')
        .append(String.join(",", n.sources)).append('\n')));
    return out.toString();
  }

  // ---- person names

  private static final String MALE = "male-first--names-in-arabic.txt";
  private static final String FEMALE = "female-first-names-in-arabic.txt";
  private static final String LAST = "last-names-in-arabic.txt";
  private static final String CSV = "200-Arabic-Names-UTF8.csv";

  private static String givenNames(Path dir) throws IOException {
    Map<String, Named> names = new LinkedHashMap<>();
    Map<String, String> genders = new LinkedHashMap<>();
    addNames(names, genders, lines(dir.resolve(MALE)), MALE, "m");
    addNames(names, genders, lines(dir.resolve(FEMALE)), FEMALE, "f");
    List<List<String>> csv = csv(dir.resolve(CSV));
    addNames(names, genders, column(csv, 0), CSV, "m");
    addNames(names, genders, column(csv, 1), CSV, "f");
    StringBuilder out = header(
        null,
        "arabic-names-akhateeb/" + MALE + ", " + FEMALE + ", " + CSV + " columns Male and Female"
            + " (MIT); a joined spelling added for every عبد X",
        "name\tgender (m, f, c = listed as both)\tsources");
    names.forEach((key, n) -> out.append(n.text).append('\t').append(genders.get(key))
        .append('\t').append(String.join(",", n.sources)).append('\n'));
    return out.toString();
  }

  private static String familyNames(Path dir) throws IOException {
    Map<String, Named> names = new LinkedHashMap<>();
    Map<String, String> genders = new LinkedHashMap<>();
    addNames(names, genders, lines(dir.resolve(LAST)), LAST, "c");
    addNames(names, genders, column(csv(dir.resolve(CSV)), 2), CSV, "c");
    StringBuilder out = header(
        null,
        "arabic-names-akhateeb/" + LAST + ", " + CSV + " column Lastname (MIT);"
            + " a joined spelling added for every عبد X",
        "name\tsources");
    names.forEach((key, n) -> out.append(n.text).append('\t')
        .append(String.join(",", n.sources)).append('\n'));
    return out.toString();
  }

  private static void addNames(Map<String, Named> names, Map<String, String> genders,
      List<String> list, String source, String gender) {
    for (String raw : list) {
      String name = clean(raw);
      if (name.isEmpty()) {
        continue;
      }
      List<String> spellings = new ArrayList<>(2);
      spellings.add(name);
      if (name.startsWith(ABD) && name.indexOf(' ', ABD.length()) < 0) {
        spellings.add("عبد" + name.substring(ABD.length()));
      }
      for (String spelling : spellings) {
        String key = keyText(spelling);
        names.computeIfAbsent(key, k -> new Named(spelling)).addSource(
            spelling.equals(name) ? source : source + ":joined");
        genders.merge(key, gender, (a, b) -> a.equals(b) ? a : "c");
      }
    }
  }

  private static List<String> lines(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lines.add(line.replace("\uFEFF", ""));
    }
    return lines;
  }

  /** Reads the names CSV: a header line, then comma-separated fields without quoting. */
  private static List<List<String>> csv(Path file) throws IOException {
    List<String> lines = lines(file);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).indexOf('"') >= 0) {
        throw new IOException(file + ":" + (i + 1) + ": quoted CSV fields are not supported");
      }
      rows.add(List.of(lines.get(i).split(",", -1)));
    }
    return rows;
  }

  private static List<String> column(List<List<String>> rows, int index) {
    List<String> out = new ArrayList<>();
    for (List<String> row : rows) {
      if (index < row.size()) {
        out.add(row.get(index));
      }
    }
    return out;
  }

  // ---- shared

  private static List<Path> localeFiles(Path cldr) throws IOException {
    Path main = cldr.resolve("ar.xml");
    if (!Files.isRegularFile(main)) {
      throw new IOException("missing " + main);
    }
    List<Path> regional = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(cldr, "ar_*.xml")) {
      dir.forEach(regional::add);
    }
    regional.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    List<Path> all = new ArrayList<>();
    all.add(main);
    all.addAll(regional);
    return all;
  }

  private static String localeOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".xml".length());
  }

  private static Document parseXml(Path file) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(false);
      factory.setValidating(false);
      // The CLDR files name a DTD that is not shipped with the corpus: never fetch it.
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      try (InputStream in = Files.newInputStream(file)) {
        return builder.parse(in, file.toString());
      }
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static boolean isUnder(Element element, String parentName) {
    Node parent = element.getParentNode();
    return parent != null && parentName.equals(parent.getNodeName());
  }

  private static String clean(String raw) {
    String text = PARENTHESES.matcher(raw.replace("\uFEFF", "")).replaceAll("");
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /** The identity of a name for merging: its gazetteer key. */
  private static String keyText(String text) {
    return String.join(" ", Gazetteer.keyOf(text));
  }

  private static StringBuilder header(String curated, String from, String columns) {
    return new StringBuilder()
        .append("# GENERATED by ").append(TOOL).append(". Do not edit: regenerate")
        .append(curated == null ? "" : ", or curate in " + curated).append(".\n")
        .append("# From ").append(from).append(".\n")
        .append("# columns: ").append(columns).append('\n');
  }

  /** A name with the sources it came from, in order of first appearance. */
  private static final class Named {
    final String text;
    final List<String> sources = new ArrayList<>(2);
    boolean shortened;

    Named(String text) {
      this.text = text;
    }

    void addSource(String source) {
      if (!sources.contains(source)) {
        sources.add(source);
      }
    }
  }
}
