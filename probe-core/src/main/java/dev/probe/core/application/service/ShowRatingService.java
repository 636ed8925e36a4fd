package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ShowRatingQuery;
import dev.probe.core.application.port.in.ShowRatingUseCase;
import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.application.port.out.ProfileStorePort;
import dev.probe.core.application.port.out.ScoreListStorePort;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.rating.Best50;
import dev.probe.core.domain.rating.RatedBest;
import dev.probe.core.domain.rating.RatingBand;
import dev.probe.core.domain.rating.RatingRules;
import dev.probe.core.domain.view.RatingEntry;
import dev.probe.core.domain.view.RatingPoint;
import dev.probe.core.domain.view.RatingView;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The DX RATING at an instant from the archive, beside NET's own figure. */
public final class ShowRatingService implements ShowRatingUseCase {

  private final PlayerStorePort players;
  private final CatalogPort catalog;
  private final ProfileStorePort profiles;
  private final RatingCalculator ratings;
  private final Clock clock;

  public ShowRatingService(
      PlayerStorePort players,
      LoadPlaysPort plays,
      ScoreListStorePort scores,
      ProfileStorePort profiles,
      CatalogPort catalog,
      Clock clock) {
    this.players = players;
    this.catalog = catalog;
    this.profiles = profiles;
    this.ratings = new RatingCalculator(plays, scores, profiles, clock);
    this.clock = clock;
  }

  @Override
  public RatingView showRating(ShowRatingQuery query) {
    Player player = Players.require(players, query.player());
    Instant asOf = query.at().orElse(clock.instant());
    ChartDirectory charts = new ChartDirectory(catalog);
    List<BestScore> bests = ratings.bests(player, asOf, charts);
    RatingRules rules = ratings.rulesAt(player, asOf);
    Best50 b50 = Best50.of(bests, charts.charts(), rules);
    int net = RatingCalculator.netRatingAt(profiles.history(player.id()), asOf);
    List<RatingPoint> curve = new ArrayList<>(ratings.curve(player, asOf, charts));
    curve.add(new RatingPoint(asOf, b50.total(), b50.estimated(), net));
    Map<ChartId, BestScore> byChart = new HashMap<>();
    bests.forEach(b -> byChart.put(b.chartId(), b));
    return new RatingView(
        player.id(),
        player.region(),
        rules.version(),
        asOf,
        entries(b50.newCharts(), charts, rules),
        entries(b50.oldCharts(), charts, rules),
        b50.newTotal(),
        b50.oldTotal(),
        b50.total(),
        b50.estimated(),
        net,
        net >= 0 && net != b50.total(),
        RatingBand.of(b50.total()),
        curve,
        RatingCandidates.of(b50, byChart, charts, rules, query.candidates()));
  }

  private static List<RatingEntry> entries(
      List<RatedBest> rated, ChartDirectory charts, RatingRules rules) {
    List<RatingEntry> out = new ArrayList<>(rated.size());
    for (RatedBest r : rated) {
      out.add(
          new RatingEntry(charts.info(r.chart().id(), rules), r.best(), r.constant(), r.rating()));
    }
    return out;
  }
}
