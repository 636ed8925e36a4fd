package dev.probe.scraper.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.application.port.out.FetchNetPagePort.Fetched;
import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProbeException.Kind;
import dev.probe.scraper.fake.FakeNetServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NetClientTest {

  private static final PlayerId ME = new PlayerId("me");

  private FakeNetServer net;
  private ManualClock clock;
  private NetClient client;

  @BeforeEach
  void start() {
    net = FakeNetServer.start();
    clock = new ManualClock();
    client = client(NetClientSettings.defaults().withRetries(2, Duration.ofSeconds(2)));
  }

  @AfterEach
  void stop() {
    net.close();
  }

  private NetClient client(NetClientSettings settings) {
    return new NetClient(settings.withBase(net.base()), clock, clock);
  }

  @Test
  void fetchesWithTheSessionAndReturnsTheRotatedCookie() {
    NetSession session = net.session(ME);
    Fetched first = client.fetch(session, "record/");

    assertThat(first.page().text()).contains("playlog_top_container");
    assertThat(first.page().url().toString())
        .isEqualTo("https://maimai.wahlap.com/maimai-mobile/record/");
    assertThat(first.session().cookies().get("_t")).isNotEqualTo(session.cookies().get("_t"));
    assertThat(first.session().cookies()).containsEntry("userId", session.cookies().get("userId"));

    Fetched second = client.fetch(first.session(), "playerData/");
    assertThat(second.page().text()).contains("musiccount_block");
    assertThat(net.totalRequests()).isEqualTo(2);
  }

  @Test
  void aStaleCookieIsAnExpiredSessionAndNeverRetriedOrShown() {
    NetSession session = net.session(ME);
    client.fetch(session, "record/");
    String staleToken = session.cookies().get("_t");

    assertThatThrownBy(() -> client.fetch(session, "record/"))
        .isInstanceOfSatisfying(
            ProbeException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.SESSION_EXPIRED);
              assertThat(e.getMessage()).doesNotContain(staleToken).doesNotContain("fake-user");
            });
    assertThat(net.totalRequests()).isEqualTo(2);
    assertThat(session.toString()).doesNotContain(staleToken);
  }

  @Test
  void expiryAfterSomeRequestsStopsThere() {
    net.expireAfter(1);
    Fetched first = client.fetch(net.session(ME), "playerData/");
    assertThatThrownBy(() -> client.fetch(first.session(), "record/"))
        .extracting(e -> ((ProbeException) e).kind())
        .isEqualTo(Kind.SESSION_EXPIRED);
  }

  @Test
  void sendsMobileHeadersAndARefererForRecordPages() {
    client.fetch(net.session(ME), "record/playlogDetail/?idx=33%2C1759467960");

    assertThat(net.lastHeaders().get("User-Agent")).contains("Mobile");
    assertThat(net.lastHeaders().get("Accept-Language")).startsWith("zh-CN");
    assertThat(net.lastHeaders().get("Referer")).isEqualTo(net.base() + "record/");
    assertThat(net.lastHeaders().get("Cookie-Names")).isEqualTo("_t,userId");
    assertThat(net.requestLog()).containsExactly("record/playlogDetail/?idx=33%2C1759467960");
  }

  @Test
  void keepsAtLeastTheIntervalBetweenRequests() {
    NetSession s = net.session(ME);
    for (int i = 0; i < 3; i++) {
      s = client.fetch(s, "playerData/").session();
    }
    assertThat(clock.sleeps()).hasSize(2);
    assertThat(clock.sleeps())
        .allSatisfy(d -> assertThat(d).isBetween(Duration.ofSeconds(1), Duration.ofMillis(1500)));
  }

  @Test
  void maintenanceStopsAtOnceWithoutRetries() {
    net.maintenance(true);
    assertThatThrownBy(() -> client.fetch(net.session(ME), "playerData/"))
        .extracting(e -> ((ProbeException) e).kind())
        .isEqualTo(Kind.MAINTENANCE);
    assertThat(net.totalRequests()).isEqualTo(1);
  }

  @Test
  void aFirewallChallengeIsBlockedNotEmpty() {
    net.blocked(true);
    assertThatThrownBy(() -> client.fetch(net.session(ME), "record/"))
        .extracting(e -> ((ProbeException) e).kind())
        .isEqualTo(Kind.BLOCKED);
  }

  @Test
  void aBodyCutShortIsRetriedWithBackoff() {
    net.truncateNext("record/", 1);
    Fetched f = client.fetch(net.session(ME), "record/");

    assertThat(f.page().text()).contains("</html>");
    assertThat(net.requests("record/")).isEqualTo(2);
    assertThat(clock.sleeps()).contains(Duration.ofSeconds(2));
  }

  @Test
  void givesUpAfterTheRetriesAsUnavailable() {
    net.truncateNext("record/", 10);
    assertThatThrownBy(() -> client.fetch(net.session(ME), "record/"))
        .isInstanceOfSatisfying(
            ProbeException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.NET_UNAVAILABLE);
              assertThat(e.getMessage()).contains("3 attempts");
            });
    assertThat(net.requests("record/")).isEqualTo(3);
  }

  @Test
  void aSlowAnswerWithinTheTimeoutArrives() {
    net.delay(Duration.ofMillis(300));
    NetClient patient =
        client(
            NetClientSettings.defaults()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)));
    assertThat(patient.fetch(net.session(ME), "playerData/").page().size()).isPositive();
  }

  @Test
  void anAnswerSlowerThanTheTimeoutIsRetriedThenUnavailable() {
    net.delay(Duration.ofMillis(800));
    NetClient impatient =
        client(
            NetClientSettings.defaults()
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200))
                .withRetries(1, Duration.ofMillis(10)));
    assertThatThrownBy(() -> impatient.fetch(net.session(ME), "playerData/"))
        .isInstanceOfSatisfying(
            ProbeException.class, e -> assertThat(e.getMessage()).contains("timeout"));
  }
}
