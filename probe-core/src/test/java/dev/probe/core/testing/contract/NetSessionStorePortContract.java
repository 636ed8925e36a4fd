package dev.probe.core.testing.contract;

import static dev.probe.core.testing.TestData.ME;
import static dev.probe.core.testing.TestData.SISTER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.Region;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link dev.probe.core.application.port.out.NetSessionStorePort}: one session per player. */
public abstract class NetSessionStorePortContract extends StoreContract {

  private final NetSession session =
      new NetSession(ME, Region.JP, Map.of("userId", "123", "_t", "abc;=x"), T0);

  @Test
  void aSavedSessionLoadsBackWithEveryCookie() {
    store.sessions().saveSession(session);
    assertThat(store.sessions().loadSession(ME)).contains(session);
    assertThat(store.sessions().loadSession(SISTER)).isEmpty();
  }

  @Test
  void savingAgainReplacesTheSession() {
    store.sessions().saveSession(session);
    NetSession rotated = session.withCookies(Map.of("_t", "rotated"), T0.plusSeconds(5));
    store.sessions().saveSession(rotated);
    assertThat(store.sessions().loadSession(ME)).contains(rotated);
  }

  @Test
  void anExpiredMarkIsKeptAndClearedByANewSession() {
    store.sessions().saveSession(session.expired(T0.plusSeconds(60)));
    assertThat(store.sessions().loadSession(ME).orElseThrow().expiredAtIfAny())
        .contains(T0.plusSeconds(60));
    store.sessions().saveSession(new NetSession(ME, Region.JP, Map.of("_t", "new"), T0));
    assertThat(store.sessions().loadSession(ME).orElseThrow().isExpired()).isFalse();
  }

  @Test
  void deletingForgetsItAndIsHarmlessTwice() {
    store.sessions().saveSession(session);
    store.sessions().deleteSession(ME);
    store.sessions().deleteSession(ME);
    assertThat(store.sessions().loadSession(ME)).isEmpty();
  }
}
