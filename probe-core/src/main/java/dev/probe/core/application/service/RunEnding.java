package dev.probe.core.application.service;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.SyncStatus;
import java.time.Clock;

/** The final record of a run that was started as {@code started} and saved under {@code id}. */
final class RunEnding {

  private final SyncRun started;
  private final long id;
  private final Clock clock;

  RunEnding(SyncRun started, long id, Clock clock) {
    this.started = started;
    this.id = id;
    this.clock = clock;
  }

  SyncRun done(int pages, int newPlays, LostPlays lost, int counterBefore, int counterAfter) {
    return build(SyncStatus.DONE, pages, newPlays, lost, counterBefore, counterAfter, "", "");
  }

  /** Stopped by a typed error; what was saved before it stays. */
  SyncRun stopped(
      int pages, int newPlays, int counterBefore, int counterAfter, ProbeException error) {
    return build(
        SyncStatus.STOPPED,
        pages,
        newPlays,
        LostPlays.NONE,
        counterBefore,
        counterAfter,
        error.kind().name(),
        error.getMessage());
  }

  private SyncRun build(
      SyncStatus status,
      int pages,
      int newPlays,
      LostPlays lost,
      int counterBefore,
      int counterAfter,
      String errorKind,
      String errorMessage) {
    return new SyncRun(
        id,
        started.player(),
        started.source(),
        started.startedAt(),
        clock.instant(),
        status,
        pages,
        newPlays,
        lost.count(),
        lost.from(),
        lost.to(),
        counterBefore,
        counterAfter,
        errorKind,
        errorMessage);
  }
}
