package dev.probe.web;

import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which player a page shows: {@code ?player=} (remembered in a cookie), the cookie, or the first.
 */
final class PlayerChoice {
  static final String COOKIE = "probe_player";
  private final Supplier<List<PlayerId>> players;

  PlayerChoice(Supplier<List<PlayerId>> players) {
    this.players = players;
  }

  List<PlayerId> all() {
    return players.get();
  }

  Optional<PlayerId> choose(WebRequest request) {
    List<PlayerId> all = players.get();
    Optional<String> asked = request.queryParam("player").filter(s -> !s.isBlank());
    if (asked.isPresent()) {
      for (PlayerId p : all) {
        if (p.value().equals(asked.get())) {
          return Optional.of(p);
        }
      }
      throw ProbeException.notFound("this archive has no player '" + asked.get() + "'");
    }
    String remembered = request.cookies().get(COOKIE);
    for (PlayerId p : all) {
      if (p.value().equals(remembered)) {
        return Optional.of(p);
      }
    }
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }
}
