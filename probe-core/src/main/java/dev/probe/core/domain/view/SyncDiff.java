package dev.probe.core.domain.view;

import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.diff.CounterChange;
import dev.probe.core.domain.diff.LostPlays;
import java.util.List;
import java.util.Optional;

/**
 * What one sync run changed.
 *
 * @param run the run
 * @param newPlays the plays it found new, oldest first
 * @param newBests bests it raised
 * @param ratingBefore computed DX RATING just before the run
 * @param ratingAfter computed DX RATING just after it
 * @param counters profile counters that changed against the previous snapshot
 * @param lost plays NET dropped before probe saw them; null when none
 */
public record SyncDiff(
    SyncRun run,
    List<PlayView> newPlays,
    List<BestChange> newBests,
    int ratingBefore,
    int ratingAfter,
    List<CounterChange> counters,
    LostPlays lost) {

  public SyncDiff {
    newPlays = List.copyOf(newPlays);
    newBests = List.copyOf(newBests);
    counters = List.copyOf(counters);
  }

  public Optional<LostPlays> lostIfAny() {
    return Optional.ofNullable(lost);
  }

  public int ratingChange() {
    return ratingAfter - ratingBefore;
  }
}
