package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ListPhotosQuery;
import dev.probe.core.application.port.in.ListPhotosUseCase;
import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.application.port.out.PhotoStorePort;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.Photo;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.rating.RatingRules;
import dev.probe.core.domain.view.PhotoView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The album, newest first. Albums are small (NET shows ten at a time), so paging is in memory. */
public final class ListPhotosService implements ListPhotosUseCase {

  private final PlayerStorePort players;
  private final PhotoStorePort photos;
  private final CatalogPort catalog;
  private final Clock clock;

  public ListPhotosService(
      PlayerStorePort players, PhotoStorePort photos, CatalogPort catalog, Clock clock) {
    this.players = players;
    this.photos = photos;
    this.catalog = catalog;
    this.clock = clock;
  }

  @Override
  public PageResult<PhotoView> listPhotos(ListPhotosQuery query) {
    Player player = Players.require(players, query.player());
    List<Photo> all = photos.photos(player.id());
    ChartDirectory charts = new ChartDirectory(catalog);
    RatingRules rules = RatingRules.at(player.region(), clock.instant(), clock.instant());
    int from = (int) Math.min(query.page().offset(), all.size());
    int to = Math.min(from + query.page().size(), all.size());
    List<PhotoView> items = new ArrayList<>(to - from);
    for (Photo p : all.subList(from, to)) {
      var id = ChartIds.of(p.chart());
      charts.learn(id, p.chart());
      items.add(new PhotoView(p, charts.info(id, rules)));
    }
    return new PageResult<>(items, query.page(), all.size());
  }
}
