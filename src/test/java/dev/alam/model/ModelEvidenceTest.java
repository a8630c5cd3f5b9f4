package dev.alam.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alam.corpus.Conll;
import dev.alam.ner.NameEvidence;
import dev.alam.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model's name evidence: tagging reads the counts of every sentence; a training sentence's
 * features read the counts without its own fold, so a name found only in its fold is unseen
 * there, as a new name is on new text.
 */
class ModelEvidenceTest {
  /** One sentence per name: "قال NAME امس", the name tagged PERS; names differ by index. */
  private static final String[] NAMES = {"زيد", "عمرو", "خالد", "سعيد", "حسام", "ماجد", "رامي",
      "نادر", "طارق", "هاني"};

  private static LabeledSentence sentence(String name) {
    return sentence(name, "news");
  }

  private static LabeledSentence sentence(String name, String domain) {
    return LabeledSentence.project(new Conll.Sentence(List.of("قال", name, "امس"),
        List.of(List.of("O", "B-PERS", "O")), false), Tokenizer.standard(),
        domain);
  }

  private static List<LabeledSentence> training() {
    List<LabeledSentence> out = new ArrayList<>();
    for (String name : NAMES) {
      out.add(sentence(name));
    }
    return out;
  }

  @Test
  void taggingCountsEverySentenceAndTheEvidenceOnlyOnes() {
    List<LabeledSentence> training = training();
    ModelEvidence evidence = new ModelEvidence(training, List.of(sentence("زيد")));

    NameEvidence all = evidence.all();
    assertThat(all.total("قال")).isEqualTo(NAMES.length + 1);
    assertThat(all.person("قال")).isZero();
    assertThat(all.person("زيد")).isEqualTo(2);
    for (String name : NAMES) {
      assertThat(all.person(name)).as(name).isPositive();
    }
  }

  @Test
  void aTrainingSentenceDoesNotSeeTheNamesOfItsOwnFold() {
    List<LabeledSentence> training = training();
    ModelEvidence evidence = new ModelEvidence(training, List.of(sentence("زيد")));
    int perFold = NAMES.length / ModelEvidence.FOLDS; // 2: contiguous folds of two sentences

    for (int i = 0; i < NAMES.length; i++) {
      NameEvidence heldOut = evidence.heldOutFor(training.get(i));
      int fold = i / perFold;
      for (int j = 0; j < NAMES.length; j++) {
        boolean sameFold = j / perFold == fold;
        int expected = (sameFold ? 0 : 1) + (NAMES[j].equals("زيد") ? 1 : 0);
        assertThat(heldOut.person(NAMES[j])).as("%s seen from sentence %d", NAMES[j], i)
            .isEqualTo(expected);
      }
      assertThat(heldOut.total("قال")).isEqualTo(NAMES.length + 1 - perFold);
    }
  }

  @Test
  void eachDomainIsCutIntoFoldsOfItsOwn() {
    // Ten news sentences, then five wiki ones: folds of two news or one wiki sentence each.
    List<LabeledSentence> training = new ArrayList<>(training());
    String[] wiki = {"باسل", "جميل", "حمدي", "راشد", "صالح"};
    for (String name : wiki) {
      training.add(sentence(name, "wiki"));
    }
    ModelEvidence evidence = new ModelEvidence(training, List.of());

    NameEvidence firstWiki = evidence.heldOutFor(training.get(NAMES.length));
    assertThat(firstWiki.person(wiki[0])).isZero();
    assertThat(firstWiki.person(wiki[1])).isEqualTo(1);
    assertThat(firstWiki.person(NAMES[NAMES.length - 1])).isEqualTo(1);
    NameEvidence lastNews = evidence.heldOutFor(training.get(NAMES.length - 1));
    assertThat(lastNews.person(NAMES[NAMES.length - 2])).isZero();
    assertThat(lastNews.person(wiki[0])).isEqualTo(1);
  }

