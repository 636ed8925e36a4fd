package dev.probe.core.domain.page;

import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.PlayResult;

/**
 * One chart on a score list (or a rating-target list).
 *
 * @param chart the chart; its genre is the section heading the entry stood under
 * @param result the best result; null when the chart was never played
 * @param detailIdx the musicDetail token (not stable: follow it at once, never store it as a key)
 */
public record ScoreEntry(ChartRef chart, PlayResult result, String detailIdx) {
  public boolean played() {
    return result != null;
  }
}
