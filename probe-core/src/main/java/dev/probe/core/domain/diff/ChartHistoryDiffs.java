package dev.probe.core.domain.diff;

import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Diffs of every play of one chart, each against the best of the plays before it. */
public final class ChartHistoryDiffs {

  /** Oldest first; at one instant the lower track first. */
  public static final Comparator<Play> OLDEST_FIRST =
      Comparator.comparing(Play::playedAt).thenComparingInt(Play::track).thenComparing(Play::key);

  private ChartHistoryDiffs() {}

  /**
   * The diffs of {@code plays} (all on one chart, oldest first), parallel to the list.
   *
   * @param bestBefore the best before the first play (e.g. from a score list); null when none
   */
  public static List<PlayDiff> of(List<Play> plays, PlayResult bestBefore) {
    List<PlayDiff> diffs = new ArrayList<>(plays.size());
    PlayResult best = bestBefore;
    for (Play p : plays) {
      diffs.add(PlayDiff.of(best, p.result()));
      best = BestResults.merge(best, p.result());
    }
    return diffs;
  }
}
