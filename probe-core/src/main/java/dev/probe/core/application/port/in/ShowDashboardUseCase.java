package dev.probe.core.application.port.in;

import dev.probe.core.domain.view.DashboardView;

/** A player's first page: profile, rating and its curve, newest plays, last sync and its diff. */
public interface ShowDashboardUseCase {
  /**
   * @throws dev.probe.core.domain.ProbeException {@code NOT_FOUND} for an unknown player
   */
  DashboardView showDashboard(ShowDashboardQuery query);
}
