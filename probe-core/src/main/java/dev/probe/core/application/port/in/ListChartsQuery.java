package dev.probe.core.application.port.in;

import dev.probe.core.domain.PlayerId;

/**
 * @param player whose bests to show beside the charts
 * @param search part of the title or artist (case-insensitive); "" for every chart
 * @param playedOnly only charts the player has a best on
 */
public record ListChartsQuery(PlayerId player, String search, boolean playedOnly) {
  public ListChartsQuery {
    Require.present(player, "a player");
    search = search == null ? "" : search;
  }

  public static ListChartsQuery all(PlayerId player) {
    return new ListChartsQuery(player, "", false);
  }
}
