package dev.probe.core.application.port.in;

import dev.probe.core.domain.PlayerId;
import java.util.Optional;

/**
 * @param player one player only; null for every player
 * @param rawPageBodies whether to hand each raw page's stored body to the sink (large)
 */
public record ExportArchiveCommand(PlayerId player, boolean rawPageBodies) {
  public static ExportArchiveCommand everything() {
    return new ExportArchiveCommand(null, true);
  }

  public Optional<PlayerId> onlyPlayer() {
    return Optional.ofNullable(player);
  }
}
