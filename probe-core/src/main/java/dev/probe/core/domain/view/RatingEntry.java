package dev.probe.core.domain.view;

import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.InternalLevel;

/**
 * One chart of the B15 or B35.
 *
 * @param chart the chart
 * @param best its best score
 * @param constant the constant used
 * @param rating its chart rating
 */
public record RatingEntry(ChartInfo chart, BestScore best, InternalLevel constant, int rating) {
  public boolean estimated() {
    return constant.estimated();
  }
}
