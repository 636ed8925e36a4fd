package dev.probe.core.application.port.in;

import dev.probe.core.domain.PlayerId;
import java.util.Objects;

/**
 * Sync one player from NET with the session stored for them.
 *
 * @param player whose archive
 * @param scoreLists also read NET's score lists (six pages: every difficulty and utage), which
 *     carry the bests of charts not played since the archive began
 */
public record SyncPlayerCommand(PlayerId player, boolean scoreLists) {
  public SyncPlayerCommand {
    Objects.requireNonNull(player, "player");
  }

  /** A sync of the plays, photos and counters only: what NET forgets. */
  public SyncPlayerCommand(PlayerId player) {
    this(player, false);
  }
}
