package dev.alam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alam.text.CorpusSentences;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@link Alam} is documented as immutable and thread-safe: eight threads sharing one instance,
 * each extracting the documents in a different order, get exactly the sequential results.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;

  @Test
  void eightThreadsSharingOneAlamGetTheSequentialResults() throws Exception {
    List<String> documents = new ArrayList<>(CorpusSentences.lines(CorpusSentences.SEED));
    documents.add(String.join("\n", CorpusSentences.lines(CorpusSentences.SEED)));
    documents.addAll(CorpusSentences.sentences(
        CorpusSentences.CORPORA.resolve("wojood-sample/val.txt")));
    documents.addAll(CorpusSentences.sentences(CorpusSentences.CORPORA.resolve("aqmar/dev.txt"))
        .subList(0, 300));
    // Long documents, which the statistical stage takes in blocks of sentences.
    documents.add(String.join("\n", CorpusSentences.sentences(
        CorpusSentences.CORPORA.resolve("wojood-sample/val.txt"))));
    documents.add(String.join("\n", CorpusSentences.sentences(
        CorpusSentences.CORPORA.resolve("aqmar/dev.txt")).subList(300, 700)));
    Alam alam = Alam.builder().build();
    List<Extraction> sequential = new ArrayList<>();
    for (String document : documents) {
      Extraction result = alam.extract(document);
      EntityInvariants.check(document, result);
      sequential.add(result);
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Extraction[]>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t * documents.size() / THREADS;
        Callable<Extraction[]> task = () -> {
          start.await();
          Extraction[] results = new Extraction[documents.size()];
          for (int k = 0; k < documents.size(); k++) {
            int i = (k + offset) % documents.size();
            results[i] = alam.extract(documents.get(i));
          }
          return results;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Extraction[]> future : futures) {
        Extraction[] results = future.get();
        for (int i = 0; i < documents.size(); i++) {
          Extraction expected = sequential.get(i);
          assertThat(results[i].entities()).as("document %d", i).isEqualTo(expected.entities());
          assertThat(results[i].clusters()).as("document %d", i).isEqualTo(expected.clusters());
          assertThat(results[i].relations()).as("document %d", i)
              .isEqualTo(expected.relations());
          assertThat(results[i].tokens()).as("document %d", i).isEqualTo(expected.tokens());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(sequential.stream().mapToInt(r -> r.entities().size()).sum())
        .as("entities found in all documents").isGreaterThan(500);
  }
}
