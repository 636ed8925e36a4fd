package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ListSyncDiffsQuery;
import dev.probe.core.application.port.in.ListSyncDiffsUseCase;
import dev.probe.core.application.port.in.ShowSyncDiffQuery;
import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.application.port.out.ProfileStorePort;
import dev.probe.core.application.port.out.ScoreListStorePort;
import dev.probe.core.application.port.out.SyncRunStorePort;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.view.SyncDiff;
import java.time.Clock;

/** What each sync run changed, newest first. */
public final class ListSyncDiffsService implements ListSyncDiffsUseCase {

  private final PlayerStorePort players;
  private final CatalogPort catalog;
  private final SyncRunStorePort runs;
  private final SyncDiffs diffs;

  public ListSyncDiffsService(
      PlayerStorePort players,
      LoadPlaysPort plays,
      ScoreListStorePort scores,
      ProfileStorePort profiles,
      CatalogPort catalog,
      SyncRunStorePort runs,
      Clock clock) {
    this.players = players;
    this.catalog = catalog;
    this.runs = runs;
    RatingCalculator ratings = new RatingCalculator(plays, scores, profiles, clock);
    this.diffs = new SyncDiffs(plays, profiles, new PlayViews(plays, clock), ratings, clock);
  }

  @Override
  public PageResult<SyncDiff> listSyncDiffs(ListSyncDiffsQuery query) {
    Player player = Players.require(players, query.player());
    ChartDirectory charts = new ChartDirectory(catalog);
    return runs.runs(player.id(), query.page()).map(run -> diffs.of(player, run, charts));
  }

  @Override
  public SyncDiff showSyncDiff(ShowSyncDiffQuery query) {
    Player player = Players.require(players, query.player());
    SyncRun run =
        runs.findRun(query.runId())
            .filter(r -> r.player().equals(player.id()))
            .orElseThrow(
                () ->
                    ProbeException.notFound(
                        "player '" + player.id() + "' has no sync run " + query.runId()));
    return diffs.of(player, run, new ChartDirectory(catalog));
  }
}
