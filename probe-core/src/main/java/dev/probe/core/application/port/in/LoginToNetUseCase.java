package dev.probe.core.application.port.in;

import dev.probe.core.domain.CardChooser;
import dev.probe.core.domain.PlayerId;

/**
 * Gets a NET session by logging in with a SEGA ID (international and Japanese NET), and logs in
 * again with a login the player chose to keep when a session expired.
 */
public interface LoginToNetUseCase {

  /**
   * Logs in and stores the new session (and, when asked, the sealed login).
   *
   * @param chooser asked only when the SEGA ID has several Aime cards
   * @throws dev.probe.core.domain.ProbeException {@code NOT_FOUND} for an unknown player; {@code
   *     INVALID_INPUT} for a CN player, a wrong SEGA ID or password, or a two-step verification
   *     code that probe cannot give; {@code NET_UNAVAILABLE}, {@code MAINTENANCE}
   */
  NetLoginOutcome logIn(LoginToNetCommand command, CardChooser chooser);

  /**
   * Logs in once with the login the player chose to keep, if any.
   *
   * @return whether a new session was stored
   * @throws dev.probe.core.domain.ProbeException when the kept login fails (a refused one is
   *     forgotten, so it is never tried again)
   */
  boolean renewSession(PlayerId player);
}
