package dev.probe.core.application.port.in;

import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.view.NetSessionStatus;

/**
 * A player's NET cookies: set them, see whether they exist, forget them. Values never come back.
 */
public interface ManageNetSessionUseCase {
  /**
   * Replaces the player's session with these cookies.
   *
   * @throws dev.probe.core.domain.ProbeException {@code NOT_FOUND} for an unknown player
   */
  NetSessionStatus setSession(SetNetSessionCommand command);

  /**
   * @throws dev.probe.core.domain.ProbeException {@code NOT_FOUND} for an unknown player
   */
  NetSessionStatus sessionStatus(PlayerId player);

  /** Forgets the session (logging out of probe, not of NET). */
  NetSessionStatus forgetSession(PlayerId player);
}
