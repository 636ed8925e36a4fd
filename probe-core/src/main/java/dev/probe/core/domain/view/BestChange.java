package dev.probe.core.domain.view;

import dev.probe.core.domain.PlayResult;
import java.util.Optional;

/**
 * A best that a sync run raised.
 *
 * @param chart the chart
 * @param before the best before the run; null when the chart was new
 * @param after the best after it
 * @param ratingBefore chart rating of {@code before} (0 when none)
 * @param ratingAfter chart rating of {@code after}
 */
public record BestChange(
    ChartInfo chart, PlayResult before, PlayResult after, int ratingBefore, int ratingAfter) {
  public Optional<PlayResult> previous() {
    return Optional.ofNullable(before);
  }
}
