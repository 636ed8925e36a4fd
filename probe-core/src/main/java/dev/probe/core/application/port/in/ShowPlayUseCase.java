package dev.probe.core.application.port.in;

import dev.probe.core.domain.view.PlayDetailView;

/** One play in full: detail, chart and song, rating, diff and the raw page it came from. */
public interface ShowPlayUseCase {
  /**
   * @throws dev.probe.core.domain.ProbeException {@code NOT_FOUND} for an unknown player or play
   */
  PlayDetailView showPlay(ShowPlayQuery query);
}
