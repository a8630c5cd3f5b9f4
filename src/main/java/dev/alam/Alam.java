package dev.alam;

import dev.alam.corpus.Conll;
import dev.alam.model.CoarseConsistency;
import dev.alam.model.LabeledSentence;
import dev.alam.model.NameModel;
import dev.alam.model.StatisticalRecognizer;
import dev.alam.model.TextDomain;
import dev.alam.ner.ClubNameRecognizer;
import dev.alam.ner.Cluster;
import dev.alam.ner.Entity;
import dev.alam.ner.EntityType;
import dev.alam.ner.LeadingGivenNameRecognizer;
import dev.alam.ner.Mention;
import dev.alam.ner.MentionClusterer;
import dev.alam.ner.MentionResolver;
import dev.alam.ner.NationalityAdjectiveTags;
import dev.alam.ner.NerResources;
import dev.alam.ner.PlaceAgreementRecognizer;
import dev.alam.ner.QuotedTitleRecognizer;
import dev.alam.ner.Recognizer;
import dev.alam.ner.Recognizers;
import dev.alam.ner.Relation;
import dev.alam.ner.RelationFinder;
import dev.alam.ner.VenueNameRecognizer;
import dev.alam.text.Sentence;
import dev.alam.text.Token;
import dev.alam.text.TokenizedText;
import dev.alam.text.Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Alam's entry point: extracts the people, offices, countries, organisations, cities, places,
 * events and dates named in Arabic text.
 *
 * <pre>{@code
 * Alam alam = Alam.builder().build();          // loads models once; share the instance
 * Extraction result = alam.extract(text);
 * for (Entity e : result.entities()) {
 *   System.out.println(e.type() + " " + e.text() + " " + e.link().orElse(""));
 * }
 * }</pre>
 *
 * <p>An {@code Alam} is immutable and thread-safe: build it once (loading takes a fraction of a
 * second) and share it between threads. {@link #extract(String)} never throws for any non-null
 * string (unless a recogniser of your own misbehaves); text without Arabic gives a result
 * without entities.
 */
public final class Alam {
  private final Tokenizer tokenizer;
  private final List<Recognizer> stages;
  private final List<Recognizer> grammar;
  private final NameModel model;
  private final TextDomain domain;
  private final int beam;
  private final NerResources resources;
  private final Set<EntityType> types;
  private final double minConfidence;
  private final MentionResolver resolver = new MentionResolver();
  private final RelationFinder relationFinder = new RelationFinder();
  private final MentionClusterer clusterer = new MentionClusterer();

  private Alam(Builder builder, List<Recognizer> stages, List<Recognizer> grammar,
      NameModel model, NerResources resources) {
    this.grammar = List.copyOf(grammar);
    this.model = model;
    this.domain = builder.domain;
    this.beam = builder.beam;
    this.resources = resources;
    this.tokenizer = Tokenizer.standard();
    this.stages = List.copyOf(stages);
    this.types = Collections.unmodifiableSet(EnumSet.copyOf(builder.types));
    this.minConfidence = builder.minConfidence;
  }

  /** Returns a builder with the defaults: all entity types, every bundled recogniser. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the entity types this instance reports. */
  public Set<EntityType> types() {
    return types;
  }

  /**
   * Extracts entities from {@code text}.
   *
   * @param text any text; may be empty
   * @return the tokens, sentences, entities, clusters and relations; never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalStateException if a recogniser added with {@link Builder#addRecognizer}
   *     returns a mention past the last token (a bug in it, named in the message)
   */
  public Extraction extract(String text) {
    Objects.requireNonNull(text, "text");
    TokenizedText tokenized = tokenizer.analyze(text);
    List<Token> tokens = tokenized.tokens();
    List<Mention> candidates = new ArrayList<>();
    List<Mention> view = Collections.unmodifiableList(candidates);
    for (Recognizer stage : stages) {
      for (Mention m : stage.recognize(tokenized, view)) {
        if (m.endToken() > tokens.size()) {
          throw new IllegalStateException(stage + " returned a mention past the last token: " + m);
        }
        if (m.confidence() >= minConfidence) {
          candidates.add(m);
        }
      }
    }
    List<Mention> resolved = resolver.resolve(candidates);
    List<Mention> reported = new ArrayList<>(resolved.size());
    for (Mention m : resolved) {
      if (types.contains(m.type())) {
        reported.add(m);
      }
    }
    List<String> norms = new ArrayList<>(reported.size());
    for (Mention m : reported) {
      norms.add(normOf(tokens, m));
    }
    List<Cluster> clusters = new ArrayList<>();
    int[] clusterOf = clusterer.assign(reported, norms, clusters);
    List<Relation> relations = relationFinder.find(tokens, reported);
    List<Entity> entities = new ArrayList<>(reported.size());
    for (int i = 0; i < reported.size(); i++) {
      Mention m = reported.get(i);
      int start = tokens.get(m.startToken()).start();
      int end = tokens.get(m.endToken() - 1).end();
      entities.add(new Entity(m.type(), start, end, text.substring(start, end), norms.get(i),
          m.linkId(), clusterOf[i], m.confidence(), m.source()));
    }
    return new Extraction(text, tokens, tokenized.sentences(), entities, clusters, relations);
  }

  /**
   * Extracts from many texts at once, in parallel on the common fork-join pool, keeping their
   * order: {@code extractAll(texts).get(i)} equals {@code extract(texts.get(i))}. Because an
   * {@code Alam} is thread-safe, the same works from your own executor by calling {@link
   * #extract(String)} from its threads.
   *
   * @param texts the texts; none null
   * @return one result per text, in the same order; unmodifiable
   * @throws NullPointerException if {@code texts} is null or holds null
   */
  public List<Extraction> extractAll(List<String> texts) {
    Objects.requireNonNull(texts, "texts");
    for (String t : texts) {
      Objects.requireNonNull(t, "texts contains null");
    }
    return texts.parallelStream().map(this::extract).toList();
  }

  /**
   * Tags pre-tokenised text in the coarse scheme of the public benchmarks (ANERcorp, AQMAR):
   * one BIO tag over PERS, LOC, ORG and MISC per given token, a token carrying a proclitic
   * tagged as a whole. The given tokens are never re-tokenised across: each is split only
   * internally (proclitics, attached punctuation).
   *
   * <p>With the statistical model on, the tags are the model's: it was trained on those
   * benchmarks' conventions and sees every lexicon and grammar candidate as a feature. Rules
   * correct them afterwards: a LOC name that a masculine nationality adjective follows is ORG (a
   * club, not its city: {@link PlaceAgreementRecognizer#retagCoarse}), a given name right before
   * a PERS name is part of it ({@link LeadingGivenNameRecognizer#retagCoarse}), a quoted title
   * after a noun such as {@code برنامج} is MISC ({@link QuotedTitleRecognizer#retagCoarse}), a
   * club's name after {@code نادي} or with a prefix such as {@code دينامو} is ORG ({@link
   * ClubNameRecognizer#retagCoarse}; in news text the head noun stays outside, {@link
   * ClubNameRecognizer#leaveHeadOutside}), a stadium's name is MISC ({@link
   * VenueNameRecognizer#retagCoarse}), and a definite singular nationality adjective alone is
   * untagged ({@link NationalityAdjectiveTags#retagCoarse}). Without it, the entities are mapped
   * as ANNOTATION.md says (PERSON → PERS, ORGANIZATION → ORG, COUNTRY names, CITY and LOCATION →
   * LOC, EVENT and MISC → MISC; OFFICE, DATE and nationality adjectives untagged; the outermost
   * remaining mention kept).
   *
   * @param tokens one sentence's tokens; none null or blank
   * @return one tag per token
   * @throws NullPointerException if {@code tokens} is null or holds null
   * @throws IllegalArgumentException if a token is blank
   */
  public List<String> tagCoarse(List<String> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    for (String t : tokens) {
      if (Objects.requireNonNull(t, "tokens contains null").isBlank()) {
        throw new IllegalArgumentException("blank token in " + tokens);
      }
    }
    return tagCoarse(tokens,
        model != null && ClubNameRecognizer.sportContext(resources, List.of(tokens))[0]);
  }

  /** {@link #tagCoarse(List)}, told whether sports words are near the sentence. */
  private List<String> tagCoarse(List<String> tokens, boolean sports) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    LabeledSentence sentence = LabeledSentence.project(
        new Conll.Sentence(tokens, List.of(), false), tokenizer);
    if (model == null) {
      return coarseFromEntities(tokens, sentence.text().text());
    }
    List<Mention> candidates = new ArrayList<>();
    List<Mention> view = Collections.unmodifiableList(candidates);
    for (Recognizer stage : grammar) {
      candidates.addAll(stage.recognize(sentence.text(), view));
    }
    List<Token> own = sentence.text().tokens();
    List<String> tags = new ArrayList<>(model.tag(own, 0, own.size(), view, beam));
    PlaceAgreementRecognizer.retagCoarse(resources, own, tags);
    LeadingGivenNameRecognizer.retagCoarse(resources, own, tags);
    QuotedTitleRecognizer.retagCoarse(own, tags);
    ClubNameRecognizer.retagCoarse(resources, own, tags, sports, domain != TextDomain.NEWS);
    if (domain == TextDomain.NEWS) {
      ClubNameRecognizer.leaveHeadOutside(resources, own, tags);
    }
    VenueNameRecognizer.retagCoarse(resources, own, tags);
    NationalityAdjectiveTags.retagCoarse(resources, own, tags);
    return sentence.toCorpusTags(tags, tokens.size());
  }

  /**
   * Tags the sentences of one running text in the coarse scheme: each sentence as {@link
   * #tagCoarse(List)} does (with sports words looked for in the sentences around it, not only in
   * it), then a name tagged in one sentence is tagged the same way where its exact words recur
   * untagged, within {@code context} sentences before or after, and a club named after its head
   * noun is tagged where its word recurs untagged ({@link ClubNameRecognizer#spreadCoarse}, with
   * the model on; within at most {@value ClubNameRecognizer#WINDOW} sentences).
   *
   * @param sentences the sentences' tokens
   * @param context how many sentences on each side are context; 0 tags each sentence alone
   * @return one tag list per sentence
   * @throws NullPointerException if {@code sentences} is null or holds null
   * @throws IllegalArgumentException if {@code context} is negative or a token is blank
   */
  public List<List<String>> tagCoarse(List<List<String>> sentences, int context) {
    Objects.requireNonNull(sentences, "sentences");
    if (context < 0) {
      throw new IllegalArgumentException("context must be >= 0, got " + context);
    }
    for (List<String> sentence : sentences) {
      for (String t : Objects.requireNonNull(sentence, "sentences contains null")) {
        if (Objects.requireNonNull(t, "tokens contains null").isBlank()) {
          throw new IllegalArgumentException("blank token in " + sentence);
        }
      }
    }
    boolean[] sports = model == null || context == 0 ? null
        : ClubNameRecognizer.sportContext(resources, sentences);
    List<List<String>> tags = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      List<String> sentence = sentences.get(s);
      tags.add(sports == null ? tagCoarse(sentence) : tagCoarse(sentence, sports[s]));
    }
    if (context == 0) {
      return tags;
    }
    tags = CoarseConsistency.propagate(sentences, tags, context);
    // after label consistency, so that a club's word found again is not a source for it
    return model == null ? tags : ClubNameRecognizer.spreadCoarse(resources, sentences, tags,
        Math.min(context, ClubNameRecognizer.WINDOW));
  }

  private List<String> coarseFromEntities(List<String> words, String text) {
    Extraction result = extract(text);
    int[] starts = new int[words.size()];
    int[] ends = new int[words.size()];
    for (int i = 0, at = 0; i < words.size(); i++) {
      starts[i] = at;
      ends[i] = at + words.get(i).length();
      at = ends[i] + 1;
    }
    List<Entity> kept = new ArrayList<>();
    for (Entity e : result.entities()) {
      boolean inner = false;
      for (Entity k : kept) {
        inner |= k.contains(e);
      }
      if (!inner && coarseType(e, result) != null) {
        kept.add(e); // entities come outer first, so containers are already kept
      }
    }
    String[] tags = new String[words.size()];
    java.util.Arrays.fill(tags, "O");
    for (Entity e : kept) {
      String type = coarseType(e, result);
      boolean first = true;
      for (int i = 0; i < words.size(); i++) {
        if (starts[i] < e.end() && e.start() < ends[i] && tags[i].equals("O")) {
          tags[i] = (first ? "B-" : "I-") + type;
          first = false;
        }
      }
    }
    return List.of(tags);
  }

  private String coarseType(Entity e, Extraction result) {
    return switch (e.type()) {
      case PERSON -> "PERS";
      case ORGANIZATION -> "ORG";
      case CITY, LOCATION -> "LOC";
      case EVENT, MISC -> "MISC";
      case COUNTRY -> isNationalityAdjective(e, result.tokens()) ? null : "LOC";
      case OFFICE, DATE -> null;
    };
  }

  private boolean isNationalityAdjective(Entity e, List<Token> tokens) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == e.start()) {
        first = i;
      }
      if (tokens.get(i).end() == e.end()) {
        last = i;
      }
    }
    return first >= 0 && last >= first && resources.isNationalityAdjective(tokens,
        new Mention(e.type(), first, last + 1, e.linkId(), e.confidence(), e.source()));
  }

  private static String normOf(List<Token> tokens, Mention m) {
    StringBuilder b = new StringBuilder();
    for (int t = m.startToken(); t < m.endToken(); t++) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(tokens.get(t).norm());
    }
    return b.toString();
  }

  /**
   * Runs the statistical stage on blocks of whole sentences, each block with only the candidates
   * inside it. The model tags a sentence at a time, and its features see only that sentence, the
   * candidates over it and an office that ends where it starts; but the stage finds those by
   * scanning every candidate of the text for every sentence, which is quadratic in the length of
   * a long text (in a 4 Mi char report, a third of the time went there). A block ends only at a
   * sentence start that no candidate crosses and no office ends at, so every sentence's
   * candidates are in its block and the stage's answer is the one it gives on the whole text.
   * Thread-safe if the stage is.
   */
  static final class SentenceBlocks implements Recognizer {
    /** The fewest tokens in a block, except the last one. */
    static final int BLOCK_TOKENS = 1000;

    private final Recognizer stage;

    SentenceBlocks(Recognizer stage) {
      this.stage = Objects.requireNonNull(stage, "stage");
    }

    @Override
    public List<Mention> recognize(TokenizedText text, List<Mention> earlier) {
      List<Token> tokens = text.tokens();
      int n = tokens.size();
      if (n <= 2 * BLOCK_TOKENS) {
        return stage.recognize(text, earlier);
      }
      // crossing[p]: how many candidates have start < p < end, by prefix sums of +1 at start + 1
      // and -1 at end.
      int[] crossing = new int[n + 1];
      boolean[] officeEnds = new boolean[n + 1];
      for (Mention m : earlier) {
        crossing[m.startToken() + 1]++;
        crossing[m.endToken()]--;
        officeEnds[m.endToken()] |= m.type() == EntityType.OFFICE;
      }
      for (int p = 1; p <= n; p++) {
        crossing[p] += crossing[p - 1];
      }
      // Block starts, at sentence starts as the stage walks them: {first token, first sentence}.
      List<Sentence> sentences = text.sentences();
      List<int[]> starts = new ArrayList<>();
      starts.add(new int[] {0, 0});
      int from = 0;
      for (int s = 0; s < sentences.size(); s++) {
        if (from - starts.get(starts.size() - 1)[0] >= BLOCK_TOKENS && crossing[from] == 0
            && !officeEnds[from]) {
          starts.add(new int[] {from, s});
        }
        while (from < n && tokens.get(from).end() <= sentences.get(s).end()) {
          from++;
        }
      }
      List<List<Mention>> inBlock = new ArrayList<>(starts.size());
      for (int b = 0; b < starts.size(); b++) {
        inBlock.add(new ArrayList<>());
      }
      for (Mention m : earlier) {
        int b = blockOf(starts, m.startToken());
        inBlock.get(b).add(shift(m, -starts.get(b)[0]));
      }
      List<Mention> out = new ArrayList<>();
      for (int b = 0; b < starts.size(); b++) {
        int first = starts.get(b)[0];
        int end = b + 1 < starts.size() ? starts.get(b + 1)[0] : n;
        int sentenceEnd = b + 1 < starts.size() ? starts.get(b + 1)[1] : sentences.size();
        TokenizedText part = new TokenizedText(text.text(), tokens.subList(first, end),
            sentences.subList(starts.get(b)[1], sentenceEnd));
        for (Mention m : stage.recognize(part, Collections.unmodifiableList(inBlock.get(b)))) {
          out.add(shift(m, first));
        }
      }
      return out;
    }

    /** The index of the block holding token {@code token}: the last start at or before it. */
    private static int blockOf(List<int[]> starts, int token) {
      int lo = 0;
      int hi = starts.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (starts.get(mid)[0] <= token) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }

    private static Mention shift(Mention m, int by) {
      return new Mention(m.type(), m.startToken() + by, m.endToken() + by, m.linkId(),
          m.confidence(), m.source());
    }

    @Override
    public String toString() {
      return stage + " in sentence blocks";
    }
  }

  /**
   * Configures an {@link Alam}. Each setter validates its argument at once; {@link #build()}
   * loads the models. A builder is not thread-safe; the instances it builds are.
   */
  public static final class Builder {
    private final EnumSet<EntityType> types = EnumSet.allOf(EntityType.class);
    private final List<Recognizer> extraRecognizers = new ArrayList<>();
    private double minConfidence = 0;
    private boolean statisticalModel = true;
    private Path modelDirectory;
    private int beam = NameModel.DEFAULT_BEAM;
    private TextDomain domain = TextDomain.NEWS;

    private Builder() {}

    /**
     * Reports only mentions of the given types (default: all). Recognition still runs in full,
     * so an office grammar can use countries that are not reported.
     *
     * @throws NullPointerException if {@code types} is null or contains null
     * @throws IllegalArgumentException if {@code types} is empty
     */
    public Builder types(Set<EntityType> types) {
      Objects.requireNonNull(types, "types");
      if (types.isEmpty()) {
        throw new IllegalArgumentException("types must not be empty");
      }
      EnumSet<EntityType> copy = EnumSet.noneOf(EntityType.class);
      for (EntityType t : types) {
        copy.add(Objects.requireNonNull(t, "types contains null"));
      }
      this.types.clear();
      this.types.addAll(copy);
      return this;
    }

    /**
     * Drops candidates whose confidence is below {@code threshold} before they are merged
     * (default 0: keep all).
     *
     * @throws IllegalArgumentException unless {@code 0 <= threshold <= 1}
     */
    public Builder minConfidence(double threshold) {
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("minConfidence must be in [0, 1], got " + threshold);
      }
      this.minConfidence = threshold;
      return this;
    }

    /**
     * Switches the statistical name finder on (the default) or off. Without it only the
     * lexicons and grammars run: faster, precise, but blind to names no list or rule knows.
     */
    public Builder statisticalModel(boolean enabled) {
      this.statisticalModel = enabled;
      return this;
    }

    /**
     * Uses the statistical model in {@code directory} (as written by {@code alam train})
     * instead of the bundled one. It is loaded and validated by {@link #build()}.
     *
     * @throws NullPointerException if {@code directory} is null
     * @throws IllegalArgumentException if {@code directory} is not a directory
     */
    public Builder modelDirectory(Path directory) {
      Objects.requireNonNull(directory, "directory");
      if (!java.nio.file.Files.isDirectory(directory)) {
        throw new IllegalArgumentException("not a model directory: " + directory);
      }
      this.modelDirectory = directory;
      return this;
    }

    /**
     * Sets the statistical model's beam width (default {@value NameModel#DEFAULT_BEAM}; 1 is
     * greedy decoding, the fastest).
     *
     * @throws IllegalArgumentException unless {@code 1 <= width <= 16}
     */
    public Builder beam(int width) {
      if (width < 1 || width > 16) {
        throw new IllegalArgumentException("beam must be in [1, 16], got " + width);
      }
      this.beam = width;
      return this;
    }

    /**
     * Sets the kind of text to expect (default {@link TextDomain#NEWS}); the statistical model
     * tags encyclopaedic text better as {@link TextDomain#WIKIPEDIA}.
     *
     * @throws NullPointerException if {@code domain} is null
     */
    public Builder textDomain(TextDomain domain) {
      this.domain = Objects.requireNonNull(domain, "domain");
      return this;
    }

    /**
     * Adds a recogniser of your own; it runs after the bundled ones, sees their candidates, and
     * its candidates go through the same merge step. It must be thread-safe.
     *
     * @throws NullPointerException if {@code recognizer} is null
     */
    public Builder addRecognizer(Recognizer recognizer) {
      extraRecognizers.add(Objects.requireNonNull(recognizer, "recognizer"));
      return this;
    }

    /**
     * Builds the extractor, loading the bundled lexicons and models.
     *
     * @throws IllegalStateException if a bundled resource is missing or corrupt; the message
     *     names it
     * @throws IllegalArgumentException if a user-supplied model is missing or corrupt; the
     *     message names the file
     * @throws IllegalStateException if a model directory is set with the model switched off
     */
    public Alam build() {
      if (!statisticalModel && modelDirectory != null) {
        throw new IllegalStateException(
            "a model directory is set but the statistical model is switched off");
      }
      if (statisticalModel && modelDirectory == null) {
        NameModel.prefetchBundled();
      }
      NerResources resources = NerResources.bundled();
      List<Recognizer> grammar = Recognizers.grammar(resources);
      List<Recognizer> stages = new ArrayList<>(grammar);
      NameModel model = null;
      if (statisticalModel) {
        if (modelDirectory != null) {
          checkWhole(modelDirectory.resolve(NameModel.MODEL_FILE));
          checkWhole(modelDirectory.resolve(NameModel.CLUSTER_FILE));
        }
        model = (modelDirectory == null ? NameModel.bundled()
            : NameModel.load(modelDirectory, resources)).forDomain(domain);
        stages.add(new SentenceBlocks(new StatisticalRecognizer(model, beam)));
      }
      stages.addAll(Recognizers.afterModel(resources));
      stages.addAll(extraRecognizers);
      stages.addAll(Recognizers.coreference(resources));
      return new Alam(this, stages, grammar, model, resources);
    }

    /**
     * Reads a user's gzip file to its end, so that its checksum is verified: the model reader
     * stops when it has what it needs, and a file cut in its trailer or with a corrupt byte that
     * still inflates would otherwise load. A missing file is left to the loader to report.
     */
    private static void checkWhole(Path file) {
      if (!java.nio.file.Files.isRegularFile(file)) {
        return;
      }
      try (java.io.InputStream in = new java.util.zip.GZIPInputStream(
          java.nio.file.Files.newInputStream(file), 1 << 16)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      } catch (java.io.IOException e) {
        throw new IllegalArgumentException("corrupt file " + file + ": " + e, e);
      }
    }
  }
}
