package dev.probe.core.application.port.out;

import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.RawPage;

/**
 * Fetches one NET page with a player's session. Implementations pace their requests, retry network
 * faults only, and never log cookie values.
 */
public interface FetchNetPagePort {

  /** A fetched page and the session as NET left it (cookies it set merged in). */
  record Fetched(RawPage page, NetSession session) {}

  /**
   * Fetches {@code path} (relative to the region's {@code /maimai-mobile/}, e.g. {@code record/} or
   * {@code record/playlogDetail/?idx=14%2C1769098716}).
   *
   * @throws dev.probe.core.domain.ProbeException {@code SESSION_EXPIRED} when NET sends the session
   *     to login, error or logout; {@code MAINTENANCE}; {@code NET_UNAVAILABLE} after retries;
   *     {@code BLOCKED} for a firewall challenge
   */
  Fetched fetch(NetSession session, String path);
}
