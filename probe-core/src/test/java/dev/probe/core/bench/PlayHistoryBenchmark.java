package dev.probe.core.bench;

import dev.probe.core.application.port.in.ListPlaysQuery;
import dev.probe.core.application.port.in.ShowChartHistoryQuery;
import dev.probe.core.application.service.ListPlaysService;
import dev.probe.core.application.service.ShowChartHistoryService;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SyncFlag;
import dev.probe.core.domain.diff.ChartHistoryDiffs;
import dev.probe.core.domain.diff.PlayDiff;
import dev.probe.core.domain.view.ChartHistoryView;
import dev.probe.core.domain.view.PlayView;
import dev.probe.core.testing.InMemoryStore;
import dev.probe.core.testing.MutableClock;
import dev.probe.core.testing.TestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * 100,000 plays of one player on 1,000 charts (100 plays each) in the in-memory store: one chart's
 * history with its diffs, the diffs of all 100,000 plays, a page of the play list, and the bests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlayHistoryBenchmark {

  static final int PLAYS = 100_000;
  static final int CHARTS = 1_000;

  private final InMemoryStore store = new InMemoryStore();
  private final MutableClock clock = MutableClock.startingAt("2026-11-26T00:00:00Z");
  private final List<ChartId> chartIds = new ArrayList<>();
  private ListPlaysService listPlays;
  private ShowChartHistoryService chartHistory;
  private ChartId busyChart;

  @Setup
  public void fill() {
    store.savePlayer(TestData.player(TestData.ME, Region.JP));
    Random random = new Random(7);
    List<ChartRef> refs = new ArrayList<>();
    for (int c = 0; c < CHARTS; c++) {
      ChartRef ref =
          new ChartRef(
              "Song " + c,
              c % 2 == 0 ? ChartType.DX : ChartType.STD,
              Difficulty.MASTER,
              "13+",
              "",
              "",
              "");
      refs.add(ref);
      chartIds.add(ChartIds.of(ref));
    }
    Instant start = Instant.parse("2020-01-01T00:00:00Z");
    long run = store.startRun(TestData.run(TestData.ME, start));
    List<Play> batch = new ArrayList<>();
    for (int i = 0; i < PLAYS; i++) {
      int achievement = 950_000 + random.nextInt(60_001);
      batch.add(
          TestData.play(refs.get(i % CHARTS), start.plusSeconds(1800L * i))
              .achievement(achievement)
              .dx(2000 + random.nextInt(800), 3000)
              .combo(random.nextBoolean() ? ComboFlag.FC : ComboFlag.NONE)
              .sync(SyncFlag.NONE)
              .build());
      if (batch.size() == 5_000) {
        store.savePlays(run, batch);
        batch.clear();
      }
    }
    busyChart = chartIds.get(500);
    listPlays = new ListPlaysService(store, store, store, clock);
    chartHistory = new ShowChartHistoryService(store, store, store, store, clock);
  }

  @Benchmark
  public List<PlayDiff> oneChartHistoryWithDiffs() {
    return ChartHistoryDiffs.of(store.chartHistory(TestData.ME, busyChart), null);
  }

  @Benchmark
  public ChartHistoryView oneChartHistoryThroughTheService() {
    return chartHistory.showChartHistory(new ShowChartHistoryQuery(TestData.ME, busyChart));
  }

  @Benchmark
  public int diffsOfAll100000Plays() {
    int newBests = 0;
    for (ChartId chart : chartIds) {
      for (PlayDiff d : ChartHistoryDiffs.of(store.chartHistory(TestData.ME, chart), null)) {
        newBests += d.newBest() ? 1 : 0;
      }
    }
    return newBests;
  }

  @Benchmark
  public PageResult<PlayView> playListPageOf50WithDiffs() {
    return listPlays.listPlays(
        new ListPlaysQuery(TestData.ME, PlayFilter.ALL, new PageRequest(37, 50)));
  }

  @Benchmark
  public List<BestScore> bestsFrom100000Plays() {
    return store.bestScores(TestData.ME, clock.instant());
  }
}
