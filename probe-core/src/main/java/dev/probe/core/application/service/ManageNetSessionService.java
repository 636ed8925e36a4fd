package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ManageNetSessionUseCase;
import dev.probe.core.application.port.in.SetNetSessionCommand;
import dev.probe.core.application.port.out.NetSessionStorePort;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.view.NetSessionStatus;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Stores a player's NET cookies and reports only whether they exist. */
public final class ManageNetSessionService implements ManageNetSessionUseCase {

  private final PlayerStorePort players;
  private final NetSessionStorePort sessions;
  private final Clock clock;

  public ManageNetSessionService(
      PlayerStorePort players, NetSessionStorePort sessions, Clock clock) {
    this.players = players;
    this.sessions = sessions;
    this.clock = clock;
  }

  @Override
  public NetSessionStatus setSession(SetNetSessionCommand command) {
    Player player = Players.require(players, command.player());
    sessions.saveSession(
        new NetSession(player.id(), player.region(), command.cookies(), clock.instant()));
    return sessionStatus(player.id());
  }

  @Override
  public NetSessionStatus sessionStatus(PlayerId id) {
    Player player = Players.require(players, id);
    Optional<NetSession> session = sessions.loadSession(id);
    return new NetSessionStatus(
        id,
        player.region(),
        session.isPresent(),
        session.map(NetSession::updatedAt).orElse(null),
        session.map(s -> List.copyOf(s.cookies().keySet())).orElse(List.of()));
  }

  @Override
  public NetSessionStatus forgetSession(PlayerId id) {
    Players.require(players, id);
    sessions.deleteSession(id);
    return sessionStatus(id);
  }
}
