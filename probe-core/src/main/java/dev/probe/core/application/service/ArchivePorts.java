package dev.probe.core.application.service;

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
import java.util.Objects;

/** The store ports the archiving use cases need, passed as one value. */
public record ArchivePorts(
    PlayerStorePort players,
    NetSessionStorePort sessions,
    SyncRunStorePort runs,
    RawPageStorePort rawPages,
    LoadPlaysPort loadPlays,
    SavePlaysPort savePlays,
    ProfileStorePort profiles,
    PhotoStorePort photos,
    ScoreListStorePort scoreLists,
    CatalogPort catalog,
    TransactionPort transactions) {

  public ArchivePorts {
    Objects.requireNonNull(players, "players");
    Objects.requireNonNull(sessions, "sessions");
    Objects.requireNonNull(runs, "runs");
    Objects.requireNonNull(rawPages, "rawPages");
    Objects.requireNonNull(loadPlays, "loadPlays");
    Objects.requireNonNull(savePlays, "savePlays");
    Objects.requireNonNull(profiles, "profiles");
    Objects.requireNonNull(photos, "photos");
    Objects.requireNonNull(scoreLists, "scoreLists");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(transactions, "transactions");
  }

  /** For a store that implements every port in one object. */
  public static <
          S extends
              PlayerStorePort & NetSessionStorePort & SyncRunStorePort & RawPageStorePort
                  & LoadPlaysPort & SavePlaysPort & ProfileStorePort & PhotoStorePort
                  & ScoreListStorePort & CatalogPort & TransactionPort>
      ArchivePorts of(S store) {
    return new ArchivePorts(
        store, store, store, store, store, store, store, store, store, store, store);
  }
}
