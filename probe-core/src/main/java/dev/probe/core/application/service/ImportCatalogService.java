package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ImportCatalogCommand;
import dev.probe.core.application.port.in.ImportCatalogUseCase;
import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.application.port.out.ScoreListStorePort;
import dev.probe.core.application.port.out.TransactionPort;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.catalog.CatalogData;
import dev.probe.core.domain.catalog.CatalogReader;
import dev.probe.core.domain.rating.VersionCalendar;
import dev.probe.core.domain.view.CatalogImportReport;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Imports a catalogue file. Charts already known (learned from NET, or from an earlier catalogue)
 * stay; constants merge per version; charts the player has scores on but the file lacks are
 * reported.
 */
public final class ImportCatalogService implements ImportCatalogUseCase {

  private final CatalogPort catalog;
  private final PlayerStorePort players;
  private final ScoreListStorePort scores;
  private final TransactionPort transactions;
  private final Clock clock;

  public ImportCatalogService(
      CatalogPort catalog,
      PlayerStorePort players,
      ScoreListStorePort scores,
      TransactionPort transactions,
      Clock clock) {
    this.catalog = catalog;
    this.players = players;
    this.scores = scores;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public CatalogImportReport importCatalog(ImportCatalogCommand command) {
    Instant now = clock.instant();
    GameVersion current = VersionCalendar.currentAt(command.region(), now);
    GameVersion version = command.versionIfGiven().orElse(current);
    CatalogData data =
        CatalogReader.read(command.sourceName(), command.content(), version, current);
    Set<ChartId> imported = new HashSet<>();
    for (Chart c : data.charts()) {
      imported.add(c.id());
    }
    return transactions.inTransaction(
        () -> {
          Set<ChartId> missing = new TreeSet<>();
          for (Chart known : catalog.allCharts()) {
            if (!imported.contains(known.id())) {
              missing.add(known.id());
            }
          }
          for (Player p : players.listPlayers()) {
            for (BestScore b : scores.bestScores(p.id(), now.plusSeconds(1))) {
              if (!imported.contains(b.chartId())) {
                missing.add(b.chartId());
              }
            }
          }
          catalog.saveCatalog(data.songs(), data.charts());
          return new CatalogImportReport(
              data.format(),
              command.region(),
              version,
              data.songs().size(),
              data.charts().size(),
              List.copyOf(missing));
        });
  }
}
