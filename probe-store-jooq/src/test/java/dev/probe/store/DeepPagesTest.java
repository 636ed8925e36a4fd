package dev.probe.store;

import static dev.probe.store.TestPlays.ME;
import static dev.probe.store.TestPlays.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.testing.StoreFixture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Deep history pages, which start their walk at a month ({@code play_month}), page by page. */
class DeepPagesTest {

  private final PostgresArchive archive = new PostgresArchive(TestDatabase.freshSchema());

  @Test
  void everyPageOfAllPlaysAndOfOneDifficultyMatchesTheCoresInMemoryStore() {
    Random random = new Random(9);
    List<Play> plays = new ArrayList<>();
    Instant at = T0;
    for (int i = 0; i < 5000; i++) {
      // bursts of credits, gaps of hours to weeks, and plays that share an instant
      at = at.plusSeconds(random.nextInt(10) == 0 ? random.nextInt(1_500_000) : random.nextInt(3));
      // most of one difficulty, so that its deep pages start at a month too
      Difficulty d = random.nextInt(10) < 7 ? Difficulty.EXPERT : Difficulty.values()[i % 4];
      plays.add(on(TestPlays.play(ME, 0, "Song " + random.nextInt(30), 900_000), d, at, i));
    }
    plays.addAll(TestPlays.many(new PlayerId("other"), 1200));
    Collections.shuffle(plays, random);
    StoreFixture memory = StoreFixture.inMemory();
    for (int from = 0; from < plays.size(); from += 700) {
      List<Play> batch = plays.subList(from, Math.min(plays.size(), from + 700));
      archive.savePlays().savePlays(1, batch);
      memory.savePlays().savePlays(1, batch);
    }
    // a save of plays already stored adds nothing to the months
    archive.savePlays().savePlays(2, plays.subList(0, 500));

    for (PlayFilter filter : List.of(PlayFilter.ALL, difficulty(Difficulty.EXPERT))) {
      for (int size : List.of(50, 37)) {
        for (int page = 1; page <= 5000 / size + 2; page += 1 + random.nextInt(4)) {
          PageRequest request = new PageRequest(page, size);
          assertThat(archive.loadPlays().findPlays(ME, filter, request))
              .as(filter + " " + request)
              .isEqualTo(memory.loadPlays().findPlays(ME, filter, request));
        }
      }
    }
  }

  private static PlayFilter difficulty(Difficulty d) {
    return new PlayFilter(null, "", d, null, "", null, null, null, null, null, false);
  }

  private static Play on(Play p, Difficulty d, Instant at, int i) {
    ChartRef ref = TestPlays.ref(p.chart().title(), d);
    return new Play(
        p.player(),
        new PlayKey("t:" + i),
        ChartIds.of(ref),
        ref,
        1 + i % 4,
        at,
        p.result(),
        false,
        false,
        0,
        "",
        null);
  }
}
