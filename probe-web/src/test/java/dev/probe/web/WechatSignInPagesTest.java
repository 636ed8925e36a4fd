package dev.probe.web;

import static dev.probe.web.ContractFixture.ALICE;
import static dev.probe.web.ContractFixture.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;
import dev.probe.core.testing.InMemoryStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The WeChat sign-in page: the owner's only, even with public reads, and never a secret on it. */
class WechatSignInPagesTest {

  private static final String USER_ID = "secret-user-id-value-42";
  private static final String T = "secret-t-value-0123456789";

  private final List<String> starts = new ArrayList<>();
  private WechatSignIn.Status status = status("WAITING", "alice", "");

  private final WechatSignIn helper =
      new WechatSignIn() {
        @Override
        public Status status() {
          return status;
        }

        @Override
        public Status start(String listen, PlayerId player) {
          starts.add(listen + " " + player);
          return status;
        }

        @Override
        public Status stop() {
          starts.add("stop");
          return status;
        }
      };

  private WebApplication app(boolean publicReads, WechatSignIn signIn) {
    InMemoryStore store = ContractFixture.seeded();
    store.saveSession(
        new NetSession(ALICE, Region.CN, Map.of("userId", USER_ID, "_t", T), Instant.EPOCH));
    return ProbeWeb.builder(ContractFixture.config().withBasePath("").withPublicReads(publicReads))
        .useCases(WebUseCases.over(ContractFixture.ports(store), ContractFixture.CLOCK))
        .wechatSignIn(signIn)
        .build();
  }

  @Test
  void thePageAndItsStatusNeedTheOwnerEvenWhenReadsArePublic() {
    WebApplication app = app(true, helper);

    assertThat(app.handle(ContractRequest.get("/api/settings/wechat").build()).status())
        .isEqualTo(401);
    WebResponse page = app.handle(ContractRequest.get("/settings/wechat").build());
    assertThat(page.status()).isEqualTo(303);
    assertThat(page.header("location").orElse("")).contains("/login");
    assertThat(
            app.handle(
                    ContractRequest.get("/settings/wechat")
                        .bearer("wrong-token-0123456789x")
                        .build())
                .status())
        .isEqualTo(403);
    assertThat(app.handle(ContractRequest.get("/dashboard").build()).status())
        .as("other reads stay public")
        .isNotEqualTo(401);
  }

  @Test
  void theOwnerSeesTheStepsAndTheStatusButNoSecret() {
    status = status("DONE", "alice", "ＡＬＩＣＥ");
    WebApplication app = app(false, helper);

    String page = body(app.handle(ContractRequest.get("/settings/wechat").bearer(TOKEN).build()));
    String json =
        body(app.handle(ContractRequest.get("/api/settings/wechat").bearer(TOKEN).build()));
    String settings = body(app.handle(ContractRequest.get("/settings").bearer(TOKEN).build()));

    assertThat(page)
        .contains("192.168.1.20:8033")
        .contains("http://tgk-wcaime.wahlap.com/wc_auth/oauth/authorize/maimai-dx")
        .contains("class=\"good\"")
        .contains("ＡＬＩＣＥ");
    assertThat(json)
        .contains("\"state\":\"DONE\"")
        .contains("\"addresses\":[\"192.168.1.20:8033\"");
    assertThat(settings).contains("/settings/wechat?player=alice");
    for (String shown : List.of(page, json, settings)) {
      assertThat(shown).doesNotContain(USER_ID).doesNotContain(T);
    }
  }

  @Test
  void startingNeedsTheOwnerAndAChinesePlayer() {
    WebApplication app = app(false, helper);

    WebResponse anonymous =
        app.handle(
            ContractRequest.post("/settings/wechat/start")
                .form("player=alice&listen=8033")
                .build());
    WebResponse started =
        app.handle(
            ContractRequest.post("/settings/wechat/start")
                .bearer(TOKEN)
                .form("player=alice&listen=192.168.1.20%3A8033")
                .build());
    WebResponse japanese =
        app.handle(
            ContractRequest.post("/settings/wechat/start")
                .bearer(TOKEN)
                .form("player=bob&listen=8033")
                .build());

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(started.status()).isEqualTo(303);
    assertThat(japanese.status()).isEqualTo(400);
    assertThat(starts).containsExactly("192.168.1.20:8033 alice");
  }

  @Test
  void withoutTheHelperThePageSaysWhereItRuns() {
    WebApplication app = app(false, null);

    assertThat(body(app.handle(ContractRequest.get("/settings/wechat").bearer(TOKEN).build())))
        .contains("probe serve");
    assertThat(
            app.handle(ContractRequest.get("/api/settings/wechat").bearer(TOKEN).build()).status())
        .isEqualTo(404);
  }

  private static WechatSignIn.Status status(String state, String player, String name) {
    return new WechatSignIn.Status(
        true,
        state,
        List.of("192.168.1.20:8033", "127.0.0.1:8033"),
        player,
        name,
        "",
        Instant.parse("2026-11-26T10:00:00Z"),
        "http://tgk-wcaime.wahlap.com/wc_auth/oauth/authorize/maimai-dx",
        "http://probe.invalid/",
        "8033");
  }

  private static String body(WebResponse r) {
    assertThat(r.status()).isEqualTo(200);
    return new String(r.body(), StandardCharsets.UTF_8);
  }
}
