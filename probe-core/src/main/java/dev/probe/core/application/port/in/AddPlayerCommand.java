package dev.probe.core.application.port.in;

import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;

/**
 * @param id the handle ({@code me}, {@code sister})
 * @param region which NET the player uses
 * @param name in-game name if known, else ""
 */
public record AddPlayerCommand(PlayerId id, Region region, String name) {
  public AddPlayerCommand {
    Require.present(id, "a player handle");
    Require.present(region, "a region (CN, INTL or JP)");
    name = name == null ? "" : name;
  }

  public Player toPlayer() {
    return new Player(id, region, name, "");
  }
}
