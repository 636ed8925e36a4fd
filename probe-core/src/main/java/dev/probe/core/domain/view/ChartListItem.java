package dev.probe.core.domain.view;

import dev.probe.core.domain.BestScore;
import java.util.Optional;

/**
 * One chart of the chart list.
 *
 * @param chart the chart
 * @param best the player's best; null when never played (or no player asked)
 * @param rating the best's chart rating now; 0 when unplayed or for utage
 * @param ratingEstimated whether {@code rating} used an estimated constant
 */
public record ChartListItem(ChartInfo chart, BestScore best, int rating, boolean ratingEstimated) {
  public Optional<BestScore> bestIfPlayed() {
    return Optional.ofNullable(best);
  }
}
