package dev.probe.core.domain;

import dev.probe.core.domain.page.UserBlock;
import java.time.Instant;
import java.util.Map;

/**
 * What home or playerData showed at one moment.
 *
 * @param player whose profile
 * @param takenAt when it was fetched
 * @param user the user block
 * @param playCountVersion plays in the current version; -1 when the page did not show it
 * @param playCountTotal plays in all maimai DX versions; -1 when the page did not show it
 * @param counters clear counters ({@code sssp}, {@code fdx}, …) → n/total; empty when not shown
 */
public record ProfileSnapshot(
    PlayerId player,
    Instant takenAt,
    UserBlock user,
    int playCountVersion,
    int playCountTotal,
    Map<String, Count> counters) {
  public ProfileSnapshot {
    counters = Map.copyOf(counters);
  }

  public boolean hasPlayCounts() {
    return playCountTotal >= 0;
  }
}
