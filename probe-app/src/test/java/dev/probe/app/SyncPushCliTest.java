package dev.probe.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.probe.core.application.service.ArchivePorts;
import dev.probe.core.application.service.ImportPagesService;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.RawPageRef;
import dev.probe.core.domain.Region;
import dev.probe.scraper.NetPageParser;
import dev.probe.scraper.fake.FakeNetServer;
import dev.probe.store.PostgresArchive;
import dev.probe.store.TestDatabase;
import dev.probe.web.ProbeWeb;
import dev.probe.web.SyncEvents;
import dev.probe.web.SyncSupport;
import dev.probe.web.WebConfig;
import dev.probe.web.WebUseCases;
import dev.probe.web.javalin.JavalinServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Home to remote: {@code probe sync --push} fetches from the fake NET into the local archive and
 * sends the sync's raw pages to a remote probe (the web application over its own database); a
 * second push changes nothing there, and a wrong token is refused without being shown.
 */
class SyncPushCliTest {
  private static final String TOKEN = "remote-owner-token-0123456789";
  private static final PlayerId ME = new PlayerId("me");

  @TempDir Path home;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(Map<String, String> env, String stdin, String... args) {
    out = new StringWriter();
    err = new StringWriter();
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      ProbeCli app = new ProbeCli(env, home, Clock.systemUTC());
      return ProbeCli.commandLine(app, new PrintWriter(out, true), new PrintWriter(err, true))
          .execute(args);
    } finally {
      System.setIn(saved);
    }
  }

  private static JavalinServer remote(PostgresArchive archive) {
    ArchivePorts ports = archive.ports();
    Clock clock = Clock.systemUTC();
    var app =
        ProbeWeb.builder(WebConfig.of(TOKEN).withMaxUploadBytes(8 << 20))
            .useCases(WebUseCases.over(ports, clock))
            .sync(
                SyncSupport.importOnly(
                    new ImportPagesService(new NetPageParser(), ports, clock), new SyncEvents()))
            .build();
    return new JavalinServer(app, JavalinServer.Options.of(9 << 20)).start("127.0.0.1", 0);
  }

  private static Set<String> bodies(PostgresArchive archive) {
    return archive.rawPages().rawPages(ME).stream()
        .map(RawPageRef::sha256)
        .collect(Collectors.toSet());
  }

  @Test
  void syncPushesItsPagesAndPushingAgainChangesNothing() {
    HikariDataSource local = (HikariDataSource) TestDatabase.freshSchema();
    HikariDataSource far = (HikariDataSource) TestDatabase.freshSchema();
    PostgresArchive remoteArchive = new PostgresArchive(far);
    remoteArchive.players().savePlayer(new Player(ME, Region.CN, "", ""));
    String[] db = TestDatabase.connection();
    Map<String, String> env = new HashMap<>();
    env.put(
        "PROBE_DB_URL",
        db[0] + (db[0].contains("?") ? "&" : "?") + "currentSchema=" + local.getSchema());
    env.put("PROBE_DB_USER", db[1]);
    env.put("PROBE_DB_PASSWORD", db[2]);
    env.put("PROBE_HOME", home.toString());
    env.put("PROBE_NET_DELAY_MS", "0");

    try (FakeNetServer net = FakeNetServer.start();
        JavalinServer server = remote(remoteArchive)) {
      System.setProperty(ArchiveServices.NET_BASE_PROPERTY, net.base().toString());
      String url = "http://127.0.0.1:" + server.port() + "/";
      String cookies =
          net.session(ME).cookies().entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; "));
      assertThat(run(env, "Cookie: " + cookies + "\n", "session", "set", "--region", "CN"))
          .as(err.toString())
          .isZero();

      assertThat(run(env, "", "sync", "--push", url)).as(err.toString()).isEqualTo(2);
      assertThat(err.toString()).contains("PROBE_PUSH_TOKEN");

      env.put("PROBE_PUSH_TOKEN", TOKEN);
      assertThat(run(env, "", "sync", "--push", url)).as(err.toString()).isZero();
      assertThat(out.toString()).contains("me: 50 new plays").contains("50 new plays there");
      assertThat(remoteArchive.loadPlays().countPlays(ME)).isEqualTo(50);
      Set<String> bodies = bodies(remoteArchive);
      var bests = remoteArchive.scoreLists().bestScores(ME, Instant.now());

      assertThat(run(env, "", "push", url)).as(err.toString()).isZero();
      assertThat(out.toString()).contains("0 new plays there");
      assertThat(remoteArchive.loadPlays().countPlays(ME)).isEqualTo(50);
      assertThat(bodies(remoteArchive)).isEqualTo(bodies).isNotEmpty();
      assertThat(remoteArchive.scoreLists().bestScores(ME, Instant.now())).isEqualTo(bests);

      env.put("PROBE_PUSH_TOKEN", "a-wrong-token-for-the-remote");
      assertThat(run(env, "", "push", url)).isNotZero();
      assertThat(err.toString()).contains("PROBE_PUSH_TOKEN").doesNotContain("a-wrong-token");
    } finally {
      System.clearProperty(ArchiveServices.NET_BASE_PROPERTY);
      local.close();
      far.close();
    }
  }
}
