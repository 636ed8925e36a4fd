package dev.probe.core.application.port.in;

import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;

/**
 * @param player whose play
 * @param key the play's key ({@code t:1759467960})
 */
public record ShowPlayQuery(PlayerId player, PlayKey key) {
  public ShowPlayQuery {
    Require.present(player, "a player");
    Require.present(key, "a play key");
  }

  /** From a URL's text form of the key; a malformed key is {@code INVALID_INPUT}. */
  public static ShowPlayQuery of(PlayerId player, String key) {
    try {
      return new ShowPlayQuery(player, new PlayKey(key));
    } catch (IllegalArgumentException e) {
      throw ProbeException.invalid("not a play key: '" + key + "'");
    }
  }
}
