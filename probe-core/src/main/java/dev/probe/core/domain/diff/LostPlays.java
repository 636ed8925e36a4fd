package dev.probe.core.domain.diff;

import java.time.Instant;
import java.util.Optional;

/**
 * Plays NET dropped before probe saw them: NET keeps only the last 50, so when the total play
 * counter rose by more than the new plays found, the difference is lost.
 *
 * @param count how many plays were lost
 * @param from the newest play stored before the run (null when the archive had none)
 * @param to the oldest play the run fetched (null when it fetched none)
 */
public record LostPlays(int count, Instant from, Instant to) {

  public LostPlays {
    if (count <= 0) {
      throw new IllegalArgumentException("a loss counts at least one play: " + count);
    }
  }

  /**
   * Applies the rule. Empty when a counter is unknown (negative) or nothing was lost.
   *
   * @param counterBefore NET's total play count at the previous run
   * @param counterAfter NET's total play count now
   * @param playsFound new plays this run stored
   * @param newestStoredBefore the newest play stored before the run; null when none
   * @param oldestFetched the oldest play this run fetched; null when none
   */
  public static Optional<LostPlays> detect(
      int counterBefore,
      int counterAfter,
      int playsFound,
      Instant newestStoredBefore,
      Instant oldestFetched) {
    if (counterBefore < 0 || counterAfter < 0) {
      return Optional.empty();
    }
    int lost = counterAfter - counterBefore - playsFound;
    return lost > 0
        ? Optional.of(new LostPlays(lost, newestStoredBefore, oldestFetched))
        : Optional.empty();
  }
}
