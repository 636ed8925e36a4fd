package dev.probe.core.testing;

import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.application.port.out.NetSessionStorePort;
import dev.probe.core.application.port.out.PhotoStorePort;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.application.port.out.ProfileStorePort;
import dev.probe.core.application.port.out.RawPageStorePort;
import dev.probe.core.application.port.out.SavePlaysPort;
import dev.probe.core.application.port.out.ScoreListStorePort;
import dev.probe.core.application.port.out.SyncRunStorePort;
import dev.probe.core.application.port.out.TransactionPort;

/**
 * One empty store seen through every port, as the contract tests need it. Build it with {@link #of}
 * from any class that implements all the ports (the in-memory store, the jOOQ store).
 */
public record StoreFixture(
    PlayerStorePort players,
    NetSessionStorePort sessions,
    LoadPlaysPort loadPlays,
    SavePlaysPort savePlays,
    ScoreListStorePort scores,
    CatalogPort catalog,
    ProfileStorePort profiles,
    PhotoStorePort photos,
    RawPageStorePort rawPages,
    SyncRunStorePort runs,
    TransactionPort transactions) {

  public static <
          S extends
              PlayerStorePort & NetSessionStorePort & LoadPlaysPort & SavePlaysPort
                  & ScoreListStorePort & CatalogPort & ProfileStorePort & PhotoStorePort
                  & RawPageStorePort & SyncRunStorePort & TransactionPort>
      StoreFixture of(S store) {
    return new StoreFixture(
        store, store, store, store, store, store, store, store, store, store, store);
  }

  public static StoreFixture inMemory() {
    return of(new InMemoryStore());
  }
}
