package dev.probe.core.application.port.in;

import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import java.util.Map;

/**
 * @param player whose session
 * @param cookies cookie name → value, as copied from a logged-in browser ({@code userId}, {@code
 *     _t}, …); names and values must be non-blank and free of {@code ;}, {@code =} in names, and
 *     line breaks
 * @param netName the player's name as NET showed it with these cookies; "" when not known
 * @param friendCode the friend code NET showed with these cookies; "" when not known. When given,
 *     the player is updated with both, so a later session of another NET player can be told apart
 */
public record SetNetSessionCommand(
    PlayerId player, Map<String, String> cookies, String netName, String friendCode) {

  /** Cookies alone, from a person who copied them: whose they are is not known yet. */
  public SetNetSessionCommand(PlayerId player, Map<String, String> cookies) {
    this(player, cookies, "", "");
  }

  public SetNetSessionCommand {
    Require.present(player, "a player");
    Require.present(cookies, "cookies");
    if (cookies.isEmpty()) {
      throw ProbeException.invalid("give at least one NET cookie (userId or _t)");
    }
    for (Map.Entry<String, String> e : cookies.entrySet()) {
      String name = e.getKey();
      String value = e.getValue();
      if (name == null || name.isBlank() || name.matches(".*[;=\\s].*")) {
        throw ProbeException.invalid("not a cookie name: '" + name + "'");
      }
      if (value == null || value.isBlank() || value.matches(".*[;\\r\\n].*")) {
        // Never echo a value: it is a secret.
        throw ProbeException.invalid("the value of cookie '" + name + "' is empty or malformed");
      }
    }
    cookies = Map.copyOf(cookies);
    netName = netName == null ? "" : netName.strip();
    friendCode = friendCode == null ? "" : friendCode.strip();
  }

  @Override
  public String toString() {
    return "SetNetSessionCommand[" + player + ", cookies=" + cookies.keySet() + "]";
  }
}
