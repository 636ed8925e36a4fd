package dev.probe.web;

import dev.probe.core.application.port.in.ListChartsUseCase;
import dev.probe.core.application.port.in.ListPhotosUseCase;
import dev.probe.core.application.port.in.ListPlaysUseCase;
import dev.probe.core.application.port.in.ListSyncDiffsUseCase;
import dev.probe.core.application.port.in.ManageNetSessionUseCase;
import dev.probe.core.application.port.in.ManagePlayersUseCase;
import dev.probe.core.application.port.in.ShowChartHistoryUseCase;
import dev.probe.core.application.port.in.ShowDashboardUseCase;
import dev.probe.core.application.port.in.ShowPlayUseCase;
import dev.probe.core.application.port.in.ShowProfileHistoryUseCase;
import dev.probe.core.application.port.in.ShowRatingUseCase;
import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.application.port.out.NetSessionStorePort;
import dev.probe.core.application.port.out.PhotoStorePort;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.application.port.out.ProfileStorePort;
import dev.probe.core.application.port.out.RawPageStorePort;
import dev.probe.core.application.port.out.ScoreListStorePort;
import dev.probe.core.application.port.out.SyncRunStorePort;
import dev.probe.core.application.port.out.TransactionPort;
import dev.probe.core.application.service.ListChartsService;
import dev.probe.core.application.service.ListPhotosService;
import dev.probe.core.application.service.ListPlaysService;
import dev.probe.core.application.service.ListSyncDiffsService;
import dev.probe.core.application.service.ManageNetSessionService;
import dev.probe.core.application.service.ManagePlayersService;
import dev.probe.core.application.service.ShowChartHistoryService;
import dev.probe.core.application.service.ShowDashboardService;
import dev.probe.core.application.service.ShowPlayService;
import dev.probe.core.application.service.ShowProfileHistoryService;
import dev.probe.core.application.service.ShowRatingService;
import java.time.Clock;
import java.util.Objects;

/**
 * The core's query use cases the pages read through. {@code rawPages} serves {@code /raw/{sha}}: an
 * archived page byte for byte, with nothing to compute.
 */
public record WebUseCases(
    ManagePlayersUseCase players,
    ShowDashboardUseCase dashboard,
    ListPlaysUseCase plays,
    ShowPlayUseCase play,
    ListSyncDiffsUseCase diffs,
    ListChartsUseCase charts,
    ShowChartHistoryUseCase chartHistory,
    ShowRatingUseCase rating,
    ShowProfileHistoryUseCase profile,
    ListPhotosUseCase photos,
    ManageNetSessionUseCase netSession,
    RawPageStorePort rawPages) {
  public WebUseCases {
    Objects.requireNonNull(players, "players");
    Objects.requireNonNull(dashboard, "dashboard");
    Objects.requireNonNull(plays, "plays");
    Objects.requireNonNull(play, "play");
    Objects.requireNonNull(diffs, "diffs");
    Objects.requireNonNull(charts, "charts");
    Objects.requireNonNull(chartHistory, "chartHistory");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(photos, "photos");
    Objects.requireNonNull(netSession, "netSession");
    Objects.requireNonNull(rawPages, "rawPages");
  }

  /**
   * The core's services over one store that implements every port the pages read (the in-memory
   * store, or the jOOQ store): the one place the web's use cases are put together.
   */
  public static <
          S extends
              PlayerStorePort & LoadPlaysPort & ScoreListStorePort & ProfileStorePort & CatalogPort
                  & SyncRunStorePort & PhotoStorePort & NetSessionStorePort & RawPageStorePort
                  & TransactionPort>
      WebUseCases over(S store, Clock clock) {
    return new WebUseCases(
        new ManagePlayersService(store, store),
        new ShowDashboardService(store, store, store, store, store, store, clock),
        new ListPlaysService(store, store, store, clock),
        new ShowPlayService(store, store, store, store, clock),
        new ListSyncDiffsService(store, store, store, store, store, store, clock),
        new ListChartsService(store, store, store, store, store, clock),
        new ShowChartHistoryService(store, store, store, store, clock),
        new ShowRatingService(store, store, store, store, store, clock),
        new ShowProfileHistoryService(store, store),
        new ListPhotosService(store, store, store, clock),
        new ManageNetSessionService(store, store, clock),
        store);
  }
}
