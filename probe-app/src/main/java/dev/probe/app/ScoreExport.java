package dev.probe.app;

import dev.probe.app.exchange.ScoreExchange;
import dev.probe.app.exchange.ScoreExchange.ExportFormat;
import dev.probe.app.exchange.ScoreExchange.Written;
import dev.probe.core.application.port.in.ExportScoresQuery;
import dev.probe.core.application.port.in.ExportScoresUseCase;
import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/** Writes a player's best scores in one of the export formats and says what it left out. */
final class ScoreExport {

  private final CatalogPort catalog;
  private final ExportScoresUseCase exportScores;
  private final Clock clock;

  ScoreExport(CatalogPort catalog, ExportScoresUseCase exportScores, Clock clock) {
    this.catalog = catalog;
    this.exportScores = exportScores;
    this.clock = clock;
  }

  Written run(ExportFormat format, Path file, PlayerId player, PrintWriter out) {
    ScoreExchange exchange = new ScoreExchange(catalog.allCharts(), clock);
    Written written =
        exchange.write(format, exportScores.exportScores(new ExportScoresQuery(player)));
    try {
      Files.writeString(file, written.text(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ProbeException.invalid("cannot write " + file + ": " + e.getMessage());
    }
    out.printf("Wrote %d scores to %s (%s).%n", written.written(), file, format.cliName());
    Map<String, Integer> reasons = new TreeMap<>();
    written.leftOut().forEach(r -> reasons.merge(r, 1, Integer::sum));
    reasons.forEach((why, n) -> out.printf("  %d× %s%n", n, why));
    return written;
  }
}
