package dev.probe.scraper.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.application.port.out.NetLoginPort.Outcome;
import dev.probe.core.application.port.out.NetLoginPort.Result;
import dev.probe.core.domain.AimeCard;
import dev.probe.core.domain.CardChooser;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProbeException.Kind;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SegaCredentials;
import dev.probe.scraper.fake.FakeSegaServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SEGA ID login against a fake gateway and fake NET on loopback (real HTTP). */
class SegaLoginClientTest {

  private static final SegaCredentials RIGHT = new SegaCredentials("player01", "pa55-w0rd!");
  private static final SegaCredentials WRONG = new SegaCredentials("player01", "nope-nope");

  private final ManualClock clock = new ManualClock();

  private SegaLoginClient client(FakeSegaServer sega) {
    NetClientSettings settings =
        NetClientSettings.defaults()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .withRetries(2, Duration.ofSeconds(2));
    return new SegaLoginClient(settings, sega.settings(), clock, clock);
  }

  @Test
  void intlFollowsTheGatewayToHomeAndKeepsOnlyNetsCookies() {
    try (FakeSegaServer sega = FakeSegaServer.intl("player01", "pa55-w0rd!", "ＰＲＯＢＥ")) {
      Result result = client(sega).logIn(Region.INTL, RIGHT, CardChooser.none());

      assertThat(result.outcome()).isEqualTo(Outcome.LOGGED_IN);
      assertThat(result.playerName()).isEqualTo("ＰＲＯＢＥ");
      assertThat(result.cookies()).containsOnlyKeys("_t", "userId"); // no clal, no JSESSIONID
      assertThat(sega.logins()).isEqualTo(1);
      assertThat(sega.requestLog())
          .containsSubsequence(
              "GET /common_auth/login?[back_url, redirect_url, site_id]",
              "POST /common_auth/login/sid",
              "GET /maimai-mobile/?[ssid]",
              "GET /maimai-mobile/home/");
      // every request after the first waited its polite turn
      assertThat(clock.sleeps()).hasSize(3).allMatch(d -> d.compareTo(Duration.ofSeconds(1)) >= 0);
    }
  }

  @Test
  void intlWrongPasswordIsReportedAfterOnePostAndNeverRetried() {
    try (FakeSegaServer sega = FakeSegaServer.intl("player01", "pa55-w0rd!", "ＰＲＯＢＥ")) {
      Result result = client(sega).logIn(Region.INTL, WRONG, CardChooser.none());

      assertThat(result.outcome()).isEqualTo(Outcome.WRONG_CREDENTIALS);
      assertThat(result.cookies()).isEmpty();
      assertThat(sega.passwordPosts()).isEqualTo(1);
      assertThat(result.toString()).doesNotContain("nope-nope").doesNotContain("player01");
    }
  }

  @Test
  void intlTwoStepVerificationIsReportedNotGuessed() {
    try (FakeSegaServer sega = FakeSegaServer.intl("player01", "pa55-w0rd!", "ＰＲＯＢＥ")) {
      sega.requireSecondFactor(true);
      assertThat(client(sega).logIn(Region.INTL, RIGHT, CardChooser.none()).outcome())
          .isEqualTo(Outcome.SECOND_FACTOR);
      assertThat(sega.requestLog()).noneMatch(r -> r.contains("/otp"));
    }
  }

  @Test
  void jpWithOneCardTakesItWithoutAsking() {
    try (FakeSegaServer sega = FakeSegaServer.jp("player01", "pa55-w0rd!", "ＯＮＬＹ")) {
      CardChooser never =
          cards -> {
            throw new AssertionError("asked although there is one card");
          };
      Result result = client(sega).logIn(Region.JP, RIGHT, never);

      assertThat(result.outcome()).isEqualTo(Outcome.LOGGED_IN);
      assertThat(result.playerName()).isEqualTo("ＯＮＬＹ");
      assertThat(result.card()).isZero();
      assertThat(sega.chosenCard()).isZero();
      assertThat(sega.requestLog())
          .containsSubsequence(
              "GET /maimai-mobile/",
              "POST /maimai-mobile/submit/",
              "GET /maimai-mobile/aimeList/",
              "GET /maimai-mobile/aimeList/submit/?[idx]",
              "GET /maimai-mobile/home/");
    }
  }

