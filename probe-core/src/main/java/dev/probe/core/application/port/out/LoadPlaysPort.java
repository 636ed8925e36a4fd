package dev.probe.core.application.port.out;

import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayerId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads plays. Lists are paged by the store, never in memory. */
public interface LoadPlaysPort {

  /** Which of {@code keys} the archive already has, with their detail fetched or not. */
  Set<PlayKey> knownKeys(PlayerId player, Collection<PlayKey> keys);

  /** Which of {@code keys} the archive has with a detail. */
  Set<PlayKey> keysWithDetail(PlayerId player, Collection<PlayKey> keys);

  Optional<Play> findPlay(PlayerId player, PlayKey key);

  /** Plays passing {@code filter}, newest first (ties: higher track first). */
  PageResult<Play> findPlays(PlayerId player, PlayFilter filter, PageRequest page);

  /** Every play of one chart, oldest first. */
  List<Play> chartHistory(PlayerId player, ChartId chart);

  /**
   * The oldest play of each of {@code charts} the player has played (charts never played are
   * absent). Stores answer it with one query: a rating over a catalogue that lacks the player's
   * charts asks it for thousands of charts at once.
   */
  default Map<ChartId, Play> firstPlays(PlayerId player, Collection<ChartId> charts) {
    Map<ChartId, Play> first = new HashMap<>();
    for (ChartId chart : charts) {
      List<Play> history = chartHistory(player, chart);
      if (!history.isEmpty()) {
        first.put(chart, history.get(0));
      }
    }
    return first;
  }

  /** The plays a run found new, oldest first. */
  List<Play> playsOfRun(long syncRunId);

  /** Every play before {@code before}, oldest first (for diffs and ratings over time). */
  List<Play> playsBefore(PlayerId player, Instant before);

  /**
   * Like {@link #playsBefore} without the detail pages' data (left null), which ratings over time
   * never read: a store should skip reading it, as it is most of each play's weight.
   */
  default List<Play> playsBeforeWithoutDetail(PlayerId player, Instant before) {
    return playsBefore(player, before).stream().map(p -> p.withDetail(null)).toList();
  }

  long countPlays(PlayerId player);
}
