package dev.probe.store;

import static dev.probe.store.TestPlays.ME;
import static dev.probe.store.TestPlays.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An archive written by the first schema (as an old probe wrote it) survives the upgrade. */
class MigrationUpgradeTest {

  @Test
  void anArchiveOnTheFirstSchemaKeepsEverythingWhenMigratedToTheLatest() {
    HikariDataSource ds = (HikariDataSource) TestDatabase.freshSchema("1");
    TestDatabase.execute(
        ds,
        """
        insert into chart_key (chart_id) values ('DX|MASTER||Old song');
        insert into chart_ref (chart_pk, title, chart_type, difficulty, level_label, jacket,
                               genre, utage_kind)
          select pk, 'Old song', 'DX', 'MASTER', '13', '', '', '' from chart_key;
        insert into play (player, play_key, chart_pk, ref_pk, track, played_at, achievement,
                          rank_code, dx_score, dx_max, combo_code, sync_code,
                          achievement_new_record, dx_score_new_record, place, detail_idx,
                          first_run)
          select 'me', v.k, r.chart_pk, r.pk, v.track, v.at::timestamptz, v.ach, v.rank, v.dx, 1500,
                 v.combo, 0, false, false, 0, '', 1
            from chart_ref r,
                 (values ('t:1759463880', 1, '2025-10-03T03:58:00Z', 990000, 10, 100, 0),
                         ('t:1759463940', 2, '2025-10-03T03:59:00Z', 1001000, 12, 90, 2))
                   as v (k, track, at, ach, rank, dx, combo);
        """);

    int applied = Migrations.migrate(ds, ds.getSchema(), null);

    assertThat(applied).isPositive();
    PostgresArchive archive = new PostgresArchive(ds);
    assertThat(archive.loadPlays().countPlays(ME)).isEqualTo(2);
    PageResult<Play> masters =
        archive
            .loadPlays()
            .findPlays(
                ME,
                new PlayFilter(
                    null, "", Difficulty.MASTER, null, "", null, null, null, null, null, false),
                new PageRequest(1, 10));
    assertThat(masters.total()).isEqualTo(2);
    assertThat(masters.items()).hasSize(2);
    BestScore best = archive.scoreLists().bestScores(ME, T0.plusSeconds(3600)).get(0);
    assertThat(best.best().achievement()).isEqualTo(new Achievement(1_001_000));
    assertThat(best.best().dxScore().score()).isEqualTo(100);
    assertThat(archive.scoreLists().bestScores(ME, T0.plusSeconds(30)).get(0).best().achievement())
        .isEqualTo(new Achievement(990_000));
    // what V2 allows: a chart whose first version is unknown
    Chart learned =
        new Chart(
            TestPlays.chart("Song 1"), "13+", NoteCounts.UNKNOWN, null, Map.of(), false, false);
    archive.catalog().saveCatalog(List.of(), List.of(learned));
    assertThat(archive.catalog().findChart(learned.id())).contains(learned);
    assertThat(Migrations.migrate(ds, ds.getSchema(), null)).isZero();
  }
}
