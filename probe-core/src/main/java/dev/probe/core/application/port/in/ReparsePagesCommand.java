package dev.probe.core.application.port.in;

import dev.probe.core.domain.PlayerId;
import java.util.Objects;

/**
 * Read every raw page stored for a player again with today's parsers.
 *
 * @param player whose pages
 */
public record ReparsePagesCommand(PlayerId player) {
  public ReparsePagesCommand {
    Objects.requireNonNull(player, "player");
  }
}
