package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ListChartsQuery;
import dev.probe.core.application.port.in.ListChartsUseCase;
import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.application.port.out.ProfileStorePort;
import dev.probe.core.application.port.out.ScoreListStorePort;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.rating.RatingRules;
import dev.probe.core.domain.view.ChartInfo;
import dev.probe.core.domain.view.ChartListItem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The whole catalogue, with NET-learned charts, each with the player's best. */
public final class ListChartsService implements ListChartsUseCase {

  private final PlayerStorePort players;
  private final CatalogPort catalog;
  private final RatingCalculator ratings;
  private final Clock clock;

  public ListChartsService(
      PlayerStorePort players,
      LoadPlaysPort plays,
      ScoreListStorePort scores,
      ProfileStorePort profiles,
      CatalogPort catalog,
      Clock clock) {
    this.players = players;
    this.catalog = catalog;
    this.ratings = new RatingCalculator(plays, scores, profiles, clock);
    this.clock = clock;
  }

  @Override
  public List<ChartListItem> listCharts(ListChartsQuery query) {
    Player player = Players.require(players, query.player());
    Instant now = clock.instant();
    ChartDirectory charts = new ChartDirectory(catalog);
    Map<ChartId, BestScore> bests = new HashMap<>();
    ratings.bests(player, now, charts).forEach(b -> bests.put(b.chartId(), b));
    RatingRules rules = ratings.rulesAt(player, now);
    String needle = query.search().toLowerCase(Locale.ROOT);
    List<ChartListItem> items = new ArrayList<>();
    for (Chart chart : new TreeMap<>(charts.charts()).values()) {
      BestScore best = bests.get(chart.id());
      if (query.playedOnly() && best == null) {
        continue;
      }
      if (!needle.isEmpty() && !matches(chart.id(), charts.artist(chart.id()), needle)) {
        continue;
      }
      ChartInfo info = charts.info(chart.id(), rules);
      PlayRating rating =
          best == null
              ? PlayRating.NONE
              : PlayRating.of(chart, best.best().achievement(), best.best().combo(), rules);
      items.add(new ChartListItem(info, best, rating.value(), rating.estimated()));
    }
    return items;
  }

  private static boolean matches(ChartId id, String artist, String needle) {
    return id.song().title().toLowerCase(Locale.ROOT).contains(needle)
        || artist.toLowerCase(Locale.ROOT).contains(needle);
  }
}
