package dev.alam.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The tokenizer is documented as thread-safe: shared by threads, it gives the sequential answer. */
class TokenizerConcurrencyTest {
  private static final int THREADS = 8;

  @Test
  void eightThreadsSharingOneTokenizerGetTheSequentialAnswer() throws Exception {
    Tokenizer tokenizer = Tokenizer.standard();
    List<String> texts = new ArrayList<>(CorpusSentences.lines(CorpusSentences.SEED));
    texts.addAll(CorpusSentences.sentences(
        CorpusSentences.CORPORA.resolve("wikinews-farasa/WikiNewsTruth.txt")));
    List<TokenizedText> sequential = new ArrayList<>();
    for (String text : texts) {
      sequential.add(tokenizer.analyze(text));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<TokenizedText>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        Callable<List<TokenizedText>> task = () -> {
          start.await();
          // Each thread walks the texts from a different place, so they overlap in time.
          List<TokenizedText> results = new ArrayList<>(texts.size());
          for (int i = 0; i < texts.size(); i++) {
            results.add(null);
          }
          for (int k = 0; k < texts.size(); k++) {
            int i = (k + offset * texts.size() / THREADS) % texts.size();
            results.set(i, tokenizer.analyze(texts.get(i)));
          }
          return results;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<TokenizedText>> future : futures) {
        List<TokenizedText> results = future.get();
        for (int i = 0; i < texts.size(); i++) {
          assertThat(results.get(i).tokens()).isEqualTo(sequential.get(i).tokens());
          assertThat(results.get(i).sentences()).isEqualTo(sequential.get(i).sentences());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
