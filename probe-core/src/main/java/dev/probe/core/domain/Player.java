package dev.probe.core.domain;

/**
 * A player kept in the archive.
 *
 * @param id the archive's handle
 * @param region which NET the player uses
 * @param name the in-game name last seen ("" before the first sync)
 * @param friendCode NET friend code when known, else ""
 */
public record Player(PlayerId id, Region region, String name, String friendCode) {
  public Player {
    java.util.Objects.requireNonNull(id, "id");
    java.util.Objects.requireNonNull(region, "region");
    name = name == null ? "" : name;
    friendCode = friendCode == null ? "" : friendCode;
  }
}
