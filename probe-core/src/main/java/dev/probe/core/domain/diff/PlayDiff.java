package dev.probe.core.domain.diff;

import dev.probe.core.domain.PlayResult;
import java.util.Optional;

/**
 * A play against the best on the same chart before it.
 *
 * @param previousBest the best before the play; null for the first play on the chart
 * @param achievement achievement trend
 * @param achievementDelta change in ten-thousandths of a percent (0 when first)
 * @param dxScore DX score trend
 * @param dxScoreDelta change in DX score points (0 when first)
 * @param combo FC/AP trend
 * @param sync sync trend
 * @param rank rank trend
 * @param newBest whether the play bettered the best in any part (always for a first play)
 */
public record PlayDiff(
    PlayResult previousBest,
    Trend achievement,
    int achievementDelta,
    Trend dxScore,
    int dxScoreDelta,
    Trend combo,
    Trend sync,
    Trend rank,
    boolean newBest) {

  /** Compares {@code now} with {@code previousBest} (null when there was none). */
  public static PlayDiff of(PlayResult previousBest, PlayResult now) {
    if (previousBest == null) {
      return new PlayDiff(
          null, Trend.FIRST, 0, Trend.FIRST, 0, Trend.FIRST, Trend.FIRST, Trend.FIRST, true);
    }
    return new PlayDiff(
        previousBest,
        Trend.of(previousBest.achievement(), now.achievement()),
        now.achievement().value() - previousBest.achievement().value(),
        Trend.of(previousBest.dxScore(), now.dxScore()),
        now.dxScore().score() - previousBest.dxScore().score(),
        Trend.of(previousBest.combo(), now.combo()),
        Trend.of(previousBest.sync(), now.sync()),
        Trend.of(previousBest.rank(), now.rank()),
        BestResults.improves(previousBest, now));
  }

  public Optional<PlayResult> previous() {
    return Optional.ofNullable(previousBest);
  }

  public boolean first() {
    return previousBest == null;
  }
}
