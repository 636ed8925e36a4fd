package dev.probe.core.application.port.in;

import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PlayerId;

/**
 * @param player whose photos
 * @param page which page
 */
public record ListPhotosQuery(PlayerId player, PageRequest page) {
  public ListPhotosQuery {
    Require.present(player, "a player");
    page = page == null ? new PageRequest(1, 30) : page;
  }
}
