package dev.probe.app;

import dev.probe.core.application.port.out.RawPageStorePort;
import dev.probe.core.application.port.out.SyncRunStorePort;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.RawPageRef;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.SyncSource;
import dev.probe.core.domain.SyncStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The raw pages of a player's last finished sync from NET, as that sync saw them (its URL and time
 * for each sighting), in the order they were fetched.
 */
final class LastSyncPages {
  /** A sync run and its pages. */
  record Found(SyncRun run, List<RawPage> pages) {
    Found {
      pages = List.copyOf(pages);
    }
  }

  private final SyncRunStorePort runs;
  private final RawPageStorePort rawPages;

  LastSyncPages(SyncRunStorePort runs, RawPageStorePort rawPages) {
    this.runs = runs;
    this.rawPages = rawPages;
  }

  Found find(PlayerId player) {
    SyncRun run =
        lastSync(player)
            .orElseThrow(
                () ->
                    ProbeException.notFound(
                        "player '" + player + "' has no finished sync from NET to push yet"));
    List<RawPage> pages = new ArrayList<>();
    for (RawPageRef ref : rawPages.rawPages(player)) {
      if (ref.syncRunId() == run.id()) {
        RawPage stored =
            rawPages
                .loadRawPage(ref.sha256())
                .orElseThrow(
                    () ->
                        new ProbeException(
                            ProbeException.Kind.STORE_UNAVAILABLE,
                            "the archive lists page " + ref.sha256() + " but cannot read it"));
        pages.add(new RawPage(ref.url(), ref.fetchedAt(), stored.body()));
      }
    }
    return new Found(run, pages);
  }

  /** Newest first: the first finished NET run (a stopped one still has pages worth keeping). */
  private Optional<SyncRun> lastSync(PlayerId player) {
    for (int page = 1; ; page++) {
      PageResult<SyncRun> result = runs.runs(player, new PageRequest(page, 50));
      for (SyncRun run : result.items()) {
        if (run.source() == SyncSource.NET && run.status() != SyncStatus.RUNNING) {
          return Optional.of(run);
        }
      }
      if (page >= result.pageCount()) {
        return Optional.empty();
      }
    }
  }
}
