package dev.probe.core.application.port.in;

import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;

/**
 * @param player whose dashboard
 * @param latestPlays how many of the newest plays to show (1–100)
 */
public record ShowDashboardQuery(PlayerId player, int latestPlays) {
  public ShowDashboardQuery {
    Require.present(player, "a player");
    if (latestPlays < 1 || latestPlays > 100) {
      throw ProbeException.invalid("show 1–100 latest plays, not " + latestPlays);
    }
  }

  public static ShowDashboardQuery of(PlayerId player) {
    return new ShowDashboardQuery(player, 10);
  }
}
