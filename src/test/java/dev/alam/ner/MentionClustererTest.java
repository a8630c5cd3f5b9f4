package dev.alam.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link MentionClusterer} attaches a surname alone to the full names around it. */
class MentionClustererTest {
  private static final MentionClusterer CLUSTERER = new MentionClusterer();

  /** One PERSON mention per norm, in document order, a token apart. */
  private static int[] clusterPersons(List<String> norms, List<Cluster> clusters) {
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < norms.size(); i++) {
      int words = norms.get(i).split(" ").length;
      mentions.add(new Mention(EntityType.PERSON, 10 * i, 10 * i + words, null, 0.9,
          Source.GRAMMAR));
    }
    return CLUSTERER.assign(mentions, norms, clusters);
  }

  @Test
  void aSurnameJoinsTheNearestFullNameBeforeItElseTheFirstAfterIt() {
    List<String> norms = List.of("شمخاني", "علي شمخاني", "شمخاني", "حسن شمخاني", "شمخاني",
        "شمخاني");
    List<Cluster> clusters = new ArrayList<>();

    int[] clusterOf = clusterPersons(norms, clusters);

    assertThat(clusterOf[0]).as("before every full name: the first one").isEqualTo(clusterOf[1]);
    assertThat(clusterOf[2]).isEqualTo(clusterOf[1]);
    assertThat(clusterOf[4]).isEqualTo(clusterOf[3]).isNotEqualTo(clusterOf[1]);
    assertThat(clusterOf[5]).isEqualTo(clusterOf[3]);
    assertThat(clusters).extracting(Cluster::name, Cluster::mentions).containsExactly(
        tuple("علي شمخاني", List.of(0, 1, 2)),
        tuple("حسن شمخاني", List.of(3, 4, 5)));
  }

  @Test
  void aSurnameRepeatedThroughALongTextFollowsTheFullNamesInTurn() {
    List<String> norms = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      norms.add((i % 2 == 0 ? "علي" : "حسن") + " شمخاني");
      norms.add("شمخاني");
    }
    List<Cluster> clusters = new ArrayList<>();

    int[] clusterOf = clusterPersons(norms, clusters);

    assertThat(clusters).hasSize(2);
    for (int i = 1; i < norms.size(); i += 2) {
      assertThat(clusterOf[i]).as("mention %d", i).isEqualTo(clusterOf[i - 1]);
    }
  }
}
