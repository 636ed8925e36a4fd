package dev.probe.core.application.port.in;

import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.view.PlayView;

/** The play history: paged, filtered, newest first, each play with its rating and its diff. */
public interface ListPlaysUseCase {
  /**
   * @throws dev.probe.core.domain.ProbeException {@code NOT_FOUND} for an unknown player
   */
  PageResult<PlayView> listPlays(ListPlaysQuery query);
}
