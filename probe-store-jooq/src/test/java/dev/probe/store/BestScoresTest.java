package dev.probe.store;

import static dev.probe.store.TestPlays.ME;
import static dev.probe.store.TestPlays.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.SyncFlag;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BestScoresTest {

  private final PostgresArchive archive = new PostgresArchive(TestDatabase.freshSchema());

  @Test
  void eachPartIsItsOwnBestAndNeverGoesDown() {
    archive
        .savePlays()
        .savePlays(
            1,
            List.of(
                TestPlays.play(ME, 0, "A", 990_000),
                TestPlays.play(ME, 10, "A", 1_001_000),
                TestPlays.play(ME, 20, "A", 995_000)));
    // an older score list shows a better DX score and a sync mark
    archive
        .scoreLists()
        .saveListedScores(
            ME,
            T0.minusSeconds(3600),
            Map.of(
                TestPlays.chart("A"),
                new PlayResult(
                    new Achievement(980_000),
                    Rank.S_PLUS,
                    new DxScore(1400, 1500),
                    ComboFlag.FC,
                    SyncFlag.FS),
                TestPlays.chart("B"),
                new PlayResult(
                    new Achievement(970_000),
                    Rank.S,
                    new DxScore(10, 1500),
                    ComboFlag.NONE,
                    SyncFlag.NONE)));

    List<BestScore> now = archive.scoreLists().bestScores(ME, T0.plusSeconds(3600));
    assertThat(now)
        .containsExactly(
            new BestScore(
                TestPlays.chart("A"),
                new PlayResult(
                    new Achievement(1_001_000),
                    Rank.SSS,
                    new DxScore(1400, 1500),
                    ComboFlag.FCP,
                    SyncFlag.FS),
                T0.plusSeconds(600),
                false),
            new BestScore(
                TestPlays.chart("B"),
                new PlayResult(
                    new Achievement(970_000),
                    Rank.S,
                    new DxScore(10, 1500),
                    ComboFlag.NONE,
                    SyncFlag.NONE),
                T0.minusSeconds(3600),
                false));

    List<BestScore> early = archive.scoreLists().bestScores(ME, T0.plusSeconds(60));
    assertThat(early.get(0).best().achievement()).isEqualTo(new Achievement(990_000));
    assertThat(early.get(0).achievedAt()).isEqualTo(T0);
    assertThat(archive.scoreLists().bestScores(ME, T0.minusSeconds(7200))).isEmpty();
  }

  @Test
  void playsAloneGiveBestsFromPlays() {
    archive.savePlays().savePlays(1, List.of(TestPlays.play(ME, 0, "C", 1_000_000)));
    assertThat(archive.scoreLists().bestScores(ME, T0.plusSeconds(1)))
        .singleElement()
        .matches(BestScore::fromPlays);
  }
}
