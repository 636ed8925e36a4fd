package dev.probe.core.testing.contract;

import static dev.probe.core.testing.TestData.ME;
import static dev.probe.core.testing.TestData.SISTER;
import static dev.probe.core.testing.TestData.chart;
import static dev.probe.core.testing.TestData.play;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.SyncFlag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link dev.probe.core.application.port.out.ScoreListStorePort}: bests are derived from plays and
 * score lists, each part separately, and never go down.
 */
public abstract class ScoreListStorePortContract extends StoreContract {

  private static final ChartRef ALPHA = chart("Alpha");
  private static final ChartId ALPHA_ID = ChartIds.of(ALPHA);
  private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

  private List<BestScore> bests(Instant asOf) {
    return store.scores().bestScores(ME, asOf);
  }

  @Test
  void eachPartOfABestIsTheBestEverSeenOnItsOwn() {
    save(
        startRun(T0),
        play(ALPHA, "2026-04-01T10:00:00Z").achievement("100.2000").dx(2500, 3000).build(),
        play(ALPHA, "2026-04-02T10:00:00Z")
            .achievement("99.0000")
            .dx(2800, 3000)
            .combo(ComboFlag.FC)
            .sync(SyncFlag.FS)
            .build());
    BestScore best = bests(LATER).get(0);
    assertThat(best.chartId()).isEqualTo(ALPHA_ID);
    assertThat(best.best())
        .isEqualTo(
            new PlayResult(
                Achievement.parse("100.2000"),
                Rank.SSS,
                new DxScore(2800, 3000),
                ComboFlag.FC,
                SyncFlag.FS));
    assertThat(best.achievedAt()).isEqualTo(Instant.parse("2026-04-01T10:00:00Z"));
    assertThat(best.fromPlays()).isTrue();
  }

  @Test
  void aBestAsOfAnInstantUsesOnlyPlaysBeforeIt() {
    save(
        startRun(T0),
        play(ALPHA, "2026-04-01T10:00:00Z").achievement("98.0000").build(),
        play(ALPHA, "2026-04-03T10:00:00Z").achievement("100.0000").build());
    assertThat(bests(Instant.parse("2026-04-01T10:00:00Z"))).isEmpty();
    assertThat(bests(Instant.parse("2026-04-02T00:00:00Z")).get(0).best().achievement())
        .isEqualTo(Achievement.parse("98.0000"));
    assertThat(bests(LATER).get(0).best().achievement()).isEqualTo(Achievement.parse("100.0000"));
  }

  @Test
  void aScoreListShowingLessNeverLowersABest() {
    save(startRun(T0), play(ALPHA, "2026-04-01T10:00:00Z").achievement("100.0000").build());
    store
        .scores()
        .saveListedScores(
            ME, Instant.parse("2026-04-05T00:00:00Z"), Map.of(ALPHA_ID, result("97.0000", 100)));
    BestScore best = bests(LATER).get(0);
    assertThat(best.best().achievement()).isEqualTo(Achievement.parse("100.0000"));
    assertThat(best.fromPlays()).isFalse(); // its FC+ came from the list, not from a play
  }

  @Test
  void aScoreListCarriesBestsOlderThanTheArchive() {
    ChartId beta = ChartIds.of(chart("Beta"));
    Instant seen = Instant.parse("2026-03-01T00:00:00Z");
    store.scores().saveListedScores(ME, seen, Map.of(beta, result("99.5000", 2000)));
    assertThat(bests(seen)).isEmpty();
    BestScore best = bests(LATER).get(0);
    assertThat(best.chartId()).isEqualTo(beta);
    assertThat(best.achievedAt()).isEqualTo(seen);
    assertThat(best.fromPlays()).isFalse();
  }

  @Test
  void bestsComeOrderedByChartIdAndPerPlayer() {
    save(
        startRun(T0),
        play(chart("Zeta"), "2026-04-01T10:00:00Z").build(),
        play(ALPHA, "2026-04-02T10:00:00Z").build());
    assertThat(bests(LATER))
        .extracting(BestScore::chartId)
        .containsExactly(ALPHA_ID, ChartIds.of(chart("Zeta")));
    assertThat(store.scores().bestScores(SISTER, LATER)).isEmpty();
  }

  private static PlayResult result(String achievement, int dx) {
    Achievement a = Achievement.parse(achievement);
    return new PlayResult(a, Rank.of(a), new DxScore(dx, 3000), ComboFlag.FCP, SyncFlag.NONE);
  }
}
