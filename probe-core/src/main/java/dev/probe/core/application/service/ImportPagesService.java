package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ImportPagesCommand;
import dev.probe.core.application.port.in.ImportPagesUseCase;
import dev.probe.core.application.port.in.ImportReport;
import dev.probe.core.application.port.in.Progress;
import dev.probe.core.application.port.out.PageParserPort;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.SyncRun;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Imports saved NET pages: every page is kept raw, and what the readable ones carry is saved with
 * the same idempotent save as a sync, all in one transaction, so importing the same pages twice
 * changes nothing but the run record.
 */
public final class ImportPagesService implements ImportPagesUseCase {

  private final PageImporter importer;
  private final Clock clock;

  public ImportPagesService(PageParserPort parser, ArchivePorts ports, Clock clock) {
    this.importer =
        new PageImporter(
            Objects.requireNonNull(parser, "parser"),
            Objects.requireNonNull(ports, "ports"),
            Objects.requireNonNull(clock, "clock"));
    this.clock = clock;
  }

  @Override
  public ImportReport importPages(ImportPagesCommand command, Consumer<Progress> progress) {
    importer.requirePlayer(command.player());
    Instant startedAt = clock.instant();
    long runId = importer.startRun(command.player(), command.source());
    int total = command.pages().size();
    try {
      PageImporter.BatchResult result =
          importer.importBatch(command.player(), runId, command.pages(), true, 0, total, progress);
      progress.accept(new Progress("reading pages", total, total));
      SyncRun run =
          importer.finish(
              runId,
              command.player(),
              command.source(),
              startedAt,
              total,
              result.outcome().newPlays().size(),
              null);
      return new ImportReport(
          run,
          result.pagesRead(),
          result.outcome().newPlays(),
          result.outcome().detailsAdded(),
          result.outcome().newPhotos(),
          result.rejections());
    } catch (ProbeException e) {
      // Nothing of the batch was saved (one transaction); the run says why.
      SyncRun run = importer.finish(runId, command.player(), command.source(), startedAt, 0, 0, e);
      return new ImportReport(run, 0, List.of(), 0, 0, List.of());
    }
  }
}
