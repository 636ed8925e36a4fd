package dev.probe.core.application.service;

import static dev.probe.core.testing.TestData.ME;
import static dev.probe.core.testing.TestData.SISTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.application.port.in.LoginToNetCommand;
import dev.probe.core.application.port.in.NetLoginOutcome;
import dev.probe.core.application.port.out.NetLoginPort;
import dev.probe.core.application.port.out.SecretSealPort;
import dev.probe.core.domain.CardChooser;
import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SegaCredentials;
import dev.probe.core.testing.InMemoryStore;
import dev.probe.core.testing.MutableClock;
import dev.probe.core.testing.TestData;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a SEGA ID login stores, what it keeps, and when a kept login is used or forgotten. */
class LoginToNetServiceTest {

  private static final SegaCredentials CREDENTIALS = new SegaCredentials("me01", "s3cret-pw");
  private static final Map<String, String> COOKIES = Map.of("userId", "u", "_t", "t");

  /** NET's login answering from a script, recording each call. */
  private static final class ScriptedLogin implements NetLoginPort {
    final Deque<Result> answers = new ArrayDeque<>();
    final List<SegaCredentials> calls = new ArrayList<>();

    @Override
    public Result logIn(Region region, SegaCredentials credentials, CardChooser chooser) {
      calls.add(credentials);
      return answers.isEmpty() ? Result.loggedIn(COOKIES, "ME", 0) : answers.pop();
    }
  }

  /** Reversible and keyed by a tag, so "another key" can be modelled; not encryption. */
  private static final class TagSeal implements SecretSealPort {
    String tag = "k1";

    @Override
    public String seal(byte[] secret) {
      return tag + ":" + Base64.getEncoder().encodeToString(secret);
    }

    @Override
    public byte[] unseal(String sealed) {
      if (!sealed.startsWith(tag + ":")) {
        throw ProbeException.invalid("another key");
      }
      return Base64.getDecoder().decode(sealed.substring(tag.length() + 1));
    }
  }

  private final InMemoryStore store = new InMemoryStore();
  private final ScriptedLogin net = new ScriptedLogin();
  private final TagSeal seal = new TagSeal();
  private final MutableClock clock = MutableClock.standard();
  private final LoginToNetService service =
      new LoginToNetService(store, store, store, net, seal, clock);

  LoginToNetServiceTest() {
    store.savePlayer(TestData.player(ME, Region.JP));
    store.savePlayer(TestData.player(SISTER, Region.CN));
  }

  private NetLoginOutcome logIn(boolean remember) {
    return service.logIn(new LoginToNetCommand(ME, CREDENTIALS, remember), CardChooser.none());
  }

  @Test
  void aLoginReplacesAnExpiredSessionAndKeepsTheLoginOnlyWhenAsked() {
    store.saveSession(
        new NetSession(ME, Region.JP, Map.of("_t", "old"), clock.instant())
            .expired(clock.instant()));

    NetLoginOutcome kept = logIn(true);
    assertThat(kept.status().usable()).isTrue();
    assertThat(kept.status().rememberedLogin()).isTrue();
    assertThat(store.loadSession(ME).orElseThrow().cookies()).isEqualTo(COOKIES);
    assertThat(store.loadLogin(ME).orElseThrow().sealed()).doesNotContain("s3cret-pw");

    NetLoginOutcome forgotten = logIn(false);
    assertThat(forgotten.status().rememberedLogin()).isFalse();
    assertThat(store.loadLogin(ME)).isEmpty();
  }

  @Test
  void chinaIsRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(
            () ->
                service.logIn(
                    new LoginToNetCommand(SISTER, CREDENTIALS, false), CardChooser.none()))
        .hasMessageContaining("WeChat")
        .hasMessageContaining("probe session wechat --player sister");
    assertThat(net.calls).isEmpty();
  }

  @Test
  void aRefusedPasswordStoresNothingAndIsTriedOnce() {
    net.answers.push(NetLoginPort.Result.refused(NetLoginPort.Outcome.WRONG_CREDENTIALS));
    assertThatThrownBy(() -> logIn(true))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("SEGA refused")
        .hasMessageNotContaining("s3cret-pw");
    assertThat(net.calls).hasSize(1);
    assertThat(store.loadSession(ME)).isEmpty();
    assertThat(store.loadLogin(ME)).isEmpty();
  }

  @Test
  void renewalUsesTheKeptLoginOnceAndForgetsOneSegaRefuses() {
    assertThat(service.renewSession(ME)).isFalse(); // nothing kept: nothing sent
    assertThat(net.calls).isEmpty();

    logIn(true);
    store.saveSession(store.loadSession(ME).orElseThrow().expired(clock.instant()));
    assertThat(service.renewSession(ME)).isTrue();
    assertThat(net.calls).hasSize(2).allMatch(c -> c.password().equals("s3cret-pw"));
    assertThat(store.loadSession(ME).orElseThrow().isExpired()).isFalse();

    net.answers.push(NetLoginPort.Result.refused(NetLoginPort.Outcome.SECOND_FACTOR));
    assertThatThrownBy(() -> service.renewSession(ME))
        .hasMessageContaining("one-time code")
        .hasMessageContaining("forgotten");
    assertThat(store.loadLogin(ME)).isEmpty();
    assertThat(service.renewSession(ME)).isFalse();
    assertThat(net.calls).hasSize(3);
  }

  @Test
  void aKeptLoginSealedWithAnotherKeyIsForgottenUnsent() {
    logIn(true);
    seal.tag = "k2";
    assertThatThrownBy(() -> service.renewSession(ME)).hasMessageContaining("this machine's key");
    assertThat(store.loadLogin(ME)).isEmpty();
    assertThat(net.calls).hasSize(1);
  }
}
