package dev.probe.core.application.port.in;

import dev.probe.core.domain.view.ChartHistoryView;

/** Every play of one chart over time, with achievement and DX score series and diffs. */
public interface ShowChartHistoryUseCase {
  /**
   * @throws dev.probe.core.domain.ProbeException {@code NOT_FOUND} for an unknown player, or a
   *     chart that neither the catalogue nor the player's plays know
   */
  ChartHistoryView showChartHistory(ShowChartHistoryQuery query);
}
