package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ImportReport;
import dev.probe.core.application.port.in.Progress;
import dev.probe.core.application.port.in.ReparsePagesCommand;
import dev.probe.core.application.port.in.ReparsePagesUseCase;
import dev.probe.core.application.port.out.PageParserPort;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.RawPageRef;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.SyncSource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads every stored raw page of a player again, in chunks (each one transaction) so that years of
 * pages never sit in memory at once.
 */
public final class ReparsePagesService implements ReparsePagesUseCase {

  static final int CHUNK = 100;

  private final PageImporter importer;
  private final ArchivePorts ports;
  private final Clock clock;

  public ReparsePagesService(PageParserPort parser, ArchivePorts ports, Clock clock) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.importer = new PageImporter(Objects.requireNonNull(parser, "parser"), ports, clock);
  }

  @Override
  public ImportReport reparse(ReparsePagesCommand command, Consumer<Progress> progress) {
    PlayerId player = command.player();
    importer.requirePlayer(player);
    Map<String, RawPageRef> distinct = new LinkedHashMap<>();
    for (RawPageRef ref : ports.rawPages().rawPages(player)) {
      String path = ref.url().getPath();
      if (path == null || !path.contains("/img/")) { // album images are kept raw, not pages
        distinct.putIfAbsent(ref.sha256(), ref);
      }
    }
    List<RawPageRef> refs = List.copyOf(distinct.values());
    Instant startedAt = clock.instant();
    long runId = importer.startRun(player, SyncSource.REPARSE);
    int read = 0;
    int details = 0;
    int photos = 0;
    List<PlayKey> newPlays = new ArrayList<>();
    List<ImportReport.Rejection> rejections = new ArrayList<>();
    try {
      for (int from = 0; from < refs.size(); from += CHUNK) {
        List<RawPage> chunk = new ArrayList<>();
        for (RawPageRef ref : refs.subList(from, Math.min(refs.size(), from + CHUNK))) {
          ports.rawPages().loadRawPage(ref.sha256()).ifPresent(chunk::add);
        }
        PageImporter.BatchResult r =
            importer.importBatch(player, runId, chunk, false, from, refs.size(), progress);
        read += r.pagesRead();
        details += r.outcome().detailsAdded();
        photos += r.outcome().newPhotos();
        newPlays.addAll(r.outcome().newPlays());
        rejections.addAll(r.rejections());
      }
      progress.accept(new Progress("reading pages", refs.size(), refs.size()));
      SyncRun run =
          importer.finish(
              runId, player, SyncSource.REPARSE, startedAt, refs.size(), newPlays.size(), null);
      return new ImportReport(run, read, newPlays, details, photos, rejections);
    } catch (ProbeException e) {
      SyncRun run =
          importer.finish(runId, player, SyncSource.REPARSE, startedAt, read, newPlays.size(), e);
      return new ImportReport(run, read, newPlays, details, photos, rejections);
    }
  }
}
