package dev.probe.core.application.port.in;

import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.SegaCredentials;

/**
 * @param player whose session the login gives (an INTL or JP player)
 * @param credentials the SEGA ID and password
 * @param remember whether to keep the login, sealed, so a sync that meets an expired session can
 *     log in again by itself once; false forgets any login kept before
 */
public record LoginToNetCommand(PlayerId player, SegaCredentials credentials, boolean remember) {
  public LoginToNetCommand {
    Require.present(player, "a player");
    Require.present(credentials, "the SEGA ID and password");
  }
}
