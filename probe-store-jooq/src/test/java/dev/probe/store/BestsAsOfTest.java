package dev.probe.store;

import static dev.probe.store.TestPlays.ME;
import static dev.probe.store.TestPlays.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.SyncFlag;
import dev.probe.core.testing.StoreFixture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The as-of read's index walk (by how long states held) and its chart names by key. */
class BestsAsOfTest {

  private final DataSource schema = TestDatabase.freshSchema();
  private final PostgresArchive archive = new PostgresArchive(schema);

  /** States that held minutes, days and years, so every span class of V6 is walked. */
  @Test
  void bestsAsOfAnyInstantOverYearsMatchTheCoresInMemoryStore() {
    Random random = new Random(5);
    StoreFixture memory = StoreFixture.inMemory();
    List<Play> plays = new ArrayList<>();
    TreeSet<Instant> instants = new TreeSet<>();
    long minutes = 0;
    for (int i = 0; i < 400; i++) {
      // gaps from a minute to about eleven years, most of them short
      minutes += (long) Math.pow(2, random.nextInt(23)) + random.nextInt(60);
      Play p = TestPlays.play(ME, 0, "S" + random.nextInt(5), 700_000 + random.nextInt(310_000));
      Instant at = T0.plusSeconds(60 * minutes);
      plays.add(at(p, at));
      instants.add(at);
    }
    archive.savePlays().savePlays(1, plays);
    memory.savePlays().savePlays(1, plays);
    Map<dev.probe.core.domain.ChartId, PlayResult> listed =
        Map.of(
            TestPlays.chart("S7"),
            new PlayResult(
                new Achievement(990_000),
                Rank.SS,
                new DxScore(1490, 1500),
                ComboFlag.FC,
                SyncFlag.FS));
    Instant seen = T0.plusSeconds(60 * minutes / 3);
    archive.scoreLists().saveListedScores(ME, seen, listed);
    memory.scores().saveListedScores(ME, seen, listed);
    instants.add(seen);

    List<Instant> probes = new ArrayList<>();
    for (Instant t : instants) {
      probes.addAll(List.of(t.minusSeconds(1), t, t.plusSeconds(1)));
    }
    for (int i = 0; i < 200; i++) {
      probes.add(T0.plusSeconds((long) (random.nextDouble() * 60 * minutes)));
    }
    for (Instant asOf : probes) {
      assertThat(archive.scoreLists().bestScores(ME, asOf))
          .as("as of " + asOf)
          .isEqualTo(memory.scores().bestScores(ME, asOf));
    }
  }

  @Test
  void keysHandedOutAgainAfterATruncateNameTheirNewCharts() {
    archive.savePlays().savePlays(1, List.of(TestPlays.play(ME, 0, "First", 990_000)));
    assertThat(archive.scoreLists().bestScores(ME, T0.plusSeconds(60)))
        .singleElement()
        .matches(b -> b.chartId().equals(TestPlays.chart("First")));

    TestDatabase.execute(
        schema, "truncate table best_state, chart_key, chart_ref, play restart identity cascade");
    archive.savePlays().savePlays(1, List.of(TestPlays.play(ME, 0, "Second", 990_000)));

    assertThat(archive.scoreLists().bestScores(ME, T0.plusSeconds(60)))
        .singleElement()
        .matches(b -> b.chartId().equals(TestPlays.chart("Second")));
  }

  private static Play at(Play p, Instant at) {
    return new Play(
        p.player(),
        dev.probe.core.domain.PlayKey.ofInstant(at),
        p.chartId(),
        p.chart(),
        p.track(),
        at,
        p.result(),
        false,
        false,
        0,
        "14," + at.getEpochSecond(),
        null);
  }
}
