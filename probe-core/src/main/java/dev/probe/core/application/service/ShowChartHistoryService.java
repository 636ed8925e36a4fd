package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ShowChartHistoryQuery;
import dev.probe.core.application.port.in.ShowChartHistoryUseCase;
import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.application.port.out.ScoreListStorePort;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.rating.RatingRules;
import dev.probe.core.domain.view.ChartHistoryView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Every play of one chart over time. */
public final class ShowChartHistoryService implements ShowChartHistoryUseCase {

  private final PlayerStorePort players;
  private final LoadPlaysPort plays;
  private final ScoreListStorePort scores;
  private final CatalogPort catalog;
  private final PlayViews views;
  private final Clock clock;

  public ShowChartHistoryService(
      PlayerStorePort players,
      LoadPlaysPort plays,
      ScoreListStorePort scores,
      CatalogPort catalog,
      Clock clock) {
    this.players = players;
    this.plays = plays;
    this.scores = scores;
    this.catalog = catalog;
    this.views = new PlayViews(plays, clock);
    this.clock = clock;
  }

  @Override
  public ChartHistoryView showChartHistory(ShowChartHistoryQuery query) {
    Player player = Players.require(players, query.player());
    ChartDirectory charts = new ChartDirectory(catalog);
    List<Play> history = plays.chartHistory(player.id(), query.chart());
    if (history.isEmpty() && !charts.knows(query.chart())) {
      throw ProbeException.notFound("no chart " + query.chart() + " in the catalogue or the plays");
    }
    Instant now = clock.instant();
    BestScore best =
        scores.bestScores(player.id(), now).stream()
            .filter(b -> b.chartId().equals(query.chart()))
            .findFirst()
            .orElse(null);
    if (!history.isEmpty()) {
      charts.learn(query.chart(), history.get(0).chart());
    }
    RatingRules rules = RatingRules.at(player.region(), now, now);
    return new ChartHistoryView(
        charts.info(query.chart(), rules), views.ofHistory(player, history, charts), best);
  }
}
