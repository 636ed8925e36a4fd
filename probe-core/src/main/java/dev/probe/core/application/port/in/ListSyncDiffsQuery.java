package dev.probe.core.application.port.in;

import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PlayerId;

/**
 * @param player whose runs
 * @param page which page of runs (newest first)
 */
public record ListSyncDiffsQuery(PlayerId player, PageRequest page) {
  public ListSyncDiffsQuery {
    Require.present(player, "a player");
    page = page == null ? new PageRequest(1, 20) : page;
  }
}
