package dev.probe.core.testing.contract;

import static dev.probe.core.testing.TestData.ME;
import static dev.probe.core.testing.TestData.SISTER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;
import org.junit.jupiter.api.Test;

/** {@link dev.probe.core.application.port.out.PlayerStorePort}: upsert, find, list by handle. */
public abstract class PlayerStorePortContract extends StoreContract {

  @Test
  void playersAreListedByHandle() {
    Player alice = new Player(new PlayerId("alice"), Region.INTL, "", "");
    store.players().savePlayer(alice);
    assertThat(store.players().listPlayers())
        .extracting(Player::id)
        .containsExactly(alice.id(), ME, SISTER);
  }

  @Test
  void savingAgainUpdatesNameRegionAndFriendCode() {
    Player renamed = new Player(ME, Region.INTL, "ＮＥＷ", "123456789012345");
    store.players().savePlayer(renamed);
    assertThat(store.players().findPlayer(ME)).contains(renamed);
    assertThat(store.players().listPlayers()).hasSize(2);
  }

  @Test
  void anUnknownHandleIsEmpty() {
    assertThat(store.players().findPlayer(new PlayerId("nobody"))).isEmpty();
  }
}
