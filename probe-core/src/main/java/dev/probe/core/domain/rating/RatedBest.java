package dev.probe.core.domain.rating;

import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.InternalLevel;

/**
 * One best score rated under some {@link RatingRules}.
 *
 * @param chart the chart (from the catalogue, or learned from NET)
 * @param best the best score
 * @param constant the constant used (see {@link InternalLevel#estimated()})
 * @param rating the chart rating
 * @param isNew whether it belongs to the B15 pool
 */
public record RatedBest(
    Chart chart, BestScore best, InternalLevel constant, int rating, boolean isNew) {

  public boolean estimated() {
    return constant.estimated();
  }
}
