package dev.probe.core.domain.diff;

import static dev.probe.core.testing.TestData.chart;
import static dev.probe.core.testing.TestData.play;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.SyncFlag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A play against the best on its chart before it. */
class PlayDiffTest {

  private static PlayResult result(String achievement, int dx, ComboFlag combo, SyncFlag sync) {
    return play(chart("A"), "2026-01-01T00:00:00Z")
        .achievement(achievement)
        .dx(dx, 3000)
        .combo(combo)
        .sync(sync)
        .result();
  }

  @Test
  void theFirstPlayIsFirstEverywhereAndANewBest() {
    PlayDiff d = PlayDiff.of(null, result("99.0000", 2500, ComboFlag.FC, SyncFlag.NONE));
    assertThat(d.first()).isTrue();
    assertThat(List.of(d.achievement(), d.dxScore(), d.combo(), d.sync(), d.rank()))
        .containsOnly(Trend.FIRST);
    assertThat(d.newBest()).isTrue();
    assertThat(d.previous()).isEmpty();
  }

  @Test
  void eachPartIsComparedOnItsOwn() {
    PlayResult best = result("100.0000", 2800, ComboFlag.FC, SyncFlag.FS);
    PlayDiff d = PlayDiff.of(best, result("100.5000", 2700, ComboFlag.FC, SyncFlag.SYNC));
    assertThat(d.achievement()).isEqualTo(Trend.UP);
    assertThat(d.achievementDelta()).isEqualTo(5000);
    assertThat(d.dxScore()).isEqualTo(Trend.DOWN);
    assertThat(d.dxScoreDelta()).isEqualTo(-100);
    assertThat(d.combo()).isEqualTo(Trend.SAME);
    assertThat(d.sync()).isEqualTo(Trend.DOWN);
    assertThat(d.rank()).isEqualTo(Trend.UP);
    assertThat(d.newBest()).isTrue();
  }

  @Test
  void aPlayBelowTheBestInEveryPartIsNoNewBest() {
    PlayResult best = result("100.0000", 2800, ComboFlag.FCP, SyncFlag.FS);
    PlayDiff d = PlayDiff.of(best, result("99.0000", 2600, ComboFlag.NONE, SyncFlag.NONE));
    assertThat(List.of(d.achievement(), d.dxScore(), d.combo(), d.sync(), d.rank()))
        .containsOnly(Trend.DOWN);
    assertThat(d.newBest()).isFalse();
  }

  @Test
  void aBetterMarkAloneIsANewBest() {
    PlayResult best = result("100.0000", 2800, ComboFlag.NONE, SyncFlag.NONE);
    PlayDiff d = PlayDiff.of(best, result("99.0000", 2600, ComboFlag.FC, SyncFlag.NONE));
    assertThat(d.combo()).isEqualTo(Trend.UP);
    assertThat(d.newBest()).isTrue();
  }

  @Test
  void historyDiffsCompareWithTheMergedBestOfAllEarlierPlays() {
    List<Play> plays =
        List.of(
            play(chart("A"), "2026-01-01T00:00:00Z").achievement("99.0000").dx(2900, 3000).build(),
            play(chart("A"), "2026-01-02T00:00:00Z").achievement("100.0000").dx(2500, 3000).build(),
            play(chart("A"), "2026-01-03T00:00:00Z").achievement("99.9000").dx(2800, 3000).build());
    List<PlayDiff> diffs = ChartHistoryDiffs.of(plays, null);
    assertThat(diffs.get(0).first()).isTrue();
    assertThat(diffs.get(1).achievement()).isEqualTo(Trend.UP);
    assertThat(diffs.get(1).dxScore()).isEqualTo(Trend.DOWN);
    // against 100.0000 / 2900, not against the play just before
    assertThat(diffs.get(2).achievement()).isEqualTo(Trend.DOWN);
    assertThat(diffs.get(2).dxScore()).isEqualTo(Trend.DOWN);
    assertThat(diffs.get(2).previousBest().dxScore().score()).isEqualTo(2900);
    assertThat(diffs.get(2).previousBest().rank()).isEqualTo(Rank.SSS);
  }

  @Test
  void mergingKeepsTheRankOfTheBestAchievement() {
    PlayResult shownS =
        play(chart("A"), "2026-01-01T00:00:00Z").achievement("99.0000").rank(Rank.S).result();
    PlayResult better = play(chart("A"), "2026-01-01T00:00:00Z").achievement("98.0000").result();
    assertThat(BestResults.merge(shownS, better).rank()).isEqualTo(Rank.S);
    assertThat(BestResults.improves(shownS, shownS)).isFalse();
  }
}
