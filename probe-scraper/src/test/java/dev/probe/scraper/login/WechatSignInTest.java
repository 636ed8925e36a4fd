package dev.probe.scraper.login;

import static dev.probe.scraper.login.LoginWorld.ME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.Region;
import dev.probe.scraper.login.WechatLoginProxy.State;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The WeChat sign-in end to end over real HTTP: phone → proxy → fake Wahlap → fake NET. */
class WechatSignInTest {

  private final LoginWorld world = new LoginWorld();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void aCapturedCallbackBecomesTheChosenPlayersSession() throws Exception {
    world.proxy.arm(ME);
    String consent = world.wechat.consentGiven();

    String answer = ProxyClient.get(world.address, world.callbackUrl(consent));

    assertThat(answer).startsWith("HTTP/1.1 200").contains("Signed in as");
    NetSession stored = world.store.loadSession(ME).orElseThrow();
    assertThat(stored.cookies()).containsKeys("userId", "_t");
    assertThat(stored.region()).isEqualTo(Region.CN);
    // the stored _t is the one NET rotated on the identifying request: it still works
    assertThat(world.net.session(ME).cookies()).isEqualTo(stored.cookies());
    WechatLoginProxy.Status status = world.proxy.status();
    assertThat(status.state()).isEqualTo(State.DONE);
    assertThat(status.playerName()).isNotBlank();
    assertThat(answer).contains(PhonePages.escape(status.playerName()));
    assertThat(world.wechat.lastUserAgent()).contains("MicroMessenger");
    assertThat(world.net.requests("friend/userFriendCode/")).isEqualTo(1);
    Player me = world.store.findPlayer(ME).orElseThrow();
    assertThat(me.name()).isEqualTo(status.playerName());
    assertThat(me.friendCode()).as("remembered, to refuse another account later").isNotEmpty();
    assertNoSecretIn(answer + status, consent, stored.cookies());
  }

  @Test
  void aUsedCodeIsATypedFailureAndStoresNothing() throws Exception {
    world.proxy.arm(ME);
    String consent = world.wechat.consentGiven();
    ProxyClient.get(world.address, world.callbackUrl(consent));
    world.store.deleteSession(ME);

    String answer = ProxyClient.get(world.address, world.callbackUrl(consent));

    assertThat(answer).contains("Sign-in not completed").contains("already used or has expired");
    assertThat(world.store.loadSession(ME)).isEmpty();
    WechatLoginProxy.Status status = world.proxy.status();
    assertThat(status.state()).isEqualTo(State.FAILED);
    assertThat(status.message()).contains("Open the sign-in link in WeChat again");
    assertNoSecretIn(answer + status, consent, Map.of());
  }

  @Test
  void anUnknownCodeStoresNothing() throws Exception {
    world.proxy.arm(ME);
    String forged = "r=x&t=1&code=neverIssued&state=STATE1";

    String answer = ProxyClient.get(world.address, world.callbackUrl(forged));

    assertThat(answer).contains("Sign-in not completed");
    assertThat(world.store.loadSession(ME)).isEmpty();
    assertThat(world.proxy.status().state()).isEqualTo(State.FAILED);
  }

  @Test
  void withoutAChosenPlayerTheCodeIsLeftUnused() throws Exception {
    String consent = world.wechat.consentGiven();

    String answer = ProxyClient.get(world.address, world.callbackUrl(consent));

    assertThat(answer).contains("probe is not waiting for a sign-in");
    assertThat(world.wechat.callbacks()).isZero();
    assertThat(world.proxy.status().state()).isEqualTo(State.IDLE);
    world.proxy.arm(ME);
    assertThat(ProxyClient.get(world.address, world.callbackUrl(consent))).contains("Signed in");
  }

  @Test
  void anotherWeChatAccountThanThePlayersIsRefused() throws Exception {
    world.store.savePlayer(new Player(ME, Region.CN, "someone", "999999999999999"));
    world.proxy.arm(ME);

    String answer = ProxyClient.get(world.address, world.callbackUrl(world.wechat.consentGiven()));

    assertThat(answer).contains("friend codes differ");
    assertThat(world.store.loadSession(ME)).isEmpty();
  }

  @Test
  void theCallbackInsideACONNECTToPort80IsCapturedToo() throws Exception {
    world.proxy.arm(ME);
    String consent = world.wechat.consentGiven();
    try (ProxyClient phone = new ProxyClient(world.address)) {
      phone.send(
          "CONNECT tgk-wcaime.wahlap.com:80 HTTP/1.1\r\nHost: tgk-wcaime.wahlap.com:80\r\n\r\n");
      assertThat(phone.readHead()).startsWith("HTTP/1.1 200");
      phone.send(
          "GET /wc_auth/oauth/callback/maimai-dx?"
              + consent
              + " HTTP/1.1\r\nHost: tgk-wcaime.wahlap.com\r\n\r\n");
      assertThat(phone.readAll()).contains("Signed in as");
    }
    assertThat(world.store.loadSession(ME)).isPresent();
  }

  @Test
  void theSignInLinkIsAnsweredWithWeChatsConsentWithAPlainHttpCallback() throws Exception {
    String answer = ProxyClient.get(world.address, world.settings.signInLink());

    assertThat(answer).startsWith("HTTP/1.1 302");
    String location = answer.lines().filter(l -> l.startsWith("Location: ")).findFirst().get();
    assertThat(location)
        .startsWith("Location: https://open.weixin.qq.com/connect/oauth2/authorize?")
        .contains("redirect_uri=http%3A%2F%2Ftgk-wcaime.wahlap.com%2Fwc_auth%2Foauth%2Fcallback")
        .endsWith("#wechat_redirect");
  }

  @Test
  void theCheckPageTellsThePhoneItsProxySettingWorks() throws Exception {
    assertThat(ProxyClient.get(world.address, world.proxy.checkLink()))
        .startsWith("HTTP/1.1 200")
        .contains("The proxy setting works");
  }

  static void assertNoSecretIn(String shown, String consent, Map<String, String> cookies) {
    for (String part : consent.split("&")) {
      String value = part.substring(part.indexOf('=') + 1);
      if (part.startsWith("code=") || part.startsWith("state=")) {
        assertThat(shown).doesNotContain(value);
      }
    }
    cookies.values().forEach(v -> assertThat(shown).doesNotContain(v));
  }
}
