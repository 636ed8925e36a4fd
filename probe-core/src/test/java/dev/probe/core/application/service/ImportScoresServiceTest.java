package dev.probe.core.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.application.port.in.ImportScoresCommand;
import dev.probe.core.application.port.in.ImportScoresResult;
import dev.probe.core.application.port.in.ImportedScore;
import dev.probe.core.application.port.out.ScoreListStorePort;
import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SyncFlag;
import dev.probe.core.testing.InMemoryStore;
import dev.probe.core.testing.MutableClock;
import dev.probe.core.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportScoresServiceTest {

  static final PlayerId ME = TestData.ME;
  static final ChartId SONG = ChartId.of("Sample Song 04", ChartType.DX, Difficulty.MASTER);
  static final ChartId OTHER = ChartId.of("Sample Song 05", ChartType.DX, Difficulty.MASTER);
  static final ChartId UNKNOWN = ChartId.of("Not In Catalogue", ChartType.STD, Difficulty.BASIC);
  static final Instant DAY1 = Instant.parse("2025-01-01T00:00:00Z");
  static final Instant DAY2 = Instant.parse("2025-02-01T00:00:00Z");

  final InMemoryStore store = new InMemoryStore();
  final MutableClock clock = MutableClock.startingAt("2026-01-01T00:00:00Z");
  final ImportScoresService service = new ImportScoresService(store, store, store, clock);

  @BeforeEach
  void catalogue() {
    store.savePlayer(TestData.player(ME, Region.CN));
    store.saveCatalog(List.of(), List.of(chart(SONG, 907), chart(OTHER, 817)));
  }

  static Chart chart(ChartId id, int notes) {
    return new Chart(
        id,
        "14+",
        new NoteCounts(notes, 0, 0, 0, 0),
        GameVersion.PRISM,
        Map.of(GameVersion.PRISM, InternalLevel.exact(148)),
        false,
        false);
  }

  static ImportedScore row(
      int line, ChartId chart, int achievement, int dx, ComboFlag combo, Instant at) {
    Achievement a = new Achievement(achievement);
    return new ImportedScore(
        line,
        chart.song().title(),
        chart,
        new PlayResult(a, Rank.of(a), new DxScore(dx, 0), combo, SyncFlag.NONE),
        at);
  }

  Map<ChartId, BestScore> bests() {
    clock.advance(Duration.ofSeconds(1));
    Map<ChartId, BestScore> out = new java.util.HashMap<>();
    store.bestScores(ME, clock.instant()).forEach(b -> out.put(b.chartId(), b));
    return out;
  }

  ImportScoresResult importRows(ImportedScore... rows) {
    return service.importScores(new ImportScoresCommand(ME, "diving-fish", List.of(rows)));
  }

  @Test
  void rowsBecomeListedBestsWithTheirDateAndTheChartsMaximum() {
    ImportScoresResult result =
        importRows(
            row(1, SONG, 1_005_000, 2600, ComboFlag.AP, DAY1),
            row(2, OTHER, 990_000, 0, ComboFlag.NONE, DAY2));
    assertThat(result.saved()).isEqualTo(2);
    assertThat(result.improved()).isEqualTo(2);
    BestScore best = bests().get(SONG);
    assertThat(best.best().achievement().value()).isEqualTo(1_005_000);
    assertThat(best.best().dxScore()).isEqualTo(new DxScore(2600, 2721));
    assertThat(best.achievedAt()).isEqualTo(DAY1);
    assertThat(best.fromPlays()).isFalse();
  }

  @Test
  void aWorseImportNeverLowersABest() {
    importRows(row(1, SONG, 1_005_000, 2600, ComboFlag.AP, DAY1));
    ImportScoresResult second = importRows(row(1, SONG, 900_000, 2000, ComboFlag.NONE, DAY2));
    assertThat(second.improved()).isZero();
    assertThat(bests().get(SONG).best().achievement().value()).isEqualTo(1_005_000);
    assertThat(bests().get(SONG).best().combo()).isEqualTo(ComboFlag.AP);
  }

  @Test
  void unknownChartsAndImpossibleScoresAreSetAsideWithTheirLine() {
    ImportScoresResult result =
        importRows(
            row(1, SONG, 1_000_000, 100, ComboFlag.NONE, DAY1),
            row(2, UNKNOWN, 1_000_000, 100, ComboFlag.NONE, DAY1),
            row(3, OTHER, 1_000_000, 9999, ComboFlag.NONE, DAY1));
    assertThat(result.saved()).isEqualTo(1);
    assertThat(result.setAside()).hasSize(2);
    assertThat(result.setAside().get(0).score().line()).isEqualTo(2);
    assertThat(result.setAside().get(0).reason()).contains("catalogue has no chart");
    assertThat(result.setAside().get(1).reason()).contains("above the chart's maximum 2451");
    assertThat(bests()).containsOnlyKeys(SONG);
  }

  @Test
  void duplicateRowsKeepTheBestOfEachPartAndAreReported() {
    ImportScoresResult result =
        importRows(
            row(4, SONG, 1_000_000, 2700, ComboFlag.NONE, DAY1),
            row(9, SONG, 1_004_000, 2500, ComboFlag.FC, DAY2));
    assertThat(result.duplicates())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.line()).isEqualTo(9);
              assertThat(d.firstLine()).isEqualTo(4);
            });
    BestScore best = bests().get(SONG);
    assertThat(best.best().achievement().value()).isEqualTo(1_004_000);
    assertThat(best.best().dxScore().score()).isEqualTo(2700);
    assertThat(best.best().combo()).isEqualTo(ComboFlag.FC);
    assertThat(best.achievedAt()).isEqualTo(DAY2);
  }

  @Test
  void aFailureWhileSavingCommitsNothing() {
    ScoreListStorePort failing =
        new ScoreListStorePort() {
          int calls;

          @Override
          public void saveListedScores(PlayerId p, Instant seenAt, Map<ChartId, PlayResult> s) {
            if (++calls == 2) {
              throw new IllegalStateException("disk full");
            }
            store.saveListedScores(p, seenAt, s);
          }

          @Override
          public List<BestScore> bestScores(PlayerId p, Instant asOf) {
            return store.bestScores(p, asOf);
          }
        };
    ImportScoresService fragile = new ImportScoresService(store, failing, store, clock);
    assertThatThrownBy(
            () ->
                fragile.importScores(
                    new ImportScoresCommand(
                        ME,
                        "lxns",
                        List.of(
                            row(1, SONG, 1_000_000, 0, ComboFlag.NONE, DAY1),
                            row(2, OTHER, 1_000_000, 0, ComboFlag.NONE, DAY2)))))
        .hasMessageContaining("disk full");
    assertThat(bests()).isEmpty();
  }
}
