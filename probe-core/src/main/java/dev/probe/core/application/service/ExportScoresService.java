package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ExportScoresQuery;
import dev.probe.core.application.port.in.ExportScoresUseCase;
import dev.probe.core.application.port.in.ScoreRow;
import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.application.port.out.ScoreListStorePort;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Joins each best score with its chart's level and newest constant. */
public final class ExportScoresService implements ExportScoresUseCase {

  private final CatalogPort catalog;
  private final ScoreListStorePort scores;
  private final Clock clock;

  public ExportScoresService(CatalogPort catalog, ScoreListStorePort scores, Clock clock) {
    this.catalog = catalog;
    this.scores = scores;
    this.clock = clock;
  }

  @Override
  public List<ScoreRow> exportScores(ExportScoresQuery query) {
    List<ScoreRow> rows = new ArrayList<>();
    for (BestScore best : scores.bestScores(query.player(), clock.instant())) {
      Optional<Chart> chart = catalog.findChart(best.chartId());
      Optional<InternalLevel> constant =
          chart.flatMap(c -> c.constantIn(GameVersion.values()[GameVersion.values().length - 1]));
      rows.add(
          new ScoreRow(
              best.chartId(),
              chart.map(Chart::level).orElse(""),
              constant.map(InternalLevel::format).orElse(""),
              constant.map(InternalLevel::estimated).orElse(false),
              best.best(),
              best.achievedAt(),
              best.fromPlays()));
    }
    rows.sort(Comparator.comparing(ScoreRow::chartId));
    return rows;
  }
}
