package dev.probe.core.application.port.in;

import dev.probe.core.domain.PlayerId;
import java.util.Objects;

/**
 * Sync one player from NET with the session stored for them.
 *
 * @param player whose archive
 */
public record SyncPlayerCommand(PlayerId player) {
  public SyncPlayerCommand {
    Objects.requireNonNull(player, "player");
  }
}
