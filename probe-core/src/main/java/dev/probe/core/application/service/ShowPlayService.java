package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ShowPlayQuery;
import dev.probe.core.application.port.in.ShowPlayUseCase;
import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.application.port.out.RawPageStorePort;
import dev.probe.core.domain.NetPaths;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPageRef;
import dev.probe.core.domain.view.PlayDetailView;
import dev.probe.core.domain.view.PlayView;
import java.time.Clock;
import java.util.List;

/** One play in full, with the raw page it was read from. */
public final class ShowPlayService implements ShowPlayUseCase {

  private final PlayerStorePort players;
  private final LoadPlaysPort plays;
  private final CatalogPort catalog;
  private final RawPageStorePort rawPages;
  private final PlayViews views;

  public ShowPlayService(
      PlayerStorePort players,
      LoadPlaysPort plays,
      CatalogPort catalog,
      RawPageStorePort rawPages,
      Clock clock) {
    this.players = players;
    this.plays = plays;
    this.catalog = catalog;
    this.rawPages = rawPages;
    this.views = new PlayViews(plays, clock);
  }

  @Override
  public PlayDetailView showPlay(ShowPlayQuery query) {
    Player player = Players.require(players, query.player());
    Play play =
        plays
            .findPlay(player.id(), query.key())
            .orElseThrow(
                () ->
                    ProbeException.notFound(
                        "player '" + player.id() + "' has no play " + query.key()));
    List<Play> history = plays.chartHistory(player.id(), play.chartId());
    PlayView view =
        views.ofHistory(player, history, new ChartDirectory(catalog)).stream()
            .filter(v -> v.play().key().equals(play.key()))
            .findFirst()
            .orElseGet(() -> views.of(player, List.of(play), new ChartDirectory(catalog)).get(0));
    return new PlayDetailView(view, detailPage(player, play), history.size());
  }

  private RawPageRef detailPage(Player player, Play play) {
    if (play.detailIdx().isEmpty()) {
      return null;
    }
    String path = NetPaths.playDetail(play.detailIdx());
    return rawPages
        .latestRawPage(player.id(), NetPaths.url(player.region(), path).toString())
        .or(() -> rawPages.latestRawPage(player.id(), path))
        .orElse(null);
  }
}
