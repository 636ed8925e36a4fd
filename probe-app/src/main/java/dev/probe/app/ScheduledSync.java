package dev.probe.app;

import dev.probe.core.application.port.in.ManageNetSessionUseCase;
import dev.probe.core.application.port.in.ManagePlayersUseCase;
import dev.probe.core.application.port.in.SyncPlayerCommand;
import dev.probe.core.application.port.in.SyncPlayerUseCase;
import dev.probe.core.domain.NetLoginAdvice;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.view.NetSessionStatus;
import dev.probe.web.SyncEvents;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One round of the serve command's schedule: syncs every player that has a usable session (or a
 * kept login to renew it with), skips the rest without a request, and keeps one player's failure
 * from stopping the others. A dead session is reported once, not every round.
 */
final class ScheduledSync implements Runnable {

  private final ManagePlayersUseCase players;
  private final ManageNetSessionUseCase sessions;
  private final SyncPlayerUseCase sync;
  private final SyncEvents events;
  private final Set<PlayerId> reported = ConcurrentHashMap.newKeySet();

  ScheduledSync(
      ManagePlayersUseCase players,
      ManageNetSessionUseCase sessions,
      SyncPlayerUseCase sync,
      SyncEvents events) {
    this.players = players;
    this.sessions = sessions;
    this.sync = sync;
    this.events = events;
  }

  @Override
  public void run() {
    for (Player p : players.listPlayers()) {
      NetSessionStatus status = sessions.sessionStatus(p.id());
      if (!status.present() || (status.expired() && !status.rememberedLogin())) {
        if (status.present() && reported.add(p.id())) {
          events.publish(
              p.id()
                  + ": the NET session has expired; scheduled syncs wait. "
                  + NetLoginAdvice.nextStep(p.region(), p.id()));
        }
        continue;
      }
      reported.remove(p.id());
      try {
        sync.sync(new SyncPlayerCommand(p.id()), pr -> events.publish(p.id() + ": " + pr.step()));
      } catch (ProbeException e) {
        events.publish(p.id() + ": " + e.getMessage());
      }
    }
  }
}
