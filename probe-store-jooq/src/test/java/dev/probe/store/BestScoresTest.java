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
  void bestsAsOfAnyInstantMatchTheCoresInMemoryStoreWhateverTheArrivalOrder() {
    java.util.Random random = new java.util.Random(42);
    List<dev.probe.core.domain.Play> plays = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      dev.probe.core.domain.Play p =
          TestPlays.play(ME, i * 7, "S" + random.nextInt(6), 800_000 + random.nextInt(210_000));
      plays.add(
          new dev.probe.core.domain.Play(
              p.player(),
              p.key(),
              p.chartId(),
              p.chart(),
              p.track(),
              p.playedAt(),
              new PlayResult(
                  p.result().achievement(),
                  p.result().rank(),
                  new DxScore(random.nextInt(1500), 1500),
                  ComboFlag.values()[random.nextInt(ComboFlag.values().length)],
                  SyncFlag.values()[random.nextInt(SyncFlag.values().length)]),
              false,
              false,
              0,
              "",
              null));
    }
    java.util.Collections.shuffle(plays, random);
    dev.probe.core.testing.StoreFixture memory = dev.probe.core.testing.StoreFixture.inMemory();
    for (int from = 0; from < plays.size(); from += 50) {
      List<dev.probe.core.domain.Play> batch = plays.subList(from, from + 50);
      archive.savePlays().savePlays(1, batch);
      memory.savePlays().savePlays(1, batch);
      java.time.Instant seen = T0.plusSeconds(60L * random.nextInt(2100));
      Map<dev.probe.core.domain.ChartId, PlayResult> listed =
          Map.of(
              TestPlays.chart("S" + random.nextInt(8)),
              new PlayResult(
                  new Achievement(990_000 + random.nextInt(10_000)),
                  Rank.SS,
                  new DxScore(1490, 1500),
                  ComboFlag.FC,
                  SyncFlag.FS));
      archive.scoreLists().saveListedScores(ME, seen, listed);
      memory.scores().saveListedScores(ME, seen, listed);
    }
    for (int minute = -1; minute < 2200; minute += 37) {
      java.time.Instant asOf = T0.plusSeconds(60L * minute);
      assertThat(archive.scoreLists().bestScores(ME, asOf))
          .as("as of " + asOf)
          .isEqualTo(memory.scores().bestScores(ME, asOf));
    }
  }

  @Test
  void playsAloneGiveBestsFromPlays() {
    archive.savePlays().savePlays(1, List.of(TestPlays.play(ME, 0, "C", 1_000_000)));
    assertThat(archive.scoreLists().bestScores(ME, T0.plusSeconds(1)))
        .singleElement()
        .matches(BestScore::fromPlays);
  }
}
