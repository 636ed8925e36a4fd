package dev.probe.core.application.service;

import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;

/** Finds a player or says plainly that there is none. */
final class Players {
  private Players() {}

  static Player require(PlayerStorePort players, PlayerId id) {
    return players
        .findPlayer(id)
        .orElseThrow(
            () ->
                ProbeException.notFound(
                    "no player '" + id + "' in this archive; add it first (probe player add)"));
  }
}
