package dev.probe.store;

import static dev.probe.store.TestPlays.ME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentSaveTest {

  private final PostgresArchive archive = new PostgresArchive(TestDatabase.freshSchema());

  @Test
  void fourImportersOfTheSamePlaysEndWithEachPlayOnceAndNoError() throws Exception {
    List<Play> plays = TestPlays.many(ME, 400);
    int threads = 4;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<List<PlayKey>>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      List<Play> mine = new ArrayList<>(plays);
      Collections.shuffle(mine, new java.util.Random(t));
      long run = t + 1;
      results.add(
          pool.submit(
              () -> {
                start.await();
                List<PlayKey> fresh = new ArrayList<>();
                // batches of 50 in a shuffled order, each batch its own transaction
                for (int i = 0; i < mine.size(); i += 50) {
                  fresh.addAll(archive.savePlays().savePlays(run, mine.subList(i, i + 50)));
                }
                return fresh;
              }));
    }
    List<PlayKey> allFresh = new ArrayList<>();
    for (Future<List<PlayKey>> f : results) {
      allFresh.addAll(f.get());
    }
    pool.shutdown();

    assertThat(allFresh).hasSize(plays.size()).doesNotHaveDuplicates();
    assertThat(archive.loadPlays().countPlays(ME)).isEqualTo(plays.size());
    long perRun = 0;
    for (long run = 1; run <= threads; run++) {
      perRun += archive.loadPlays().playsOfRun(run).size();
    }
    assertThat(perRun).isEqualTo(plays.size());
  }
}
