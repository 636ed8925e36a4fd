package dev.probe.scraper.e2e;

import static dev.probe.scraper.e2e.LoginWorld.ME;
import static dev.probe.scraper.e2e.LoginWorld.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.application.port.in.NetLoginOutcome;
import dev.probe.core.application.port.in.SyncReport;
import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProbeException.Kind;
import dev.probe.core.domain.RememberedLogin;
import dev.probe.core.domain.SyncStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Log in with a SEGA ID at the fake gateway, sync from the fake NET, meet an expired session: it is
 * marked and never sent again, and a kept login is used exactly once.
 */
class LoginSyncEndToEndTest {

  private final LoginWorld world = new LoginWorld(new TestSeal(0x5a));

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void aLoginStoresOnlyCookiesAndAnExpiredSessionIsMarkedAndNeverSentAgain() {
    NetLoginOutcome outcome = world.logIn(PASSWORD, false);
    assertThat(outcome.playerName()).isEqualTo("ＰＲＯＢＥ");
    assertThat(outcome.status().usable()).isTrue();
    assertThat(outcome.status().rememberedLogin()).isFalse();
    assertThat(world.store.loadLogin(ME)).isEmpty();

    SyncReport first = world.sync();
    assertThat(first.run().status()).as(first.run().errorMessage()).isEqualTo(SyncStatus.DONE);
    assertThat(first.newPlays()).hasSize(50);

    world.net.play(3);
    world.net.expireAfter(2);
    SyncReport stopped = world.sync();
    assertThat(stopped.run().status()).isEqualTo(SyncStatus.STOPPED);
    assertThat(stopped.run().errorKind()).isEqualTo("SESSION_EXPIRED");
    assertThat(stopped.run().errorMessage())
        .contains("probe session login --region INTL --player me");
    NetSession marked = world.store.loadSession(ME).orElseThrow();
    assertThat(marked.isExpired()).isTrue();
    int requestsThatFoundIt = world.net.totalRequests();
    assertThat(requestsThatFoundIt).isEqualTo(3); // two good answers, then the redirect

    for (int i = 0; i < 3; i++) { // the schedule comes back: nothing reaches NET or SEGA
      assertThatThrownBy(world::sync)
          .isInstanceOf(ProbeException.class)
          .satisfies(e -> assertThat(((ProbeException) e).kind()).isEqualTo(Kind.SESSION_EXPIRED))
          .hasMessageContaining("does not use it again");
      assertThat(world.net.totalRequests()).isZero();
    }
    assertThat(world.sega.passwordPosts()).isEqualTo(1);

    world.logIn(PASSWORD, false);
    assertThat(world.store.loadSession(ME).orElseThrow().isExpired()).isFalse();
    assertThat(world.sync().run().status()).isEqualTo(SyncStatus.DONE);
  }

  @Test
  void anErrorPageSayingTheSessionExpiredMarksItToo() {
    world.logIn(PASSWORD, false);
    assertThat(world.sync().run().status()).isEqualTo(SyncStatus.DONE);
    world.net.play(2);
    world.net.expireWithErrorPage(true); // 200 with error code 200002 instead of a redirect
    world.net.expireAfter(0);

    SyncReport stopped = world.sync();

    assertThat(stopped.run().errorKind()).isEqualTo("SESSION_EXPIRED");
    assertThat(stopped.run().errorMessage()).contains("200002", "probe session login");
    assertThat(world.store.loadSession(ME).orElseThrow().isExpired()).isTrue();
    assertThat(world.net.totalRequests()).isEqualTo(1);
    assertThatThrownBy(world::sync).hasMessageContaining("does not use it again");
    assertThat(world.net.totalRequests()).isZero();
  }

  @Test
  void aKeptLoginIsSealedAndUsedExactlyOnceWhenTheSessionExpires() {
    world.logIn(PASSWORD, true);
    RememberedLogin kept = world.store.loadLogin(ME).orElseThrow();
    assertThat(kept.sealed()).doesNotContain(PASSWORD).doesNotContain(LoginWorld.SEGA_ID);
    assertThat(world.sync().run().status()).isEqualTo(SyncStatus.DONE);

    world.net.play(3);
    world.net.expireAfter(1);
    SyncReport renewed = world.sync();

    assertThat(renewed.run().status()).as(renewed.run().errorMessage()).isEqualTo(SyncStatus.DONE);
    assertThat(renewed.newPlays()).hasSize(3);
    assertThat(world.sega.passwordPosts()).isEqualTo(2); // the first login and one renewal
    assertThat(world.store.loadSession(ME).orElseThrow().isExpired()).isFalse();

    world.expireAfterLogin = 0; // NET now refuses every new session at once
    world.net.play(1);
    world.net.expireAfter(0);
    SyncReport dead = world.sync();

    assertThat(dead.run().status()).isEqualTo(SyncStatus.STOPPED);
    assertThat(dead.run().errorKind()).isEqualTo("SESSION_EXPIRED");
    assertThat(world.sega.passwordPosts()).isEqualTo(3); // exactly one more login, no loop
    assertThat(world.store.loadSession(ME).orElseThrow().isExpired()).isTrue();
  }

  @Test
  void aKeptLoginThatSegaRefusesIsForgottenAndNeverTriedAgain() {
    world.logIn(PASSWORD, true);
    assertThat(world.sync().run().status()).isEqualTo(SyncStatus.DONE);
    world.sega.changePassword("changed-on-sega");
    world.net.expireAfter(0);

    assertThatThrownBy(world::sync)
        .isInstanceOf(ProbeException.class)
        .satisfies(e -> assertThat(((ProbeException) e).kind()).isEqualTo(Kind.INVALID_INPUT))
        .hasMessageContaining("SEGA refused the SEGA ID or password")
        .hasMessageContaining("forgotten")
        .hasMessageNotContaining(PASSWORD);
    assertThat(world.store.loadLogin(ME)).isEmpty();
    assertThat(world.sega.passwordPosts()).isEqualTo(2);

    assertThatThrownBy(world::sync).hasMessageContaining("does not use it again");
    assertThat(world.sega.passwordPosts()).isEqualTo(2);
  }

  @Test
  void aKeptLoginSealedWithAnotherKeyCannotBeOpenedAndIsForgotten() {
    world.logIn(PASSWORD, true);
    RememberedLogin kept = world.store.loadLogin(ME).orElseThrow();
    try (LoginWorld otherKey = new LoginWorld(new TestSeal(0x33))) {
      otherKey.logIn(PASSWORD, false);
      otherKey.store.saveLogin(kept);
      otherKey.net.expireAfter(0);

      assertThatThrownBy(otherKey::sync)
          .isInstanceOf(ProbeException.class)
          .hasMessageContaining("cannot be opened with this machine's key");
      assertThat(otherKey.store.loadLogin(ME)).isEmpty();
      assertThat(otherKey.sega.passwordPosts()).isEqualTo(1);
    }
  }
}
