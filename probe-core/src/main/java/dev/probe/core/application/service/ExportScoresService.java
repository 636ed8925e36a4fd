package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ExportScoresQuery;
import dev.probe.core.application.port.in.ExportScoresUseCase;
import dev.probe.core.application.port.in.ScoreRow;
import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.application.port.out.ScoreListStorePort;
import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.rating.ChartRatingFormula;
import dev.probe.core.domain.rating.RatingRules;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Joins each best score with its chart's level, the constant in force and its rating. */
public final class ExportScoresService implements ExportScoresUseCase {

  private final CatalogPort catalog;
  private final ScoreListStorePort scores;
  private final PlayerStorePort players;
  private final Clock clock;

  public ExportScoresService(
      CatalogPort catalog, ScoreListStorePort scores, PlayerStorePort players, Clock clock) {
    this.catalog = catalog;
    this.scores = scores;
    this.players = players;
    this.clock = clock;
  }

  @Override
  public List<ScoreRow> exportScores(ExportScoresQuery query) {
    Player player =
        players
            .findPlayer(query.player())
            .orElseThrow(() -> ProbeException.notFound("no player '" + query.player() + "'"));
    Instant now = clock.instant();
    RatingRules rules = RatingRules.at(player.region(), now, now);
    List<ScoreRow> rows = new ArrayList<>();
    for (BestScore best : scores.bestScores(query.player(), now)) {
      Optional<Chart> chart = catalog.findChart(best.chartId());
      Optional<InternalLevel> constant = chart.flatMap(rules::constantOf);
      boolean counts = chart.map(rules::counts).orElse(false);
      rows.add(
          new ScoreRow(
              best.chartId(),
              chart.map(Chart::level).orElse(""),
              constant.map(InternalLevel::format).orElse(""),
              constant.map(InternalLevel::estimated).orElse(false),
              counts && constant.isPresent() ? rating(constant.get(), best.best(), rules) : 0,
              best.best(),
              best.achievedAt(),
              best.fromPlays()));
    }
    rows.sort(Comparator.comparing(ScoreRow::chartId));
    return rows;
  }

  /** Never throws: an imported AP below 100.5% simply earns no bonus. */
  private static int rating(InternalLevel constant, PlayResult best, RatingRules rules) {
    Achievement a = best.achievement();
    boolean bonus =
        rules.apBonus() && best.combo().isAllPerfect() && a.value() >= ChartRatingFormula.CAP;
    return ChartRatingFormula.base(constant, a) + (bonus ? 1 : 0);
  }
}
