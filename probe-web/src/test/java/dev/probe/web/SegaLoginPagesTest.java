package dev.probe.web;

import static dev.probe.web.ContractFixture.ALICE;
import static dev.probe.web.ContractFixture.CLOCK;
import static dev.probe.web.ContractFixture.TOKEN;
import static dev.probe.web.ContractRequest.get;
import static dev.probe.web.ContractRequest.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.application.port.out.NetLoginPort;
import dev.probe.core.application.port.out.SecretSealPort;
import dev.probe.core.application.service.LoginToNetService;
import dev.probe.core.application.service.ManageNetSessionService;
import dev.probe.core.domain.AimeCard;
import dev.probe.core.domain.CardChooser;
import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SegaCredentials;
import dev.probe.core.testing.InMemoryStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SEGA ID login form and how every page shows a session's state, never its values. */
class SegaLoginPagesTest {

  private static final PlayerId BOB = ContractFixture.BOB; // a JP player
  private static final String PASSWORD = "hunter2-secret-pw";
  private static final Map<String, String> COOKIES =
      Map.of("userId", "cookie-secret-77", "_t", "t-secret-88");

  /** NET's login as a test double: two cards, one password. */
  private static final class FakeLogin implements NetLoginPort {
    final List<Integer> chosen = new ArrayList<>();

    @Override
    public Result logIn(Region region, SegaCredentials credentials, CardChooser chooser) {
      if (!credentials.password().equals(PASSWORD)) {
        return Result.refused(Outcome.WRONG_CREDENTIALS);
      }
      List<AimeCard> cards = List.of(new AimeCard(0, "ＭＡＩＮ"), new AimeCard(1, "ＳＵＢ"));
      int card = chooser.choose(cards);
      if (card == CardChooser.NONE) {
        return Result.chooseCard(cards);
      }
      chosen.add(card);
      return Result.loggedIn(COOKIES, cards.get(card).playerName(), card);
    }
  }

  /** Base64 only: these tests are about what the pages show, not about the cipher. */
  private static final SecretSealPort SEAL =
      new SecretSealPort() {
        @Override
        public String seal(byte[] secret) {
          return "sealed:" + Base64.getEncoder().encodeToString(secret);
        }

        @Override
        public byte[] unseal(String sealed) {
          return Base64.getDecoder().decode(sealed.substring(7));
        }
      };

  private final InMemoryStore store = ContractFixture.seeded();
  private final FakeLogin net = new FakeLogin();
  private final WebUseCases useCases =
      WebUseCases.over(ContractFixture.ports(store), CLOCK)
          .withNetSession(new ManageNetSessionService(store, store, store, CLOCK));
  private final WebApplication app =
      ProbeWeb.builder(ContractFixture.config())
          .useCases(useCases)
          .netLogin(new LoginToNetService(store, store, store, net, SEAL, CLOCK))
          .build();

  private String text(WebRequest request) {
    return ContractResponses.text(app.handle(request));
  }

  private WebResponse logIn(String form) {
    return app.handle(post("/settings/session/login").bearer(TOKEN).form(form).build());
  }

  @Test
  void aLoginStoresTheSessionAndTheSettingsShowOnlyThatItExists() {
    assertThat(text(get("/settings/login").query("player", "bob").bearer(TOKEN).build()))
        .contains("id=\"sega-login\"", "name=\"password\"");

    WebResponse first = logIn("player=bob&segaId=bob01&password=" + PASSWORD + "&remember=1");
    assertThat(first.status()).isEqualTo(200); // two cards: asked which
    assertThat(ContractResponses.text(first))
        .contains("id=\"choose-card\"", "ＭＡＩＮ", "ＳＵＢ")
        .doesNotContain(PASSWORD);
    assertThat(store.loadSession(BOB)).isEmpty();

    WebResponse done = logIn("player=bob&segaId=bob01&password=" + PASSWORD + "&remember=1&card=1");
    assertThat(done.status()).isEqualTo(303);
    assertThat(net.chosen).containsExactly(1);
    assertThat(store.loadSession(BOB).orElseThrow().cookies()).isEqualTo(COOKIES);
    assertThat(store.loadLogin(BOB)).isPresent();

    String api = text(get("/api/settings").query("player", "bob").bearer(TOKEN).build());
    String page = text(get("/settings").query("player", "bob").bearer(TOKEN).build());
    assertThat(api).contains("\"present\":true", "\"rememberedLogin\":true", "\"expired\":false");
    assertThat(page).contains("id=\"session-remembered\"");
    for (String shown : List.of(api, page)) {
      assertThat(shown)
          .doesNotContain(PASSWORD)
          .doesNotContain("bob01")
          .doesNotContain("cookie-secret-77")
          .doesNotContain("t-secret-88")
          .doesNotContain(store.loadLogin(BOB).orElseThrow().sealed());
    }
  }

  @Test
  void aWrongPasswordIsAClearErrorAndStoresNothing() {
    WebResponse refused = logIn("player=bob&segaId=bob01&password=wrong-one&card=0");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(ContractResponses.text(refused))
        .contains("SEGA refused the SEGA ID or password")
        .doesNotContain("wrong-one");
    assertThat(store.loadSession(BOB)).isEmpty();
    assertThat(store.loadLogin(BOB)).isEmpty();
  }

  @Test
  void anExpiredSessionIsShownWithTheNextStepOnEveryPage() {
    store.saveSession(
        new NetSession(BOB, Region.JP, COOKIES, CLOCK.instant()).expired(CLOCK.instant()));
    store.saveSession(
        new NetSession(ALICE, Region.CN, COOKIES, CLOCK.instant()).expired(CLOCK.instant()));

    for (String path : List.of("/", "/sync", "/settings")) {
      assertThat(text(get(path).query("player", "bob").bearer(TOKEN).build()))
          .as(path)
          .contains("id=\"session-expired\"", "/settings/login?player=bob");
      assertThat(text(get(path).query("player", "alice").bearer(TOKEN).build()))
          .as(path)
          .contains("id=\"session-expired\"", "/settings/wechat?player=alice")
          .doesNotContain("/settings/login?player=alice");
    }
    assertThat(text(get("/api/settings").query("player", "bob").bearer(TOKEN).build()))
        .contains("\"expired\":true")
        .doesNotContain("cookie-secret-77");
  }

  @Test
  void aDeploymentWithoutNetRefusesTheLogin() {
    WebApplication cloud = ProbeWeb.builder(ContractFixture.config()).useCases(useCases).build();
    WebResponse refused =
        cloud.handle(
            post("/settings/session/login")
                .bearer(TOKEN)
                .form("player=bob&segaId=bob01&password=" + PASSWORD)
                .build());
    assertThat(refused.status()).isEqualTo(409);
    assertThat(store.loadSession(BOB)).isEmpty();
  }
}
