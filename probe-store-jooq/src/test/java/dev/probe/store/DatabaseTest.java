package dev.probe.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProbeException.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

  @TempDir Path home;

  @Test
  void theEmbeddedArchiveKeepsItsDataAndRefusesASecondUser() throws Exception {
    try (Database db = Database.fromEnvironment(Map.of("PROBE_HOME", home.toString()))) {
      assertThat(db.isEmbedded()).isTrue();
      Migrations.migrate(db.dataSource());
      new PostgresArchive(db.dataSource())
          .savePlays()
          .savePlays(1, TestPlays.many(TestPlays.ME, 5));

      assertThatThrownBy(() -> Database.embedded(home))
          .isInstanceOf(ProbeException.class)
          .hasMessageContaining("another probe process is using the archive")
          .extracting(e -> ((ProbeException) e).kind())
          .isEqualTo(Kind.CONFLICT);
    }
    assertThat(Files.exists(home.resolve("probe.lock"))).isTrue();
    String port = Files.readString(home.resolve("pg.port"));

    try (Database again = Database.embedded(home)) {
      assertThat(Migrations.migrate(again.dataSource())).isZero();
      assertThat(new PostgresArchive(again.dataSource()).loadPlays().countPlays(TestPlays.ME))
          .isEqualTo(5);
      assertThat(Files.readString(home.resolve("pg.port"))).isEqualTo(port);
    }
  }

  @Test
  void aDatabaseThatIsDownSaysSo() {
    assertThatThrownBy(() -> Database.external("jdbc:postgresql://127.0.0.1:1/probe", "u", "pw"))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("cannot connect to jdbc:postgresql://127.0.0.1:1/probe")
        .hasMessageNotContaining("pw")
        .extracting(e -> ((ProbeException) e).kind())
        .isEqualTo(Kind.STORE_UNAVAILABLE);
  }

  @Test
  void aDatabaseThatGoesAwayMidUseSaysSo() {
    var pool = TestDatabase.pool("public");
    PostgresArchive archive = new PostgresArchive(pool);
    pool.close();
    assertThatThrownBy(() -> archive.loadPlays().countPlays(TestPlays.ME))
        .isInstanceOf(ProbeException.class)
        .extracting(e -> ((ProbeException) e).kind())
        .isEqualTo(Kind.STORE_UNAVAILABLE);
  }
}
