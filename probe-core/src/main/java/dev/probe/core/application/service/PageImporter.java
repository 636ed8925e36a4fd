package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ImportReport;
import dev.probe.core.application.port.in.Progress;
import dev.probe.core.application.port.out.PageParserPort;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.SyncSource;
import dev.probe.core.domain.SyncStatus;
import dev.probe.core.domain.page.NetPage;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads pages that are already at hand (files, pushes, stored raw pages) into one batch and saves
 * it in one transaction. Unreadable pages are reported, not fatal.
 */
final class PageImporter {

  /** What one batch did. */
  record BatchResult(
      int pagesRead, ArchiveBatch.Outcome outcome, List<ImportReport.Rejection> rejections) {}

  private final PageParserPort parser;
  private final ArchivePorts ports;
  private final Clock clock;

  PageImporter(PageParserPort parser, ArchivePorts ports, Clock clock) {
    this.parser = parser;
    this.ports = ports;
    this.clock = clock;
  }

  /**
   * @throws ProbeException {@code NOT_FOUND} for an unknown player
   */
  void requirePlayer(PlayerId player) {
    Players.require(ports.players(), player);
  }

  long startRun(PlayerId player, SyncSource source) {
    return ports.runs().startRun(SyncRun.started(player, source, clock.instant()));
  }

  /**
   * Parses {@code pages} and saves what they carry (and, when {@code keepRaw}, the pages
   * themselves) in one transaction.
   */
  BatchResult importBatch(
      PlayerId player,
      long runId,
      List<RawPage> pages,
      boolean keepRaw,
      int doneBefore,
      int total,
      Consumer<Progress> progress) {
    Region region = Players.require(ports.players(), player).region();
    ArchiveBatch batch = new ArchiveBatch(player);
    List<ImportReport.Rejection> rejections = new ArrayList<>();
    int read = 0;
    for (int i = 0; i < pages.size(); i++) {
      progress.accept(new Progress("reading pages", doneBefore + i, total));
      RawPage raw = pages.get(i);
      try {
        NetPage page = parser.parse(raw);
        if (region != page.region()) {
          throw ProbeException.invalid(
              "this page is from "
                  + page.region()
                  + " NET but player '"
                  + player
                  + "' plays on "
                  + region
                  + " NET; import it for another player");
        }
        batch.add(page, raw.fetchedAt());
        read++;
      } catch (ProbeException e) {
        rejections.add(
            new ImportReport.Rejection(name(raw.url()), e.kind().name(), e.getMessage()));
      }
    }
    ArchiveBatch.Outcome outcome =
        ports
            .transactions()
            .inTransaction(
                () -> {
                  if (keepRaw) {
                    pages.forEach(p -> ports.rawPages().saveRawPage(player, runId, p));
                  }
                  return batch.save(ports, runId);
                });
    return new BatchResult(read, outcome, rejections);
  }

  /** Ends a run. */
  SyncRun finish(
      long runId,
      PlayerId player,
      SyncSource source,
      java.time.Instant startedAt,
      int pages,
      int newPlays,
      ProbeException error) {
    SyncRun run =
        new SyncRun(
            runId,
            player,
            source,
            startedAt,
            clock.instant(),
            error == null ? SyncStatus.DONE : SyncStatus.STOPPED,
            pages,
            newPlays,
            0,
            null,
            null,
            -1,
            -1,
            error == null ? "" : error.kind().name(),
            error == null ? "" : error.getMessage());
    ports.runs().finishRun(run);
    return run;
  }

  /** A file's path (with its zip entry), or the page's address. */
  static String name(URI url) {
    if ("file".equals(url.getScheme()) && url.getPath() != null) {
      return url.getPath() + (url.getFragment() == null ? "" : "!/" + url.getFragment());
    }
    return url.toString();
  }
}
