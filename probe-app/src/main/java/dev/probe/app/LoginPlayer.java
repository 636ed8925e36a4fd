package dev.probe.app;

import dev.probe.core.application.port.in.AddPlayerCommand;
import dev.probe.core.application.service.ManagePlayersService;
import dev.probe.core.domain.NetLoginAdvice;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Region;
import java.util.List;
import java.util.Optional;

/** Which player a SEGA ID login is for: named, the only one, or a new 'me'. */
final class LoginPlayer {

  private LoginPlayer() {}

  static PlayerId resolve(ManagePlayersService players, String handle, Region region) {
    if (region == Region.CN) {
      throw ProbeException.invalid(
          "CN NET signs in with WeChat, not a SEGA ID. "
              + NetLoginAdvice.nextStep(Region.CN, new PlayerId(handle == null ? "me" : handle)));
    }
    List<Player> all = players.listPlayers();
    if (handle == null && all.size() > 1) {
      throw ProbeException.invalid("this archive has several players: name one with --player");
    }
    PlayerId id =
        handle != null
            ? new PlayerId(handle)
            : all.isEmpty() ? new PlayerId("me") : all.get(0).id();
    Optional<Player> existing = all.stream().filter(p -> p.id().equals(id)).findFirst();
    if (existing.isPresent()) {
      Region plays = existing.get().region();
      if (region != null && region != plays) {
        throw ProbeException.invalid(
            "player '" + id + "' plays on " + plays + " NET, not " + region);
      }
      if (plays == Region.CN) {
        throw ProbeException.invalid(
            "'"
                + id
                + "' plays on CN NET, which signs in with WeChat, not a SEGA ID. "
                + NetLoginAdvice.nextStep(Region.CN, id));
      }
      return id;
    }
    if (region == null) {
      throw ProbeException.invalid(
          "there is no player '" + id + "' yet: give its NET with --region INTL or JP");
    }
    return players.addPlayer(new AddPlayerCommand(id, region, "")).id();
  }
}
