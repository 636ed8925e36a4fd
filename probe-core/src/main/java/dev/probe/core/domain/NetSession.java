package dev.probe.core.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A player's NET cookies ({@code userId}, {@code _t}, WAF cookies). Secret: {@link #toString()}
 * never shows a value, and nothing may log or return them.
 *
 * @param player whose session
 * @param region which NET
 * @param cookies cookie name → value
 * @param updatedAt when NET last set a cookie or probe last used it
 * @param expiredAt when a sync found that NET no longer accepts these cookies; null while they are
 *     believed good. An expired session is never sent to NET again: only a new login replaces it.
 */
public record NetSession(
    PlayerId player,
    Region region,
    Map<String, String> cookies,
    Instant updatedAt,
    Instant expiredAt) {

  public NetSession {
    cookies = java.util.Collections.unmodifiableMap(new TreeMap<>(cookies));
  }

  /** A session believed good. */
  public NetSession(
      PlayerId player, Region region, Map<String, String> cookies, Instant updatedAt) {
    this(player, region, cookies, updatedAt, null);
  }

  /** A copy with the cookies NET just set merged in. */
  public NetSession withCookies(Map<String, String> set, Instant now) {
    Map<String, String> merged = new TreeMap<>(cookies);
    merged.putAll(set);
    return new NetSession(player, region, merged, now, expiredAt);
  }

  /** The same cookies, marked as refused by NET at {@code now}. */
  public NetSession expired(Instant now) {
    return new NetSession(player, region, cookies, updatedAt, now);
  }

  public boolean isExpired() {
    return expiredAt != null;
  }

  public Optional<Instant> expiredAtIfAny() {
    return Optional.ofNullable(expiredAt);
  }

  @Override
  public String toString() {
    return "NetSession["
        + player
        + ", "
        + region
        + ", cookies="
        + cookies.keySet()
        + (expiredAt == null ? "" : ", expired " + expiredAt)
        + "]";
  }
}
