package dev.probe.core.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.application.port.in.ExportScoresQuery;
import dev.probe.core.application.port.in.ScoreRow;
import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SyncFlag;
import dev.probe.core.testing.InMemoryStore;
import dev.probe.core.testing.MutableClock;
import dev.probe.core.testing.TestData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportScoresServiceTest {

  final InMemoryStore store = new InMemoryStore();
  final MutableClock clock = MutableClock.startingAt("2026-01-01T00:00:00Z");

  @Test
  void rowsCarryStableIdsAndWhatTheCatalogueKnows() {
    ChartId known = ImportScoresServiceTest.SONG;
    ChartId notInCatalogue = ChartId.of("Aaa", ChartType.STD, Difficulty.BASIC);
    store.savePlayer(TestData.player(TestData.ME, Region.CN));
    store.saveCatalog(List.of(), List.of(ImportScoresServiceTest.chart(known, 907)));
    PlayResult r =
        new PlayResult(
            new Achievement(1_000_000),
            Rank.SSS,
            new DxScore(10, 0),
            ComboFlag.NONE,
            SyncFlag.NONE);
    Instant seen = Instant.parse("2025-01-01T00:00:00Z");
    store.saveListedScores(TestData.ME, seen, Map.of(known, r, notInCatalogue, r));

    List<ScoreRow> rows =
        new ExportScoresService(store, store, store, clock)
            .exportScores(new ExportScoresQuery(TestData.ME));

    assertThat(rows).extracting(ScoreRow::chartId).containsExactly(notInCatalogue, known);
    assertThat(rows.get(0).level()).isEmpty();
    assertThat(rows.get(0).constant()).isEmpty();
    assertThat(rows.get(1).level()).isEqualTo("14+");
    assertThat(rows.get(1).constant()).isEqualTo("14.8");
    // MAIMAI-RULES §1: 14.8 at 100.0000% (SSS, factor 21.6) gives 319
    assertThat(rows.get(1).rating()).isEqualTo(319);
    assertThat(rows.get(0).rating()).isZero();
    assertThat(rows.get(1).achievedAt()).isEqualTo(seen);
  }
}
