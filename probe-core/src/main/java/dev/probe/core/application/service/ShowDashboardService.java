package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ShowDashboardQuery;
import dev.probe.core.application.port.in.ShowDashboardUseCase;
import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.application.port.out.ProfileStorePort;
import dev.probe.core.application.port.out.ScoreListStorePort;
import dev.probe.core.application.port.out.SyncRunStorePort;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.rating.Best50;
import dev.probe.core.domain.view.DashboardView;
import dev.probe.core.domain.view.SyncDiff;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** A player's first page. */
public final class ShowDashboardService implements ShowDashboardUseCase {

  private final PlayerStorePort players;
  private final LoadPlaysPort plays;
  private final ProfileStorePort profiles;
  private final CatalogPort catalog;
  private final SyncRunStorePort runs;
  private final RatingCalculator ratings;
  private final PlayViews views;
  private final SyncDiffs diffs;
  private final Clock clock;

  public ShowDashboardService(
      PlayerStorePort players,
      LoadPlaysPort plays,
      ScoreListStorePort scores,
      ProfileStorePort profiles,
      CatalogPort catalog,
      SyncRunStorePort runs,
      Clock clock) {
    this.players = players;
    this.plays = plays;
    this.profiles = profiles;
    this.catalog = catalog;
    this.runs = runs;
    this.ratings = new RatingCalculator(plays, scores, profiles, clock);
    this.views = new PlayViews(plays, clock);
    this.diffs = new SyncDiffs(plays, profiles, views, ratings, clock);
    this.clock = clock;
  }

  @Override
  public DashboardView showDashboard(ShowDashboardQuery query) {
    Player player = Players.require(players, query.player());
    Instant now = clock.instant();
    ChartDirectory charts = new ChartDirectory(catalog);
    Best50 b50 = ratings.at(player, now, charts);
    List<Play> latest =
        plays
            .findPlays(player.id(), PlayFilter.ALL, new PageRequest(1, query.latestPlays()))
            .items();
    SyncDiff lastSync =
        runs.latestFinished(player.id()).map(r -> diffs.of(player, r, charts)).orElse(null);
    return new DashboardView(
        player,
        profiles.latest(player.id()).orElse(null),
        b50.total(),
        b50.estimated(),
        ratings.curve(player, now, charts),
        views.of(player, latest, charts),
        lastSync,
        lastSync == null ? null : lastSync.lost(),
        plays.countPlays(player.id()));
  }
}
