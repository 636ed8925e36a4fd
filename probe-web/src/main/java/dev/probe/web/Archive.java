package dev.probe.web;

import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;

/** What every page handler shares: the use cases and the choice of player. */
class Archive {
  final WebUseCases use;
  final PlayerChoice choice;

  Archive(WebUseCases use, PlayerChoice choice) {
    this.use = use;
    this.choice = choice;
  }

  /** The player this request is about; an empty archive is a clear 404. */
  Player player(Call call) {
    PlayerId id =
        choice
            .choose(call.request())
            .orElseThrow(() -> ProbeException.notFound(call.texts().get("archive.empty")));
    return use.players().findPlayer(id);
  }
}
