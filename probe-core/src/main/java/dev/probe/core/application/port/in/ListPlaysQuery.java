package dev.probe.core.application.port.in;

import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayerId;

/**
 * @param player whose plays
 * @param filter which plays ({@link PlayFilter#ALL} for all)
 * @param page which page
 */
public record ListPlaysQuery(PlayerId player, PlayFilter filter, PageRequest page) {
  public ListPlaysQuery {
    Require.present(player, "a player");
    filter = filter == null ? PlayFilter.ALL : filter;
    page = page == null ? new PageRequest(1, 50) : page;
  }
}
