package dev.probe.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import dev.probe.web.PushBundle;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PushClientTest {
  private static final String TOKEN = "owner-token-0123456789abcdef";

  record Received(String method, String query, String auth, String type, byte[] body) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private volatile int status = 200;
  private volatile String reply = "{\"newPlays\":2}";

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/release/api/push",
        exchange -> {
          received.add(
              new Received(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getRawQuery(),
                  exchange.getRequestHeaders().getFirst("authorization"),
                  exchange.getRequestHeaders().getFirst("content-type"),
                  exchange.getRequestBody().readAllBytes()));
          byte[] out = reply.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, out.length);
          exchange.getResponseBody().write(out);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI remote() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/release/");
  }

  private static List<RawPage> pages(int count, int size) {
    Random random = new Random(7);
    List<RawPage> pages = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] body = new byte[size];
      random.nextBytes(body); // incompressible, so the zip is as large as the pages
      pages.add(
          new RawPage(
              URI.create("https://maimaidx-eng.com/maimai-mobile/record/playlogDetail/?idx=" + i),
              Instant.parse("2026-11-26T09:00:00Z").plusSeconds(i),
              body));
    }
    return pages;
  }

  @Test
  void pagesGoAsOneZipWithTheTokenAndThePlayer() {
    List<RawPage> pages = pages(3, 1000);
    PushClient client = new PushClient(PushClient.defaultHttp(), remote(), TOKEN, 1 << 20);

    PushClient.Outcome outcome = client.push(new PlayerId("me"), pages);

    assertThat(outcome.requests()).isEqualTo(1);
    assertThat(outcome.replies()).containsExactly("{\"newPlays\":2}");
    Received r = received.get(0);
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.query()).isEqualTo("player=me");
    assertThat(r.auth()).isEqualTo("Bearer " + TOKEN);
    assertThat(r.type()).isEqualTo("application/zip");
    assertThat(PushBundle.read(r.body(), 1 << 20)).isEqualTo(pages);
  }

  @Test
  void aPushAboveTheLimitIsSplitInOrderAndEveryPartFits() {
    List<RawPage> pages = pages(10, 30_000);
    PushClient client = new PushClient(PushClient.defaultHttp(), remote(), TOKEN, 100_000);

    PushClient.Outcome outcome = client.push(new PlayerId("me"), pages);

    assertThat(outcome.requests()).isGreaterThan(3);
    List<RawPage> arrived = new ArrayList<>();
    for (Received r : received) {
      assertThat(r.body().length).isLessThanOrEqualTo(100_000);
      arrived.addAll(PushBundle.read(r.body(), 1 << 20));
    }
    assertThat(arrived).isEqualTo(pages);
  }

  @Test
  void aRefusedTokenSaysWhatToCheckWithoutShowingIt() {
    status = 401;
    reply = "the owner's token is wrong";
    PushClient client = new PushClient(PushClient.defaultHttp(), remote(), TOKEN, 1 << 20);

    assertThatThrownBy(() -> client.push(new PlayerId("me"), pages(1, 10)))
        .isInstanceOfSatisfying(
            ProbeException.class,
            e -> assertThat(e.kind()).isEqualTo(ProbeException.Kind.UNAUTHORISED))
        .hasMessageContaining("PROBE_PUSH_TOKEN")
        .hasMessageNotContaining(TOKEN);
  }

  @Test
  void aRemoteThatRefusesTheContentReportsItsReason() {
    status = 400;
    reply = "the push's zip is damaged";
    PushClient client = new PushClient(PushClient.defaultHttp(), remote(), TOKEN, 1 << 20);

    assertThatThrownBy(() -> client.push(new PlayerId("me"), pages(1, 10)))
        .isInstanceOfSatisfying(
            ProbeException.class,
            e -> assertThat(e.kind()).isEqualTo(ProbeException.Kind.INVALID_INPUT))
        .hasMessageContaining("damaged");
  }

  @Test
  void aSinglePageLargerThanAPushIsTooLargeAndNothingIsSent() {
    PushClient client = new PushClient(PushClient.defaultHttp(), remote(), TOKEN, 1000);

    assertThatThrownBy(() -> client.push(new PlayerId("me"), pages(1, 5000)))
        .isInstanceOfSatisfying(
            ProbeException.class,
            e -> assertThat(e.kind()).isEqualTo(ProbeException.Kind.TOO_LARGE));
    assertThat(received).isEmpty();
  }

  @Test
  void aRemoteThatIsNotHttpIsRefusedAtOnce() {
    assertThatThrownBy(
            () ->
                new PushClient(
                    PushClient.defaultHttp(), URI.create("ftp://example.org"), TOKEN, 1000))
        .hasMessageContaining("https://");
  }
}
