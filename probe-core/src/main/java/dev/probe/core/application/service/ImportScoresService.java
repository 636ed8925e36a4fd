package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ImportScoresCommand;
import dev.probe.core.application.port.in.ImportScoresResult;
import dev.probe.core.application.port.in.ImportScoresResult.Duplicate;
import dev.probe.core.application.port.in.ImportScoresResult.SetAside;
import dev.probe.core.application.port.in.ImportScoresUseCase;
import dev.probe.core.application.port.in.ImportedScore;
import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.application.port.out.ScoreListStorePort;
import dev.probe.core.application.port.out.TransactionPort;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.PlayResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks imported rows against the catalogue, merges duplicates and saves them as listed scores.
 */
public final class ImportScoresService implements ImportScoresUseCase {

  private final CatalogPort catalog;
  private final ScoreListStorePort scores;
  private final TransactionPort transactions;
  private final Clock clock;

  public ImportScoresService(
      CatalogPort catalog, ScoreListStorePort scores, TransactionPort transactions, Clock clock) {
    this.catalog = catalog;
    this.scores = scores;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public ImportScoresResult importScores(ImportScoresCommand command) {
    Map<ChartId, Optional<Chart>> charts = new HashMap<>();
    Map<ChartId, ImportedScore> accepted = new LinkedHashMap<>();
    List<Duplicate> duplicates = new ArrayList<>();
    List<SetAside> setAside = new ArrayList<>();
    for (ImportedScore row : command.scores()) {
      Optional<Chart> chart = charts.computeIfAbsent(row.chart(), catalog::findChart);
      if (chart.isEmpty()) {
        setAside.add(new SetAside(row, "the catalogue has no chart " + row.chart().asString()));
        continue;
      }
      Optional<ImportedScore> checked = withChartMaximum(row, chart.get(), setAside);
      if (checked.isEmpty()) {
        continue;
      }
      ImportedScore earlier = accepted.get(row.chart());
      if (earlier == null) {
        accepted.put(row.chart(), checked.get());
      } else {
        duplicates.add(new Duplicate(row.line(), earlier.line(), row.chart()));
        accepted.put(row.chart(), BestOf.rows(earlier, checked.get()));
      }
    }
    int improved = countImproved(command, accepted);
    Map<Instant, Map<ChartId, PlayResult>> byDate = new TreeMap<>();
    for (ImportedScore row : accepted.values()) {
      byDate
          .computeIfAbsent(row.achievedAt(), d -> new LinkedHashMap<>())
          .put(row.chart(), row.result());
    }
    transactions.inTransaction(
        () -> {
          byDate.forEach(
              (seenAt, list) ->
                  scores.saveListedScores(command.player(), seenAt, command.source(), list));
          return null;
        });
    return new ImportScoresResult(
        command.scores().size(), accepted.size(), improved, duplicates, setAside);
  }

  /** Fills the DX maximum from the catalogue; a DX score above it cannot be right. */
  private static Optional<ImportedScore> withChartMaximum(
      ImportedScore row, Chart chart, List<SetAside> setAside) {
    int max = chart.notes().maxDxScore();
    DxScore dx = row.result().dxScore();
    if (max == 0 || dx.max() == max) {
      return Optional.of(row);
    }
    if (dx.score() > max) {
      setAside.add(
          new SetAside(row, "DX score " + dx.score() + " is above the chart's maximum " + max));
      return Optional.empty();
    }
    PlayResult r = row.result();
    PlayResult fixed =
        new PlayResult(
            r.achievement(), r.rank(), new DxScore(dx.score(), max), r.combo(), r.sync());
    return Optional.of(
        new ImportedScore(row.line(), row.named(), row.chart(), fixed, row.achievedAt()));
  }

  private int countImproved(ImportScoresCommand command, Map<ChartId, ImportedScore> accepted) {
    Map<ChartId, PlayResult> before = new HashMap<>();
    for (BestScore best : scores.bestScores(command.player(), clock.instant())) {
      before.put(best.chartId(), best.best());
    }
    int improved = 0;
    for (ImportedScore row : accepted.values()) {
      PlayResult old = before.get(row.chart());
      if (old == null || BestOf.raises(old, row.result())) {
        improved++;
      }
    }
    return improved;
  }
}
