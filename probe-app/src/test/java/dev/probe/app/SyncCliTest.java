package dev.probe.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.PlayerId;
import dev.probe.scraper.fake.FakeNetServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * session set, sync, import and reparse end to end: the real jar's commands on the embedded
 * PostgreSQL against the fake NET. One test, because each command starts the database.
 */
class SyncCliTest {

  @TempDir Path home;
  @TempDir Path files;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String stdin, String... args) {
    out = new StringWriter();
    err = new StringWriter();
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      ProbeCli app =
          new ProbeCli(
              Map.of("PROBE_HOME", home.toString(), "PROBE_NET_DELAY_MS", "0"),
              home,
              Clock.systemUTC());
      return ProbeCli.commandLine(app, new PrintWriter(out, true), new PrintWriter(err, true))
          .execute(args);
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void setsTheSessionSyncsImportsAndReparses() throws IOException {
    try (FakeNetServer net = FakeNetServer.start()) {
      System.setProperty(ArchiveServices.NET_BASE_PROPERTY, net.base().toString());
      Map<String, String> cookies = net.session(new PlayerId("me")).cookies();
      String cookieHeader =
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; "));

      assertThat(run("Cookie: " + cookieHeader + "\n", "session", "set", "--region", "CN"))
          .as(err.toString())
          .isZero();
      assertThat(out.toString()).contains("Stored the NET session of 'me'", "_t, userId");
      assertThat(out + err.toString())
          .doesNotContain(cookies.get("_t"))
          .doesNotContain(cookies.get("userId"));

      assertThat(run("", "sync")).as(err.toString()).isZero();
      assertThat(out.toString()).contains("me: 50 new plays, 50 detail pages", "55 requests");
      assertThat(err.toString()).contains("play details 50/50");

      assertThat(run("", "sync")).as(err.toString()).isZero();
      assertThat(out.toString()).contains("no new plays since the last sync", "1 request");

      net.play(3);
      net.expireAfter(3);
      assertThat(run("", "sync", "--player", "me")).isEqualTo(1);
      assertThat(out.toString()).contains("me: 3 new plays, 1 detail pages");
      assertThat(err.toString()).contains("the NET session has expired");

      Path saved = files.resolve("saved");
      Files.createDirectories(saved.resolve("deep"));
      Files.writeString(saved.resolve("deep/notes.html"), "<html>not NET</html>");
      Files.writeString(saved.resolve("readme.txt"), "skipped: not a page");
      Path zip = files.resolve("pages.zip");
      try (OutputStream o = Files.newOutputStream(zip);
          ZipOutputStream z = new ZipOutputStream(o)) {
        z.putNextEntry(new ZipEntry("../escape.html"));
        z.write("<html></html>".getBytes(StandardCharsets.UTF_8));
        z.putNextEntry(new ZipEntry("record.html"));
        try (InputStream in = FakeNetServer.class.getResourceAsStream("/fixtures/cn/record.html")) {
          in.transferTo(z);
        }
      }
      assertThat(run("", "import", saved.toString(), zip.toString())).isEqualTo(2);
      assertThat(err.toString())
          .contains("escape.html: the entry's name leads outside", "notes.html");
      assertThat(out.toString()).contains("me: 1 pages read of 3; 0 new plays");

      assertThat(run("", "reparse")).as(err.toString()).isZero();
      assertThat(out.toString()).contains("me: ").contains("0 new plays");
    } finally {
      System.clearProperty(ArchiveServices.NET_BASE_PROPERTY);
    }
  }
}
