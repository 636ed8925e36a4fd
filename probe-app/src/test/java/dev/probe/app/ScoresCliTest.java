package dev.probe.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The songs, scores and report commands end to end, on the embedded PostgreSQL, with the synthetic
 * sample catalogue served by a fake provider on loopback. One test: each command starts the
 * database (a few seconds), so the steps share one archive.
 */
class ScoresCliTest {

  @TempDir Path home;
  @TempDir Path files;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  ProbeCli app() {
    return new ProbeCli(Map.of("PROBE_HOME", home.toString()), home, Clock.systemUTC());
  }

  int run(String... args) {
    return ProbeCli.commandLine(app(), new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  static HttpServer provider() throws IOException {
    byte[] sample;
    try (InputStream in = ScoresCliTest.class.getResourceAsStream("/data/music-data.sample.json")) {
      sample = in.readAllBytes();
    }
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/music_data",
        ex -> {
          ex.sendResponseHeaders(200, sample.length);
          try (OutputStream o = ex.getResponseBody()) {
            o.write(sample);
          }
        });
    server.start();
    return server;
  }

  @Test
  void updatesSongsImportsExportsAndReports() throws IOException {
    try (ArchiveSession session = ArchiveSession.open(app())) {
      session.archive().players().savePlayer(new Player(new PlayerId("me"), Region.CN, "ME", ""));
    }
    HttpServer server = provider();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/music_data";
      assertThat(run("songs", "update", "--url", url)).as(err.toString()).isZero();
    } finally {
      server.stop(0);
    }
    assertThat(out.toString()).contains("Imported ").contains("(diving-fish, CN, constants of");

    Path records = files.resolve("records.json");
    Files.writeString(
        records,
        "{\"records\": [\n"
            + "{\"title\": \"Sample Song 04\", \"type\": \"DX\", \"level_index\": 3,"
            + " \"achievements\": 100.5, \"dxScore\": 2600, \"fc\": \"ap\", \"fs\": \"fsd\"},\n"
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
    // MAIMAI-RULES worked example: 14.8 at 100.5000% is 333 (CN has no AP bonus yet)
    assertThat(Files.readString(csv))
        .contains("DX|MASTER||Sample Song 04,Sample Song 04,,DX,MASTER,14+,14.8,false,333,")
        .contains(",100.5000,SSS+,2600,2721,");

    Path html = files.resolve("report.html");
    assertThat(run("report", "--out", html.toString())).as(err.toString()).isZero();
    assertThat(Files.readString(html)).contains("Sample Song 04").doesNotContain("<script>");
  }
}
