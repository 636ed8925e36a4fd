package dev.probe.core.domain;

import java.time.Instant;

/**
 * One sync, import or push, and what it changed.
 *
 * @param id the store's id (0 before it is saved)
 * @param player whose run
 * @param source how pages arrived
 * @param startedAt start
 * @param finishedAt end; null while running
 * @param status outcome
 * @param pages raw pages fetched or read
 * @param newPlays plays the archive did not have before
 * @param lostPlays plays NET dropped before probe saw them (the play counter rose by more than the
 *     plays found); 0 when none or unknown
 * @param lostFrom start of the window in which the lost plays happened; null when none
 * @param lostTo end of that window; null when none
 * @param playCountBefore NET's total play counter at the previous run; -1 when unknown
 * @param playCountAfter NET's total play counter now; -1 when unknown
 * @param errorKind the {@link ProbeException.Kind} name that stopped the run; "" when none
 * @param errorMessage its message (never a secret); "" when none
 */
public record SyncRun(
    long id,
    PlayerId player,
    SyncSource source,
    Instant startedAt,
    Instant finishedAt,
    SyncStatus status,
    int pages,
    int newPlays,
    int lostPlays,
    Instant lostFrom,
    Instant lostTo,
    int playCountBefore,
    int playCountAfter,
    String errorKind,
    String errorMessage) {

  public SyncRun {
    errorKind = errorKind == null ? "" : errorKind;
    errorMessage = errorMessage == null ? "" : errorMessage;
  }

  public static SyncRun started(PlayerId player, SyncSource source, Instant now) {
    return new SyncRun(
        0, player, source, now, null, SyncStatus.RUNNING, 0, 0, 0, null, null, -1, -1, "", "");
  }
}
