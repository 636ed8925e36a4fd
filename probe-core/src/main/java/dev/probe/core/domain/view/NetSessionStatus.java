package dev.probe.core.domain.view;

import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Whether a player has a NET session, never its values.
 *
 * @param player the player
 * @param region its NET
 * @param present whether cookies are stored
 * @param lastUsed when NET last set a cookie or probe last used it; null when absent
 * @param cookieNames the names of the stored cookies (never the values)
 */
public record NetSessionStatus(
    PlayerId player, Region region, boolean present, Instant lastUsed, List<String> cookieNames) {
  public NetSessionStatus {
    cookieNames = List.copyOf(cookieNames);
  }

  public Optional<Instant> lastUsedIfAny() {
    return Optional.ofNullable(lastUsed);
  }
}
