package dev.probe.core.testing.contract;

import static dev.probe.core.testing.TestData.ME;
import static dev.probe.core.testing.TestData.SISTER;
import static dev.probe.core.testing.TestData.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.ProfileSnapshot;
import org.junit.jupiter.api.Test;

/** {@link dev.probe.core.application.port.out.ProfileStorePort}: once per (player, takenAt). */
public abstract class ProfileStorePortContract extends StoreContract {

  @Test
  void historyIsOldestFirstAndLatestIsTheNewest() {
    ProfileSnapshot later = snapshot(ME, T0.plusSeconds(3600), 15010, 1200);
    ProfileSnapshot earlier = snapshot(ME, T0, 15000, 1190);
    store.profiles().saveSnapshot(later);
    store.profiles().saveSnapshot(earlier);
    assertThat(store.profiles().history(ME)).containsExactly(earlier, later);
    assertThat(store.profiles().latest(ME)).contains(later);
  }

  @Test
  void theSameInstantIsKeptOnceTheFirstVersionWins() {
    ProfileSnapshot first = snapshot(ME, T0, 15000, 1190);
    store.profiles().saveSnapshot(first);
    store.profiles().saveSnapshot(snapshot(ME, T0, 15999, 1999));
    assertThat(store.profiles().history(ME)).containsExactly(first);
  }

  @Test
  void snapshotsWithoutCountersAreKeptAsSuch() {
    ProfileSnapshot home = snapshot(ME, T0, 15000, -1);
    store.profiles().saveSnapshot(home);
    assertThat(store.profiles().latest(ME)).contains(home);
    assertThat(store.profiles().latest(ME).orElseThrow().hasPlayCounts()).isFalse();
  }

  @Test
  void snapshotsArePerPlayer() {
    store.profiles().saveSnapshot(snapshot(ME, T0, 15000, 1190));
    assertThat(store.profiles().history(SISTER)).isEmpty();
    assertThat(store.profiles().latest(SISTER)).isEmpty();
  }
}
