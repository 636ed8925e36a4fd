package dev.probe.core.domain.view;

import dev.probe.core.domain.Achievement;
import java.util.Optional;

/**
 * A chart whose better score would raise the DX RATING.
 *
 * @param chart the chart
 * @param newChart whether it belongs to the B15 pool
 * @param current the player's best achievement on it; null when never played
 * @param currentRating its chart rating now (0 when never played)
 * @param needed the lowest achievement that gains rating (the next rank step that does)
 * @param ratingAtNeeded the chart rating at {@code needed}
 * @param gain how much the DX RATING would rise
 */
public record RatingCandidate(
    ChartInfo chart,
    boolean newChart,
    Achievement current,
    int currentRating,
    Achievement needed,
    int ratingAtNeeded,
    int gain) {
  public Optional<Achievement> currentIfPlayed() {
    return Optional.ofNullable(current);
  }
}
