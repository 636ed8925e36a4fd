package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ListPlaysQuery;
import dev.probe.core.application.port.in.ListPlaysUseCase;
import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.view.PlayView;
import java.time.Clock;

/** The play history, paged by the store. */
public final class ListPlaysService implements ListPlaysUseCase {

  private final PlayerStorePort players;
  private final LoadPlaysPort plays;
  private final CatalogPort catalog;
  private final PlayViews views;

  public ListPlaysService(
      PlayerStorePort players, LoadPlaysPort plays, CatalogPort catalog, Clock clock) {
    this.players = players;
    this.plays = plays;
    this.catalog = catalog;
    this.views = new PlayViews(plays, clock);
  }

  @Override
  public PageResult<PlayView> listPlays(ListPlaysQuery query) {
    Player player = Players.require(players, query.player());
    PageResult<Play> page = plays.findPlays(player.id(), query.filter(), query.page());
    return new PageResult<>(
        views.of(player, page.items(), new ChartDirectory(catalog)), page.request(), page.total());
  }
}
