package dev.probe.core.application.port.in;

import dev.probe.core.domain.PlayerId;

/**
 * @param player whose profile
 */
public record ShowProfileHistoryQuery(PlayerId player) {
  public ShowProfileHistoryQuery {
    Require.present(player, "a player");
  }
}
