package dev.probe.store;

import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.diff.BestResults;
import java.time.Instant;
import java.util.Objects;

/**
 * A chart's best as it stood from one source on: the fold of every play and listed score so far, as
 * the core's {@link BestResults} merges them, the same fold over plays only, and when the best
 * achievement was first reached.
 *
 * @param from the instant of the source that made this state
 * @param all the best of every source
 * @param plays the best of plays only; null before the first play
 * @param achievedAt when {@code all}'s achievement was first reached
 */
record BestState(Instant from, PlayResult all, PlayResult plays, Instant achievedAt) {

  /** One play or listed score, as a best is folded from it. */
  record Source(int chartPk, Instant at, PlayResult result, boolean fromPlay) {}

  static BestState first(Source s) {
    return new BestState(s.at(), s.result(), s.fromPlay() ? s.result() : null, s.at());
  }

  /** The state after {@code s} (which is not older than this state's sources). */
  BestState fold(Source s) {
    PlayResult merged = BestResults.merge(all, s.result());
    int c = s.result().achievement().compareTo(all.achievement());
    Instant reached = c > 0 || (c == 0 && s.at().isBefore(achievedAt)) ? s.at() : achievedAt;
    PlayResult fromPlays = s.fromPlay() ? BestResults.merge(plays, s.result()) : plays;
    return new BestState(s.at(), merged, fromPlays, reached);
  }

  /** Whether {@code next} says anything this one does not. */
  boolean sameAs(BestState next) {
    return all.equals(next.all)
        && Objects.equals(plays, next.plays)
        && achievedAt.equals(next.achievedAt);
  }

  BestScore toBest(ChartId chart) {
    return new BestScore(chart, all, achievedAt, all.equals(plays));
  }
}
