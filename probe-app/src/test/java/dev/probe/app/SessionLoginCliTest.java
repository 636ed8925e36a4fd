package dev.probe.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.PlayerId;
import dev.probe.scraper.fake.FakeNetServer;
import dev.probe.scraper.fake.FakeSegaServer;
import dev.probe.scraper.net.SegaLoginSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code probe session login}, {@code status} and {@code sync} end to end: the real commands on the
 * embedded PostgreSQL against the fake SEGA gateway and the fake NET. One test, because each
 * command starts the database.
 */
class SessionLoginCliTest {

  private static final String SEGA_ID = "player01";
  private static final String PASSWORD = "pa55-w0rd!";
  private static final PlayerId ME = new PlayerId("me");

  @TempDir Path home;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();
  private final Map<String, String> env = new HashMap<>();

  private int run(String stdin, String... args) {
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

  private String said() {
    return out + err.toString();
  }

  @Test
  void logsInKeepsTheLoginSealedRenewsOnceAndStopsAtADeadSession() throws IOException {
    AtomicInteger acceptedAfterLogin = new AtomicInteger(-1);
    try (FakeNetServer net = FakeNetServer.start();
        FakeSegaServer sega = FakeSegaServer.intl(SEGA_ID, PASSWORD, "ＰＲＯＢＥ")) {
      sega.issue(
          () -> {
            net.expireAfter(acceptedAfterLogin.get());
            return net.session(ME).cookies();
          });
      SegaLoginSettings sites = sega.settings();
      env.put("PROBE_HOME", home.toString());
      env.put("PROBE_NET_DELAY_MS", "0");
      env.put(LoginSites.GATEWAY_PAGE, sites.gatewayLoginPage().toString());
      env.put(LoginSites.GATEWAY_SUBMIT, sites.gatewaySubmit().toString());
      env.put(LoginSites.INTL_BASE, sites.intlBase().toString());
      System.setProperty(ArchiveServices.NET_BASE_PROPERTY, net.base().toString());

      // a wrong password: one post, a clear message, nothing stored or echoed
      assertThat(run(SEGA_ID + "\nwrong-pw-77\n", "session", "login", "--region", "INTL"))
          .isEqualTo(2);
      assertThat(err.toString()).contains("SEGA refused the SEGA ID or password");
      assertThat(said()).doesNotContain("wrong-pw-77").doesNotContain(SEGA_ID);
      assertThat(sega.passwordPosts()).isEqualTo(1);

      assertThat(run(SEGA_ID + "\n" + PASSWORD + "\n", "session", "login", "--remember"))
          .as(said())
          .isZero();
      assertThat(out.toString())
          .contains("Logged in to INTL NET as ＰＲＯＢＥ", "session of 'me'", "login is kept");
      assertThat(said()).doesNotContain(PASSWORD).doesNotContain(SEGA_ID);
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(home.resolve(SecretKeyFile.FILE))))
          .isEqualTo("rw-------");
      // the scan reads the database: the stored cookie is there, the password is not
      assertThat(filesContaining(net.session(ME).cookies().get("userId"))).isNotEmpty();
      assertThat(filesContaining(PASSWORD)).isEmpty(); // not in the database, WAL or key

      assertThat(run("", "session", "status")).isZero();
      assertThat(out.toString()).contains("me (INTL NET): stored", "SEGA ID login kept");

      // NET refuses the session and every new one: one login, one sync, no loop
      acceptedAfterLogin.set(0);
      net.expireAfter(0);
      net.resetCounts();
      assertThat(run("", "sync")).isEqualTo(1);
      assertThat(err.toString()).contains("the NET session has expired");
      assertThat(sega.passwordPosts()).isEqualTo(3); // the wrong one, the login, one renewal
      assertThat(net.totalRequests()).isEqualTo(2); // the first try and the one after renewal

      // without --remember the kept login is forgotten
      acceptedAfterLogin.set(-1);
      assertThat(run(SEGA_ID + "\n" + PASSWORD + "\n", "session", "login")).isZero();
      assertThat(out.toString()).contains("Only NET's cookies are kept");
      assertThat(run("", "session", "status")).isZero();
      assertThat(out.toString()).doesNotContain("login kept");

      net.expireAfter(0);
      net.resetCounts();
      assertThat(run("", "sync")).isEqualTo(1);
      assertThat(err.toString()).contains("probe session login --region INTL --player me");
      assertThat(net.totalRequests()).isEqualTo(1);

      net.resetCounts();
      assertThat(run("", "sync")).isEqualTo(1);
      assertThat(err.toString()).contains("does not use it again");
      assertThat(run("", "session", "status")).isZero();
      assertThat(out.toString()).contains("expired", "probe session login --region INTL");
      assertThat(net.totalRequests()).isZero();
      assertThat(sega.passwordPosts()).isEqualTo(4);
    } finally {
      System.clearProperty(ArchiveServices.NET_BASE_PROPERTY);
    }
  }

  /** Files under the home (database, its WAL, the key) whose bytes contain {@code text}. */
  private List<Path> filesContaining(String text) throws IOException {
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(home)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              f -> {
                try {
                  return indexOf(Files.readAllBytes(f), needle) >= 0;
                } catch (IOException e) {
                  return false; // a file the server holds open and locked
                }
              })
          .toList();
    }
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
