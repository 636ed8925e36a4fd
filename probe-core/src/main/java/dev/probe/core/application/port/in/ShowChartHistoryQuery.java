package dev.probe.core.application.port.in;

import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.PlayerId;

/**
 * @param player whose plays
 * @param chart which chart (parse a URL's form with {@link ChartId#parse(String)})
 */
public record ShowChartHistoryQuery(PlayerId player, ChartId chart) {
  public ShowChartHistoryQuery {
    Require.present(player, "a player");
    Require.present(chart, "a chart");
  }
}
