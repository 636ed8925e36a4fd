package dev.probe.scraper.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.domain.ProbeException;
import dev.probe.scraper.login.WechatLoginProxy.State;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The proxy as a proxy: passes traffic through untouched, refuses bad input, stays bounded. */
class ProxyRobustnessTest {

  private final Upstreams upstreams = new Upstreams();
  private final List<LoginWorld> worlds = new ArrayList<>();

  ProxyRobustnessTest() throws IOException {}

  @AfterEach
  void close() throws IOException {
    worlds.forEach(LoginWorld::close);
    upstreams.close();
  }

  private LoginWorld world(java.util.function.UnaryOperator<WechatLoginSettings> tune) {
    LoginWorld w = new LoginWorld(tune);
    worlds.add(w);
    return w;
  }

  private InetSocketAddress proxy() {
    return world(s -> s).address;
  }

  @Test
  void aConnectTunnelCarriesBytesUntouched() throws Exception {
    byte[] bytes = new byte[200_000];
    new Random(7).nextBytes(bytes);
    bytes[0] = 0x16; // a TLS record starts like this; the proxy must not care
    try (ProxyClient c = new ProxyClient(proxy())) {
      c.send("CONNECT 127.0.0.1:" + upstreams.echoPort() + " HTTP/1.1\r\n\r\n");
      assertThat(c.readHead()).isEqualTo("HTTP/1.1 200 Connection Established\r\n\r\n");
      c.send(bytes);
      assertThat(c.readExactly(bytes.length)).isEqualTo(bytes);
    }
  }

  @Test
  void plainHttpToOtherHostsIsForwardedWithoutProxyHeaders() throws Exception {
    String url = "http://127.0.0.1:" + upstreams.httpPort() + "/hello/world?x=1&y=%20";
    String answer;
    try (ProxyClient c = new ProxyClient(proxy())) {
      c.send("GET " + url + " HTTP/1.1\r\nHost: 127.0.0.1\r\nProxy-Connection: keep-alive\r\n");
      answer = c.send("Proxy-Authorization: Basic eDp5\r\nAccept: */*\r\n\r\n").readAll();
    }
    assertThat(answer).startsWith("HTTP/1.1 200 OK").contains("X-Upstream: yes");
    assertThat(answer).endsWith("upstream says hi");
    String head = upstreams.httpHeads.get(0);
    assertThat(head).startsWith("GET /hello/world?x=1&y=%20 HTTP/1.1\r\n").contains("Accept: */*");
    assertThat(head.toLowerCase()).doesNotContain("proxy-").contains("connection: close");
  }

  @Test
  void aCallbackPathOnAnotherSiteIsForwardedNotCaptured() throws Exception {
    LoginWorld w = world(s -> s);
    w.proxy.arm(LoginWorld.ME);
    String url =
        "http://127.0.0.1:"
            + upstreams.httpPort()
            + "/wc_auth/oauth/callback/maimai-dx?"
            + w.wechat.consentGiven();

    assertThat(ProxyClient.get(w.address, url)).endsWith("upstream says hi");
    assertThat(upstreams.httpHeads.get(0)).startsWith("GET /wc_auth/oauth/callback/maimai-dx?r=");
    assertThat(w.wechat.callbacks()).isZero();
    assertThat(w.proxy.status().state()).isEqualTo(State.WAITING);
    assertThat(w.store.loadSession(LoginWorld.ME)).isEmpty();
  }

  @Test
  void malformedRequestsAre400AndTheProxyStaysUp() throws Exception {
    InetSocketAddress p = proxy();
    for (String bad :
        List.of(
            "GARBAGE\r\n\r\n",
            "GET /relative HTTP/1.1\r\n\r\n",
            "GET https://example.com/ HTTP/1.1\r\n\r\n",
            "GET http://x/ HTTP/2.0\r\n\r\n",
            "CONNECT example.com HTTP/1.1\r\n\r\n",
            "CONNECT example.com:443/path HTTP/1.1\r\n\r\n",
            "GET http://x/ HTTP/1.1\r\nno colon here\r\n\r\n",
            "GET http://x/ HTTP/1.1\r\nBad Name: v\r\n\r\n",
            "GET http://a b/ HTTP/1.1\r\n\r\n")) {
      try (ProxyClient c = new ProxyClient(p)) {
        assertThat(c.send(bad).readAll()).as(bad).startsWith("HTTP/1.1 400");
      }
    }
    try (ProxyClient c = new ProxyClient(p)) {
      c.send("GET http://x/ HTTP/1.1\r\nHost: x"); // and then hangs up mid-head
      c.socket.shutdownOutput();
      assertThat(c.readAll()).startsWith("HTTP/1.1 400");
    }
    assertThat(ProxyClient.get(p, "http://probe.invalid/")).contains("The proxy setting works");
  }

  @Test
  void aHugeHeadIs431() throws Exception {
    try (ProxyClient c = new ProxyClient(proxy())) {
      String answer =
          c.send("GET http://x/ HTTP/1.1\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n").readAll();
      assertThat(answer).startsWith("HTTP/1.1 431");
    }
  }

