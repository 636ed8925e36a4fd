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
 * @param expired whether NET refused the stored cookies (a new login is needed)
 * @param expiredAt when that was found; null when not expired
 * @param rememberedLogin whether the player chose to keep the SEGA ID login (encrypted) so that
 *     probe logs in again by itself once when the session expires
 */
public record NetSessionStatus(
    PlayerId player,
    Region region,
    boolean present,
    Instant lastUsed,
    List<String> cookieNames,
    boolean expired,
    Instant expiredAt,
    boolean rememberedLogin) {
  public NetSessionStatus {
    cookieNames = List.copyOf(cookieNames);
  }

  /** A status without expiry or remembered login. */
  public NetSessionStatus(
      PlayerId player, Region region, boolean present, Instant lastUsed, List<String> cookieNames) {
    this(player, region, present, lastUsed, cookieNames, false, null, false);
  }

  public Optional<Instant> lastUsedIfAny() {
    return Optional.ofNullable(lastUsed);
  }

  /** Whether a sync can use the session as it is. */
  public boolean usable() {
    return present && !expired;
  }
}
