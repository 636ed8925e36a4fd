package dev.probe.core.application.port.in;

import dev.probe.core.domain.view.RatingView;

/**
 * The DX RATING now or at any instant: B15 and B35 with each chart's rating, NET's own figure and
 * whether they differ, the curve over time, and the charts whose better score would raise it.
 */
public interface ShowRatingUseCase {
  /**
   * @throws dev.probe.core.domain.ProbeException {@code NOT_FOUND} for an unknown player
   */
  RatingView showRating(ShowRatingQuery query);
}
