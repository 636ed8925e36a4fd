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
import dev.probe.core.application.port.out.RawPageStorePort;
import dev.probe.core.application.service.ArchivePorts;
import dev.probe.core.application.service.CachedQueriesService;
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
import dev.probe.core.application.service.WatchedArchive;
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

  /** The same use cases with another session service (e.g. one that knows kept logins). */
  public WebUseCases withNetSession(ManageNetSessionUseCase sessions) {
    return new WebUseCases(
        players,
        dashboard,
        plays,
        play,
        diffs,
        charts,
        chartHistory,
        rating,
        profile,
        photos,
        sessions,
        rawPages);
  }

  /** The core's services over an archive's ports: the one place the pages' use cases are built. */
  public static WebUseCases over(ArchivePorts ports, Clock clock) {
    var players = ports.players();
    var plays = ports.loadPlays();
    var scores = ports.scoreLists();
    var profiles = ports.profiles();
    var catalog = ports.catalog();
    var runs = ports.runs();
    return new WebUseCases(
        new ManagePlayersService(players, ports.transactions()),
        new ShowDashboardService(players, plays, scores, profiles, catalog, runs, clock),
        new ListPlaysService(players, plays, catalog, clock),
        new ShowPlayService(players, plays, catalog, ports.rawPages(), clock),
        new ListSyncDiffsService(players, plays, scores, profiles, catalog, runs, clock),
        new ListChartsService(players, plays, scores, profiles, catalog, clock),
        new ShowChartHistoryService(players, plays, scores, catalog, clock),
        new ShowRatingService(players, plays, scores, profiles, catalog, clock),
        new ShowProfileHistoryService(players, profiles),
        new ListPhotosService(players, ports.photos(), catalog, clock),
        new ManageNetSessionService(players, ports.sessions(), clock),
        ports.rawPages());
  }

  /**
   * Like {@link #over}, with the players, the dashboard, play pages, chart list, rating and chart
   * histories kept in memory until the archive changes. Only for a process through which every
   * write to the archive goes (the local server over its embedded database): build the sync and
   * import services over the same {@code archive.ports()} so they are seen.
   */
  public static WebUseCases cached(WatchedArchive archive, Clock clock) {
    WebUseCases plain = over(archive.ports(), clock);
    CachedQueriesService kept =
        new CachedQueriesService(
            archive.changes(),
            clock,
            plain.players(),
            plain.dashboard(),
            plain.plays(),
            plain.charts(),
            plain.rating(),
            plain.chartHistory());
    return new WebUseCases(
        kept,
        kept,
        kept,
        plain.play(),
        plain.diffs(),
        kept,
        kept,
        kept,
        plain.profile(),
        plain.photos(),
        plain.netSession(),
        plain.rawPages());
  }
}
