package dev.probe.core.application.port.in;

import java.util.function.Consumer;

/**
 * Fetches what is new on NET for one player and archives it, with as few requests as possible: the
 * play counter first, then the record list, then only the detail pages not yet archived, then the
 * album.
 */
public interface SyncPlayerUseCase {

  /**
   * Runs one sync. Typed NET failures (expired session, maintenance, block, network) do not throw:
   * the run stops, keeps what was fetched before, and the report carries the error.
   *
   * @throws dev.probe.core.domain.ProbeException {@code NO_SESSION} when no session is stored
   */
  SyncReport sync(SyncPlayerCommand command, Consumer<Progress> progress);

  default SyncReport sync(SyncPlayerCommand command) {
    return sync(command, Progress.IGNORE);
  }
}
