package dev.probe.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.Player;
import dev.probe.core.domain.Region;
import dev.probe.store.PostgresArchive;
import dev.probe.store.TestDatabase;
import dev.probe.store.TestPlays;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveCommandsTest {

  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void migrateExportAndImportAnExternalDatabase() {
    String schema = "app" + ProcessHandle.current().pid();
    DataSource admin = TestDatabase.pool("public");
    TestDatabase.execute(admin, "create schema " + schema);
    String[] db = TestDatabase.connection();
    Map<String, String> env =
        Map.of(
            "PROBE_DB_URL", db[0] + (db[0].contains("?") ? "&" : "?") + "currentSchema=" + schema,
            "PROBE_DB_USER", db[1],
            "PROBE_DB_PASSWORD", db[2]);

    assertThat(run(env, "migrate")).isZero();
    assertThat(out.toString()).contains("applied").doesNotContain(db[2].isEmpty() ? "\0" : db[2]);
    assertThat(run(env, "migrate")).isZero();
    assertThat(out.toString()).contains("already up to date");

    PostgresArchive archive = new PostgresArchive(TestDatabase.pool(schema));
    archive.players().savePlayer(new Player(TestPlays.ME, Region.JP, "ＭＥ", ""));
    archive.savePlays().savePlays(1, TestPlays.many(TestPlays.ME, 20));

    Path dir = tmp.resolve("export");
    assertThat(run(env, "export", dir.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("plays", "20");
    assertThat(ArchiveImport.isExport(dir)).isTrue();
    assertThat(ArchiveImport.isExport(tmp)).isFalse();

    assertThat(run(env, "export", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("is not empty");

    String other = schema + "b";
    TestDatabase.execute(admin, "create schema " + other);
    Map<String, String> otherEnv = new java.util.HashMap<>(env);
    otherEnv.put("PROBE_DB_URL", env.get("PROBE_DB_URL").replace(schema, other));
    assertThat(run(otherEnv, "migrate")).isZero();
    assertThat(run(otherEnv, "import", dir.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Imported the export");
    PostgresArchive copy = new PostgresArchive(TestDatabase.pool(other));
    assertThat(copy.loadPlays().countPlays(TestPlays.ME)).isEqualTo(20);
    assertThat(copy.players().listPlayers()).hasSize(1);
  }

  @Test
  void aDatabaseThatIsDownIsOneClearLine() {
    Map<String, String> env = Map.of("PROBE_DB_URL", "jdbc:postgresql://127.0.0.1:1/probe");
    assertThat(run(env, "migrate")).isEqualTo(1);
    assertThat(err.toString())
        .contains("cannot connect to jdbc:postgresql://127.0.0.1:1/probe")
        .doesNotContain("at org.");
  }

  private int run(Map<String, String> env, String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    ProbeCli app = new ProbeCli(env, tmp.resolve("home"), Clock.systemUTC());
    return ProbeCli.commandLine(app, new PrintWriter(out), new PrintWriter(err)).execute(args);
  }
}
