package dev.probe.core.bench;

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
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SyncFlag;
import dev.probe.core.domain.rating.Best50;
import dev.probe.core.domain.rating.RatingRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** B50 from 5,000 best scores on 5,000 catalogue charts (about a whole region's catalogue). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Best50Benchmark {

  static final int CHARTS = 5_000;

  private final Map<ChartId, Chart> charts = new HashMap<>();
  private final List<BestScore> bests = new ArrayList<>();
  private final RatingRules rules = new RatingRules(Region.JP, GameVersion.CIRCLE_PLUS, true);

  @Setup
  public void fill() {
    Random random = new Random(42);
    GameVersion[] versions = GameVersion.values();
    for (int i = 0; i < CHARTS; i++) {
      ChartId id = ChartId.of("Song " + (i / 5), ChartType.DX, Difficulty.values()[i % 5]);
      GameVersion added = versions[random.nextInt(versions.length)];
      charts.put(
          id,
          new Chart(
              id,
              "13",
              NoteCounts.UNKNOWN,
              added,
              Map.of(added, InternalLevel.exact(10 + random.nextInt(141))),
              false,
              false));
      Achievement a = new Achievement(800_000 + random.nextInt(210_001));
      ComboFlag combo =
          a.value() >= 1_005_000 && random.nextBoolean() ? ComboFlag.AP : ComboFlag.FC;
      bests.add(
          new BestScore(
              id,
              new PlayResult(a, Rank.of(a), new DxScore(0, 0), combo, SyncFlag.NONE),
              Instant.EPOCH,
              true));
    }
  }

  @Benchmark
  public Best50 best50From5000Bests() {
    return Best50.of(bests, charts, rules);
  }
}