  @Test
  void aClientTricklingItsHeadIsCutOffAt408() throws Exception {
    InetSocketAddress p =
        world(s -> s.withLimits(8, 4096, Duration.ofMillis(400), s.idleTimeout())).address;
    try (ProxyClient c = new ProxyClient(p)) {
      c.send("GET http://probe.invalid/ HTTP/1.1\r\n");
      long start = System.nanoTime();
      String answer = "";
      for (int i = 0; i < 50 && answer.isEmpty(); i++) {
        try {
          c.send("X"); // one byte every 100 ms: never a whole head
          Thread.sleep(100);
          if (c.socket.getInputStream().available() > 0) {
            answer = c.readAll();
          }
        } catch (IOException e) {
          break; // closed on us
        }
      }
      if (answer.isEmpty()) {
        answer = c.readAll();
      }
      assertThat(answer).startsWith("HTTP/1.1 408");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void aTunnelSilentBothWaysIsClosedAfterTheIdleTimeout() throws Exception {
    InetSocketAddress p =
        world(s -> s.withLimits(8, 4096, s.headerTimeout(), Duration.ofMillis(300))).address;
    try (ProxyClient c = new ProxyClient(p)) {
      c.send("CONNECT 127.0.0.1:" + upstreams.echoPort() + " HTTP/1.1\r\n\r\n").readHead();
      c.send("ping");
      assertThat(new String(c.readExactly(4), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo("ping");
      long start = System.nanoTime();
      assertThat(c.socket.getInputStream().read()).isEqualTo(-1); // closed by the proxy
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isBetween(Duration.ofMillis(200), Duration.ofSeconds(5));
    }
  }

  @Test
  void connectionsBeyondTheLimitGet503AndFreedSlotsServeAgain() throws Exception {
    InetSocketAddress p =
        world(s -> s.withLimits(2, 4096, Duration.ofSeconds(5), s.idleTimeout())).address;
    List<ProxyClient> clients = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      clients.add(new ProxyClient(p)); // none sends a head: each holds a slot while it may
    }
    int refused = 0;
    for (ProxyClient c : clients) {
      c.socket.setSoTimeout(2000);
      try {
        String answer = c.readAll();
        assertThat(answer).startsWith("HTTP/1.1 503");
        refused++;
      } catch (java.net.SocketTimeoutException e) {
        // being served: the proxy waits for its head
      }
    }
    assertThat(refused).as("whichever came last of three, with two slots").isEqualTo(1);
    for (ProxyClient c : clients) {
      c.close();
    }
    String answer = "";
    for (int i = 0; i < 20 && !answer.startsWith("HTTP/1.1 200"); i++) {
      Thread.sleep(100);
      answer = ProxyClient.get(p, "http://probe.invalid/");
    }
    assertThat(answer).startsWith("HTTP/1.1 200");
  }

  @Test
  void thisMachinesOwnAddressesAreNotReachableThroughTheProxyByDefault() throws Exception {
    InetSocketAddress p =
        world(
                s ->
                    new WechatLoginSettings(
                        s.callbackHost(),
                        s.authorizePath(),
                        s.callbackPath(),
                        s.wahlapBase(),
                        s.netBase(),
                        s.checkHost(),
                        s.requiredCookies(),
                        s.wechatUserAgent(),
                        8,
                        4096,
                        s.headerTimeout(),
                        s.idleTimeout(),
                        s.connectTimeout(),
                        false))
            .address;
    try (ProxyClient c = new ProxyClient(p)) {
      assertThat(
              c.send("CONNECT 127.0.0.1:" + upstreams.echoPort() + " HTTP/1.1\r\n\r\n").readAll())
          .startsWith("HTTP/1.1 403");
    }
    assertThat(ProxyClient.get(p, "http://localhost:" + upstreams.httpPort() + "/"))
        .startsWith("HTTP/1.1 403");
    assertThat(upstreams.httpHeads).isEmpty();
  }

  @Test
  void aStoppedProxyListensNoMore() throws Exception {
    LoginWorld w = world(s -> s);
    w.proxy.stop();
    assertThat(w.proxy.status().state()).isEqualTo(State.OFF);
    assertThat(w.proxy.status().addresses()).isEmpty();
    assertThat(answersAsTheProxy(w.address)).as("the old address still answers").isFalse();

    w.proxy.arm(LoginWorld.ME);
    assertThat(w.proxy.status().state()).as("chosen, but not listening").isEqualTo(State.OFF);
    InetSocketAddress again = w.proxy.start(new InetSocketAddress(w.address.getAddress(), 0));
    assertThat(w.proxy.status().state()).isEqualTo(State.WAITING);
    assertThat(w.proxy.status().addresses()).containsExactly("127.0.0.1:" + again.getPort());
    assertThat(ProxyClient.get(again, "http://probe.invalid/")).contains("The proxy setting works");
  }

  /**
   * Whether {@code address} answers the proxy's check page. Not just "refuses connections": once
   * freed, the port may be taken by any other program on the machine.
   */
  private static boolean answersAsTheProxy(InetSocketAddress address) {
    try {
      return ProxyClient.get(address, "http://probe.invalid/").contains("The proxy setting works");
    } catch (java.io.IOException e) {
      return false;
    }
  }

  @Test
  void listenAddressesAreReadAsHostAndPort() {
    assertThat(WechatLoginProxy.listenAddress("8033").getAddress().isAnyLocalAddress()).isTrue();
    assertThat(WechatLoginProxy.listenAddress("127.0.0.1:9").getPort()).isEqualTo(9);
    for (String bad : List.of("", "x", "70000", "host:", "a b:80", "-1")) {
      assertThatThrownBy(() -> WechatLoginProxy.listenAddress(bad))
          .isInstanceOf(ProbeException.class);
    }
  }
}
