package dev.probe.core.domain;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A player's NET cookies ({@code userId}, {@code _t}, WAF cookies). Secret: {@link #toString()}
 * never shows a value, and nothing may log or return them.
 *
 * @param player whose session
 * @param region which NET
 * @param cookies cookie name → value
 * @param updatedAt when NET last set a cookie or probe last used it
 */
public record NetSession(
    PlayerId player, Region region, Map<String, String> cookies, Instant updatedAt) {

  public NetSession {
    cookies = java.util.Collections.unmodifiableMap(new TreeMap<>(cookies));
  }

  /** A copy with the cookies NET just set merged in. */
  public NetSession withCookies(Map<String, String> set, Instant now) {
    Map<String, String> merged = new TreeMap<>(cookies);
    merged.putAll(set);
    return new NetSession(player, region, merged, now);
  }

  @Override
  public String toString() {
    return "NetSession[" + player + ", " + region + ", cookies=" + cookies.keySet() + "]";
  }
}
