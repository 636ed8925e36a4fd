package dev.probe.core.application.port.in;

import dev.probe.core.domain.view.ChartListItem;
import java.util.List;

/**
 * The whole catalogue on one list, including charts learned from NET that the catalogue lacks, each
 * with the player's best and its rating.
 */
public interface ListChartsUseCase {
  /**
   * @throws dev.probe.core.domain.ProbeException {@code NOT_FOUND} for an unknown player
   */
  List<ChartListItem> listCharts(ListChartsQuery query);
}