  @Test
  void jpWithSeveralCardsAsksWhichOne() {
    try (FakeSegaServer sega = FakeSegaServer.jp("player01", "pa55-w0rd!", "ＭＡＩＮ", "ＳＵＢ")) {
      List<List<AimeCard>> asked = new ArrayList<>();
      Result result =
          client(sega)
              .logIn(
                  Region.JP,
                  RIGHT,
                  cards -> {
                    asked.add(cards);
                    return 1;
                  });

      assertThat(asked).containsExactly(List.of(new AimeCard(0, "ＭＡＩＮ"), new AimeCard(1, "ＳＵＢ")));
      assertThat(result.playerName()).isEqualTo("ＳＵＢ");
      assertThat(result.card()).isEqualTo(1);
      assertThat(sega.chosenCard()).isEqualTo(1);
    }
  }

  @Test
  void jpWithSeveralCardsAndNoChoiceStopsAndListsThem() {
    try (FakeSegaServer sega = FakeSegaServer.jp("player01", "pa55-w0rd!", "ＭＡＩＮ", "ＳＵＢ")) {
      Result result = client(sega).logIn(Region.JP, RIGHT, CardChooser.none());

      assertThat(result.outcome()).isEqualTo(Outcome.CHOOSE_CARD);
      assertThat(result.cards()).extracting(AimeCard::playerName).containsExactly("ＭＡＩＮ", "ＳＵＢ");
      assertThat(result.cookies()).isEmpty();
      assertThat(sega.chosenCard()).isEqualTo(-1);
      assertThatThrownBy(() -> client(sega).logIn(Region.JP, RIGHT, CardChooser.fixed(5)))
          .isInstanceOf(ProbeException.class)
          .hasMessageContaining("no Aime card 5");
    }
  }

  @Test
  void jpWrongPasswordIsRefusedWhetherNetRedirectsOrShowsTheFormAgain() {
    try (FakeSegaServer sega = FakeSegaServer.jp("player01", "pa55-w0rd!", "ＯＮＬＹ")) {
      assertThat(client(sega).logIn(Region.JP, WRONG, CardChooser.none()).outcome())
          .isEqualTo(Outcome.WRONG_CREDENTIALS);
      sega.refuseWithForm(true);
      assertThat(client(sega).logIn(Region.JP, WRONG, CardChooser.none()).outcome())
          .isEqualTo(Outcome.WRONG_CREDENTIALS);
      assertThat(sega.passwordPosts()).isEqualTo(2);
      assertThat(sega.requestLog()).noneMatch(r -> r.contains("aimeList"));
    }
  }

  @Test
  void anUnreachableGatewayIsRetriedWithBackoffThenReported() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    URI dead = URI.create("http://127.0.0.1:" + port + "/");
    SegaLoginSettings nowhere =
        SegaLoginSettings.defaults()
            .withGateway(dead.resolve("common_auth/login"), dead.resolve("common_auth/login/sid"));
    SegaLoginClient client =
        new SegaLoginClient(
            NetClientSettings.defaults().withRetries(2, Duration.ofSeconds(2)),
            nowhere,
            clock,
            clock);

    assertThatThrownBy(() -> client.logIn(Region.INTL, RIGHT, CardChooser.none()))
        .isInstanceOf(ProbeException.class)
        .satisfies(e -> assertThat(((ProbeException) e).kind()).isEqualTo(Kind.NET_UNAVAILABLE))
        .hasMessageContaining("3 attempts")
        .hasMessageNotContaining("pa55")
        .hasMessageNotContaining("player01");
    assertThat(clock.sleeps()).contains(Duration.ofSeconds(2), Duration.ofSeconds(4));
  }
}
