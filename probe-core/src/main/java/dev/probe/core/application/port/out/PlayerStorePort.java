package dev.probe.core.application.port.out;

import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import java.util.List;
import java.util.Optional;

/** The players an archive holds. */
public interface PlayerStorePort {
  /** Inserts or updates (region, name, friend code). */
  void savePlayer(Player player);

  Optional<Player> findPlayer(PlayerId id);

  /** Every player, by id. */
  List<Player> listPlayers();
}
