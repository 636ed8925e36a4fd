package dev.probe.core.application.port.in;

import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.SyncRun;
import java.util.List;

/**
 * What an import or a reparse did.
 *
 * @param run the run as recorded
 * @param pagesRead pages read successfully
 * @param newPlays keys of the plays new to the archive
 * @param detailsAdded plays that gained their detail
 * @param newPhotos photos new to the archive
 * @param rejections pages that could not be read, each with its file and the reason
 */
public record ImportReport(
    SyncRun run,
    int pagesRead,
    List<PlayKey> newPlays,
    int detailsAdded,
    int newPhotos,
    List<Rejection> rejections) {

  public ImportReport {
    newPlays = List.copyOf(newPlays);
    rejections = List.copyOf(rejections);
  }

  /**
   * One page that was kept raw but not read.
   *
   * @param file the page's file name or address
   * @param kind the {@link dev.probe.core.domain.ProbeException.Kind} name
   * @param reason a message a person can act on
   */
  public record Rejection(String file, String kind, String reason) {}
}
