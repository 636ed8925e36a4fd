package dev.probe.core.application.port.in;

import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import java.util.List;

/** The players an archive holds. */
public interface ManagePlayersUseCase {
  /**
   * Adds a player.
   *
   * @throws dev.probe.core.domain.ProbeException {@code CONFLICT} when the handle is taken
   */
  Player addPlayer(AddPlayerCommand command);

  /** Every player, by handle. */
  List<Player> listPlayers();

  /**
   * @throws dev.probe.core.domain.ProbeException {@code NOT_FOUND} for an unknown handle
   */
  Player findPlayer(PlayerId id);
}
