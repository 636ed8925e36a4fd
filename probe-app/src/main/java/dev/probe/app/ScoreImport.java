package dev.probe.app;

import dev.probe.app.exchange.ScoreExchange;
import dev.probe.app.exchange.ScoreExchange.ImportFormat;
import dev.probe.app.exchange.ScoreExchange.Read;
import dev.probe.app.exchange.ScoreExchange.ReadOptions;
import dev.probe.core.application.port.in.ImportScoresCommand;
import dev.probe.core.application.port.in.ImportScoresResult;
import dev.probe.core.application.port.in.ImportScoresResult.Duplicate;
import dev.probe.core.application.port.in.ImportScoresResult.SetAside;
import dev.probe.core.application.port.in.ImportScoresUseCase;
import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Reads another tracker's export and imports its rows as listed best scores. Rows the catalogue
 * does not know are written next to the file as {@code <file>.set-aside.csv} (probe CSV, with the
 * reason per row), to import again once the catalogue knows them.
 */
final class ScoreImport {

  private final CatalogPort catalog;
  private final ImportScoresUseCase importScores;
  private final Clock clock;

  ScoreImport(CatalogPort catalog, ImportScoresUseCase importScores, Clock clock) {
    this.catalog = catalog;
    this.importScores = importScores;
    this.clock = clock;
  }

  ImportScoresResult run(
      Path file, ImportFormat format, ReadOptions options, PlayerId player, PrintWriter out) {
    ScoreExchange exchange = new ScoreExchange(catalog.allCharts(), clock);
    Read read = exchange.read(format, file, options);
    ImportScoresResult result =
        importScores.importScores(
            new ImportScoresCommand(
                player, format.cliName() + ":" + file.getFileName(), read.scores()));
    out.printf(
        "Read %d rows from %s (%s). Saved %d charts; %d raised a best.%n",
        result.rows(), file, read.charset().name(), result.saved(), result.improved());
    for (Duplicate d : result.duplicates()) {
      out.printf(
          "  line %d repeats the chart of line %d (%s): the best of both was kept%n",
          d.line(), d.firstLine(), d.chart().asString());
    }
    if (!result.setAside().isEmpty()) {
      Path aside = file.resolveSibling(file.getFileName() + ".set-aside.csv");
      write(aside, exchange.setAsideCsv(result.setAside()));
      out.printf("%d rows were set aside, kept in %s:%n", result.setAside().size(), aside);
      for (SetAside s : result.setAside()) {
        out.printf("  line %d %s: %s%n", s.score().line(), s.score().named(), s.reason());
      }
    }
    return result;
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ProbeException.invalid("cannot write " + file + ": " + e.getMessage());
    }
  }
}
