package dev.probe.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scores and report commands end to end, on the embedded PostgreSQL. One test: each command
 * starts the database (a few seconds), so the steps share one archive.
 */
class ScoresCliTest {

  @TempDir Path home;
  @TempDir Path files;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    ProbeCli app = new ProbeCli(Map.of("PROBE_HOME", home.toString()), home, Clock.systemUTC());
    return ProbeCli.commandLine(app, new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  void seed() {
    ProbeCli app = new ProbeCli(Map.of("PROBE_HOME", home.toString()), home, Clock.systemUTC());
    try (ArchiveSession session = ArchiveSession.open(app)) {
      session.archive().players().savePlayer(new Player(new PlayerId("me"), Region.CN, "ME", ""));
      session
          .archive()
          .catalog()
          .saveCatalog(
              List.of(),
              List.of(
                  new Chart(
                      ChartId.of("Altale", ChartType.STD, Difficulty.ADVANCED),
                      "8",
                      new NoteCounts(300, 0, 0, 0, 0),
                      GameVersion.MAIMAI,
                      Map.of(GameVersion.PRISM, InternalLevel.exact(85)),
                      false,
                      false)));
    }
  }

  @Test
  void importsExportsAndReports() throws IOException {
    seed();
    Path records = files.resolve("records.json");
    Files.writeString(
        records,
        "{\"records\": [\n"
            + "{\"title\": \"Altale\", \"type\": \"SD\", \"level_index\": 1, \"achievements\": 101,"
            + " \"dxScore\": 744, \"fc\": \"app\", \"fs\": \"fsd\"},\n"
            + "{\"title\": \"<script>x</script>\", \"type\": \"SD\", \"level_index\": 3,"
            + " \"achievements\": 99, \"dxScore\": 1, \"fc\": \"\", \"fs\": \"\"}\n]}",
        StandardCharsets.UTF_8);

    assertThat(run("scores", "import", records.toString(), "--format", "df-json"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString()).contains("Saved 1 charts").contains("1 rows were set aside");
    assertThat(files.resolve("records.json.set-aside.csv")).exists();

    Path csv = files.resolve("out.csv");
    assertThat(run("scores", "export", "--format", "csv", "--out", csv.toString())).isZero();
    assertThat(Files.readString(csv))
        .contains(
            "STD|ADVANCED||Altale,Altale,,STD,ADVANCED,8,8.5,false,191,101.0000,SSS+,744,900,");

    Path html = files.resolve("report.html");
    assertThat(run("report", "--out", html.toString())).as(err.toString()).isZero();
    assertThat(Files.readString(html)).contains("Altale").doesNotContain("<script>");
  }
}
