package dev.probe.core.domain.view;

import dev.probe.core.domain.BestScore;
import java.util.List;
import java.util.Optional;

/**
 * Every play of one chart over time; each {@link PlayView} carries the point of the achievement and
 * DX score series ({@code play().result()}) and its diff.
 *
 * @param chart the chart
 * @param plays oldest first
 * @param best the best now (plays and score lists); null when never played
 */
public record ChartHistoryView(ChartInfo chart, List<PlayView> plays, BestScore best) {
  public ChartHistoryView {
    plays = List.copyOf(plays);
  }

  public Optional<BestScore> bestIfPlayed() {
    return Optional.ofNullable(best);
  }
}
