package dev.probe.core.application.port.in;

import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.view.SyncDiff;

/**
 * What each sync run changed, newest run first: new plays, new bests, rating before and after,
 * changed counters, lost plays.
 */
public interface ListSyncDiffsUseCase {
  /**
   * @throws dev.probe.core.domain.ProbeException {@code NOT_FOUND} for an unknown player
   */
  PageResult<SyncDiff> listSyncDiffs(ListSyncDiffsQuery query);

  /**
   * One run's diff.
   *
   * @throws dev.probe.core.domain.ProbeException {@code NOT_FOUND} for an unknown run or one of
   *     another player
   */
  SyncDiff showSyncDiff(ShowSyncDiffQuery query);
}
