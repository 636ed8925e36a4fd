package dev.probe.app;

import dev.probe.core.application.port.in.ManageNetSessionUseCase;
import dev.probe.core.application.port.in.ManagePlayersUseCase;
import dev.probe.core.domain.NetLoginAdvice;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.view.NetSessionStatus;
import dev.probe.web.SyncEvents;
import dev.probe.web.SyncSupport;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One round of the serve command's schedule: the guarded round of {@link SyncSupport} (a player's
 * syncs never overlap) for the players whose session can be used, or renewed with a kept login. The
 * rest get no request at all; a dead session is said once, not every round.
 */
final class ScheduledSync implements Runnable {

  private final ManagePlayersUseCase players;
  private final ManageNetSessionUseCase sessions;
  private final SyncSupport support;
  private final SyncEvents events;
  private final Set<PlayerId> reported = ConcurrentHashMap.newKeySet();

  ScheduledSync(
      ManagePlayersUseCase players,
      ManageNetSessionUseCase sessions,
      SyncSupport support,
      SyncEvents events) {
    this.players = players;
    this.sessions = sessions;
    this.support = support;
    this.events = events;
  }

  @Override
  public void run() {
    support.syncEveryPlayer(players, this::due);
  }

  /** Whether a sync of {@code p} can reach NET with something NET may accept. */
  boolean due(Player p) {
    NetSessionStatus status = sessions.sessionStatus(p.id());
    if (!status.present()) {
      return false;
    }
    if (status.expired() && !status.rememberedLogin()) {
      if (reported.add(p.id())) {
        events.publish(
            p.id()
                + ": the NET session has expired; scheduled syncs wait. "
                + NetLoginAdvice.nextStep(p.region(), p.id()));
      }
      return false;
    }
    reported.remove(p.id());
    return true;
  }
}
