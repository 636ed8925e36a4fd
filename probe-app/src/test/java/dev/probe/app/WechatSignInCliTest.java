package dev.probe.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.scraper.fake.FakeNetServer;
import dev.probe.scraper.fake.FakeWechatOAuthServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From a fresh archive to a first sync with China's WeChat sign-in: {@code probe session wechat} on
 * the embedded PostgreSQL, a "phone" sending WeChat's callback through the proxy, fake Wahlap and
 * fake NET behind it, then {@code probe sync} with the stored session.
 */
class WechatSignInCliTest {

  @TempDir Path home;

  private int run(StringWriter out, StringWriter err, String... args) {
    ProbeCli app =
        new ProbeCli(
            Map.of("PROBE_HOME", home.toString(), "PROBE_NET_DELAY_MS", "0"),
            home,
            Clock.systemUTC());
    return ProbeCli.commandLine(app, new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  @Test
  void signsInThroughTheProxyAndThenSyncs() throws Exception {
    try (FakeNetServer net = FakeNetServer.start();
        FakeWechatOAuthServer wechat = FakeWechatOAuthServer.start(net)) {
      System.setProperty(ArchiveServices.NET_BASE_PROPERTY, net.base().toString());
      System.setProperty(WechatSignInBridge.WAHLAP_BASE_PROPERTY, wechat.base().toString());
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CompletableFuture<Integer> login =
          CompletableFuture.supplyAsync(
              () -> run(out, err, "session", "wechat", "--listen", "127.0.0.1:0", "--wait", "2"));

      int port = proxyPort(out, login);
      String consent = wechat.consentGiven();
      String phone = callback(port, consent);

      assertThat(login.get(60, TimeUnit.SECONDS)).as(err.toString()).isZero();
      assertThat(phone).contains("Signed in as");
      assertThat(out.toString())
          .contains("http://tgk-wcaime.wahlap.com/wc_auth/oauth/authorize/maimai-dx")
          .contains("stored the NET session of 'me'");
      String code = consent.replaceAll(".*code=([^&]+).*", "$1");
      assertThat(out + err.toString()).doesNotContain(code);
      for (String value :
          net.session(new dev.probe.core.domain.PlayerId("me")).cookies().values()) {
        assertThat(out + err.toString()).doesNotContain(value);
      }

      StringWriter syncOut = new StringWriter();
      StringWriter syncErr = new StringWriter();
      assertThat(run(syncOut, syncErr, "sync")).as(syncErr.toString()).isZero();
      assertThat(syncOut.toString()).contains("me: 50 new plays");
    } finally {
      System.clearProperty(WechatSignInBridge.WAHLAP_BASE_PROPERTY);
    }
  }

  /** The port the command printed, once the proxy listens. */
  private static int proxyPort(StringWriter out, CompletableFuture<Integer> login)
      throws InterruptedException {
    Pattern address = Pattern.compile("127\\.0\\.0\\.1:(\\d+)");
    for (int i = 0; i < 600; i++) {
      Matcher m = address.matcher(out.toString());
      if (m.find() && out.toString().contains("Waiting")) {
        return Integer.parseInt(m.group(1));
      }
      if (login.isDone()) {
        break;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the proxy never said where it listens: " + out);
  }

  /** What WeChat's browser sends once the player consented: the callback, through the proxy. */
  private static String callback(int port, String consent) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(30_000);
      OutputStream o = s.getOutputStream();
      o.write(
          ("GET http://tgk-wcaime.wahlap.com/wc_auth/oauth/callback/maimai-dx?"
                  + consent
                  + " HTTP/1.1\r\nHost: tgk-wcaime.wahlap.com\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      o.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
