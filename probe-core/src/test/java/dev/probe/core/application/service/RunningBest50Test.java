package dev.probe.core.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SyncFlag;
import dev.probe.core.domain.rating.Best50;
import dev.probe.core.domain.rating.RatingRules;
import dev.probe.core.testing.TestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The curve's running B50 equals the B50 rated from scratch, after every change of best. */
class RunningBest50Test {

  @Test
  void everyStepEqualsTheB50RatedFromScratch() {
    Random random = new Random(11);
    Map<ChartId, Chart> charts = new HashMap<>();
    List<ChartId> ids = new ArrayList<>();
    GameVersion[] added = {GameVersion.BUDDIES, GameVersion.PRISM, GameVersion.PRISM_PLUS};
    for (int i = 0; i < 300; i++) {
      ChartRef ref = ChartRef.of("Song " + i, ChartType.DX, Difficulty.MASTER, "13");
      Chart c = TestData.catalogChart(ref, added[i % 3], GameVersion.PRISM_PLUS, 120 + i % 30);
      charts.put(c.id(), c);
      ids.add(c.id());
    }
    List<RatingRules> eras =
        List.of(
            RatingRules.at(Region.JP, Instant.parse("2025-10-01T00:00:00Z"), Instant.now()),
            RatingRules.at(Region.JP, Instant.parse("2026-02-01T00:00:00Z"), Instant.now()));
    RunningBest50 running = new RunningBest50(charts);
    Map<ChartId, BestScore> bests = new HashMap<>();
    for (int step = 0; step < 2000; step++) {
      ChartId id = ids.get(random.nextInt(ids.size()));
      int ach = 900_000 + random.nextInt(110_001);
      ComboFlag combo = random.nextInt(10) == 0 ? ComboFlag.AP : ComboFlag.NONE;
      BestScore best =
          new BestScore(
              id,
              new PlayResult(
                  new Achievement(ach),
                  Rank.of(new Achievement(ach)),
                  new DxScore(1000, 1500),
                  combo,
                  SyncFlag.NONE),
              Instant.EPOCH.plusSeconds(step),
              true);
      bests.put(id, best);
      running.put(best);
      RatingRules rules = eras.get((step / 500) % 2);
      if (step % 7 == 0) {
        assertThat(running.under(rules)).isEqualTo(Best50.of(bests.values(), charts, rules));
      }
    }
  }
}
