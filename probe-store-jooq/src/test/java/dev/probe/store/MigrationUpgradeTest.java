package dev.probe.store;

import static dev.probe.store.TestPlays.ME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.Chart;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.Play;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class MigrationUpgradeTest {

  @Test
  void anArchiveOnTheFirstSchemaKeepsEverythingWhenMigratedToTheLatest() {
    DataSource ds = TestDatabase.freshSchema("1");
    String schema = schemaOf(ds);
    PostgresArchive archive = new PostgresArchive(ds);
    List<Play> plays = TestPlays.many(ME, 50);
    archive.savePlays().savePlays(1, plays);

    int applied = Migrations.migrate(ds, schema, null);

    assertThat(applied).isPositive();
    assertThat(archive.loadPlays().chartHistory(ME, TestPlays.chart("Song 1")))
        .containsExactlyElementsOf(
            plays.stream().filter(p -> p.chart().title().equals("Song 1")).toList());
    // what V2 allows: a chart whose first version is unknown
    Chart learned =
        new Chart(
            TestPlays.chart("Song 1"), "13+", NoteCounts.UNKNOWN, null, Map.of(), false, false);
    archive.catalog().saveCatalog(List.of(), List.of(learned));
    assertThat(archive.catalog().findChart(learned.id())).contains(learned);
    assertThat(Migrations.migrate(ds, schema, null)).isZero();
  }

  private static String schemaOf(DataSource ds) {
    return ((com.zaxxer.hikari.HikariDataSource) ds).getSchema();
  }
}
