package dev.probe.core.testing.contract;

import static dev.probe.core.testing.TestData.ME;
import static dev.probe.core.testing.TestData.SISTER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.application.port.out.RememberedLoginStorePort;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.RememberedLogin;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link RememberedLoginStorePort}: at most one sealed login per player, kept as given. */
public abstract class RememberedLoginStorePortContract {

  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

  private final RememberedLogin login = new RememberedLogin(ME, Region.JP, "v1.c2VhbGVk+/=", T0);

  protected RememberedLoginStorePort logins;

  /** A new, empty store of kept logins. */
  protected abstract RememberedLoginStorePort newLogins();

  @BeforeEach
  void fresh() {
    logins = newLogins();
  }

  @Test
  void aSavedLoginLoadsBackAsItWas() {
    logins.saveLogin(login);
    assertThat(logins.loadLogin(ME)).contains(login);
    assertThat(logins.loadLogin(SISTER)).isEmpty();
  }

  @Test
  void savingAgainReplacesIt() {
    logins.saveLogin(login);
    RememberedLogin again = new RememberedLogin(ME, Region.INTL, "v1.b3RoZXI=", T0.plusSeconds(9));
    logins.saveLogin(again);
    assertThat(logins.loadLogin(ME)).contains(again);
  }

  @Test
  void deletingForgetsItAndIsHarmlessTwice() {
    logins.saveLogin(login);
    logins.deleteLogin(ME);
    logins.deleteLogin(ME);
    assertThat(logins.loadLogin(ME)).isEmpty();
  }
}
