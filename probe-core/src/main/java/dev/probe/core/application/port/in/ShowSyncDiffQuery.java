package dev.probe.core.application.port.in;

import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;

/**
 * @param player whose run
 * @param runId the run's id
 */
public record ShowSyncDiffQuery(PlayerId player, long runId) {
  public ShowSyncDiffQuery {
    Require.present(player, "a player");
    if (runId <= 0) {
      throw ProbeException.invalid("a sync run id is a positive number: " + runId);
    }
  }
}
