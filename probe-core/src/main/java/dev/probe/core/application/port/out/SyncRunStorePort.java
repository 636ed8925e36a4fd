package dev.probe.core.application.port.out;

import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.SyncRun;
import java.util.Optional;

/** Sync runs (syncs, imports, pushes). */
public interface SyncRunStorePort {
  /** Saves a new run and returns its id. */
  long startRun(SyncRun run);

  /** Replaces a run's record with its final state (same id). */
  void finishRun(SyncRun run);

  Optional<SyncRun> findRun(long id);

  /** Newest first. */
  PageResult<SyncRun> runs(PlayerId player, PageRequest page);

  /** The newest finished run. */
  Optional<SyncRun> latestFinished(PlayerId player);
}
