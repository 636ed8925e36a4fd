package dev.probe.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A SEGA ID login the player chose to keep for unattended syncs, sealed (encrypted and
 * authenticated) with a key that is not in the archive. The archive only ever sees {@link
 * #sealed()}.
 *
 * @param player whose login
 * @param region the NET it logs in to (INTL or JP)
 * @param sealed the encrypted SEGA ID, password and Aime card choice, as text
 * @param savedAt when the player chose to keep it
 */
public record RememberedLogin(PlayerId player, Region region, String sealed, Instant savedAt) {
  public RememberedLogin {
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(sealed, "sealed");
    Objects.requireNonNull(savedAt, "savedAt");
  }

  @Override
  public String toString() {
    return "RememberedLogin[" + player + ", " + region + ", saved " + savedAt + "]";
  }
}
