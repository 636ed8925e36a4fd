package dev.probe.app;

import dev.probe.core.application.port.in.ImportCatalogCommand;
import dev.probe.core.application.port.in.ImportCatalogUseCase;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.view.CatalogImportReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Feeds a song catalogue to the core, from a file the player has or from a provider downloaded on
 * the player's machine, and prints what it learned.
 */
final class SongCatalogImport {

  private static final int LISTED = 10;

  private final ImportCatalogUseCase importCatalog;
  private final CatalogDownload download;

  SongCatalogImport(ImportCatalogUseCase importCatalog, CatalogDownload download) {
    this.importCatalog = importCatalog;
    this.download = download;
  }

  CatalogImportReport fromFile(Path file, Region region, PrintWriter out) {
    byte[] bytes;
    try {
      if (Files.size(file) > ImportCatalogCommand.MAX_BYTES) {
        throw new ProbeException(
            ProbeException.Kind.TOO_LARGE, file + " is far larger than any song catalogue");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw ProbeException.notFound("no such file: " + file);
    } catch (IOException e) {
      throw ProbeException.invalid("cannot read " + file + ": " + e.getMessage());
    }
    return report(
        importCatalog.importCatalog(
            new ImportCatalogCommand(file.getFileName().toString(), bytes, region, null)),
        out);
  }

  CatalogImportReport fromProvider(URI url, Region region, PrintWriter out) {
    out.printf("Downloading the song catalogue from %s …%n", url);
    out.flush();
    byte[] bytes = download.fetch(url);
    return report(
        importCatalog.importCatalog(new ImportCatalogCommand(url.toString(), bytes, region, null)),
        out);
  }

  private static CatalogImportReport report(CatalogImportReport r, PrintWriter out) {
    out.printf(
        "Imported %d songs and %d charts (%s, %s, constants of %s).%n",
        r.songs(), r.charts(), r.format(), r.region(), r.version().label());
    if (!r.missingFromCatalogue().isEmpty()) {
      out.printf(
          "%d charts seen on NET are not in this catalogue; they stay, rated from their level:%n",
          r.missingFromCatalogue().size());
      r.missingFromCatalogue().stream()
          .limit(LISTED)
          .map(ChartId::asString)
          .forEach(id -> out.printf("  %s%n", id));
      if (r.missingFromCatalogue().size() > LISTED) {
        out.printf("  … and %d more%n", r.missingFromCatalogue().size() - LISTED);
      }
    }
    out.flush();
    return r;
  }
}
