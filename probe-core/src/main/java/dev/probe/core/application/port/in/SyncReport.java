package dev.probe.core.application.port.in;

import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.SyncRun;
import java.util.List;

/**
 * What one sync did.
 *
 * @param run the run as recorded (status, pages, new and lost plays, error)
 * @param requests requests sent to NET
 * @param unchanged true when the play counter had not moved and the sync stopped after checking it
 * @param newPlays keys of the plays new to the archive, newest first
 * @param detailsFetched play detail pages fetched
 * @param newPhotos album photos new to the archive
 * @param unreadablePages pages kept raw that today's parsers could not read
 */
public record SyncReport(
    SyncRun run,
    int requests,
    boolean unchanged,
    List<PlayKey> newPlays,
    int detailsFetched,
    int newPhotos,
    int unreadablePages) {
  public SyncReport {
    newPlays = List.copyOf(newPlays);
  }
}