  /**
   * What the trainer streams reads the held-out counts: a name seen only in its own fold is
   * unseen in its training features, and rare (seen once, in a name) when tagging.
   */
  @Test
  void theTrainerFeaturesReadTheHeldOutCountsAndTaggingReadsAll() throws java.io.IOException {
    List<LabeledSentence> training = training();
    NameModelTrainer trainer = TinyModel.plain().trainer();
    opennlp.tools.util.ObjectStream<opennlp.tools.ml.model.Event> events =
        trainer.events(training, List.of(), List.of(), false);
    List<String> trainingFeatures = null;
    for (int i = 0; i < 2; i++) { // قال, then the name of the first sentence
      trainingFeatures = List.of(events.read().getContext());
    }
    LabeledSentence first = training.get(0);
    List<dev.alam.text.Token> tokens = first.text().tokens();
    FeatureExtractor tagging = new FeatureExtractor(dev.alam.ner.NerResources.bundled(),
        TinyModel.plain().nameModel().clusters(),
        new ModelEvidence(training, List.of()).all());
    List<String> taggingFeatures = List.of(tagging.staticFeatures(tokens, 0, tokens.size(),
        trainer.candidates(first))[1]);

    assertThat(tokens.get(1).norm()).isEqualTo(NAMES[0]);
    assertThat(trainingFeatures).contains("ev=unseen").doesNotContain("ev=rare");
    assertThat(taggingFeatures).contains("ev=rare", "evp=hirare").doesNotContain("ev=unseen");
  }

  /**
   * A training sentence that the lexicon's evidence counted reads that evidence without its
   * fold too: a word the lexicon saw twice inside person names, once in this sentence, is a known
   * person word (two or more times in a name) when tagging but not in this sentence's training
   * features.
   */
  @Test
  void aSentenceTheLexiconCountedReadsTheLexiconWithoutItsFold() throws java.io.IOException {
    String word = "دقلوس"; // no lexicon lists it; a person word only by the evidence given here
    dev.alam.ner.NerResources lexicon = dev.alam.ner.NerResources.bundled().withEvidence(
        NameEvidence.of(java.util.Map.of(word, new int[] {2, 2, 0, 0, 0})));
    NameModelTrainer trainer =
        new NameModelTrainer(lexicon, TinyModel.plain().nameModel().clusters());
    List<LabeledSentence> training = new ArrayList<>(List.of(sentence(word)));
    for (int i = 1; i < NAMES.length; i++) {
      training.add(sentence(NAMES[i]));
    }
    LabeledSentence first = training.get(0);
    List<dev.alam.text.Token> tokens = first.text().tokens();
    FeatureExtractor tagging = new FeatureExtractor(lexicon,
        TinyModel.plain().nameModel().clusters(), new ModelEvidence(training, List.of()).all());
    List<String> taggingFeatures = List.of(tagging.staticFeatures(tokens, 0, tokens.size(),
        trainer.candidates(first))[1]);

    assertThat(tokens.get(1).norm()).isEqualTo(word);
    assertThat(taggingFeatures).contains("x=personword");
    assertThat(List.of(nameFeatures(trainer.events(training, List.of(), training, false))))
        .doesNotContain("x=personword");
    assertThat(List.of(nameFeatures(trainer.events(training, List.of(), List.of(), false))))
        .as("not counted by the lexicon: its evidence is read whole").contains("x=personword");
  }

  /** The features of the second event (the name of the first sentence). */
  private static String[] nameFeatures(
      opennlp.tools.util.ObjectStream<opennlp.tools.ml.model.Event> events)
      throws java.io.IOException {
    events.read();
    return events.read().getContext();
  }

  @Test
  void onlyTrainingSentencesHaveHeldOutCounts() {
    ModelEvidence evidence = new ModelEvidence(training(), List.of());

    assertThatThrownBy(() -> evidence.heldOutFor(sentence("زيد")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fewerSentencesThanFoldsHoldEachOneOut() {
    List<LabeledSentence> two = List.of(sentence("زيد"), sentence("عمرو"));
    ModelEvidence evidence = new ModelEvidence(two, List.of());

    assertThat(evidence.heldOutFor(two.get(0)).total("زيد")).isZero();
    assertThat(evidence.heldOutFor(two.get(0)).person("عمرو")).isEqualTo(1);
    assertThat(evidence.all().person("زيد")).isEqualTo(1);
  }
}
