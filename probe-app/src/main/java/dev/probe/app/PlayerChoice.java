package dev.probe.app;

import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import java.util.List;

/** The player a command works on: the one named, or the only one the archive holds. */
final class PlayerChoice {
  private PlayerChoice() {}

  static PlayerId resolve(PlayerStorePort players, String name) {
    if (name != null && !name.isBlank()) {
      PlayerId id = new PlayerId(name);
      players
          .findPlayer(id)
          .orElseThrow(() -> ProbeException.notFound("the archive has no player '" + name + "'"));
      return id;
    }
    List<Player> all = players.listPlayers();
    if (all.size() == 1) {
      return all.get(0).id();
    }
    if (all.isEmpty()) {
      throw ProbeException.notFound("the archive has no player yet; add one first");
    }
    throw ProbeException.invalid(
        "the archive holds several players; name one with --player ("
            + String.join(", ", all.stream().map(p -> p.id().value()).toList())
            + ")");
  }
}
