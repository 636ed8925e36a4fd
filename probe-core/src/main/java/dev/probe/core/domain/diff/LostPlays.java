package dev.probe.core.domain.diff;

import java.time.Instant;

/**
 * Plays NET dropped before probe saw them, as a sync recorded them: NET keeps only the last 50, so
 * when its play counter rose by more than the new plays explain, the rest are lost (the sync's
 * estimate turns the counter's credits into tracks).
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
}
