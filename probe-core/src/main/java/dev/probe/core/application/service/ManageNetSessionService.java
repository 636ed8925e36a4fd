package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ManageNetSessionUseCase;
import dev.probe.core.application.port.in.SetNetSessionCommand;
import dev.probe.core.application.port.out.NetSessionStorePort;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.application.port.out.RememberedLoginStorePort;
import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.RememberedLogin;
import dev.probe.core.domain.view.NetSessionStatus;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Stores a player's NET cookies and reports only whether they exist. */
public final class ManageNetSessionService implements ManageNetSessionUseCase {

  private final PlayerStorePort players;
  private final NetSessionStorePort sessions;
  private final RememberedLoginStorePort logins;
  private final Clock clock;

  public ManageNetSessionService(
      PlayerStorePort players,
      NetSessionStorePort sessions,
      RememberedLoginStorePort logins,
      Clock clock) {
    this.players = players;
    this.sessions = sessions;
    this.logins = logins;
    this.clock = clock;
  }

  /** Without kept logins (a deployment that never logs in by itself). */
  public ManageNetSessionService(
      PlayerStorePort players, NetSessionStorePort sessions, Clock clock) {
    this(players, sessions, NoRememberedLogins.INSTANCE, clock);
  }

  @Override
  public NetSessionStatus setSession(SetNetSessionCommand command) {
    Player player = Players.require(players, command.player());
    if (!command.friendCode().isEmpty()) {
      String name = command.netName().isEmpty() ? player.name() : command.netName();
      players.savePlayer(new Player(player.id(), player.region(), name, command.friendCode()));
    }
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
        session.map(s -> List.copyOf(s.cookies().keySet())).orElse(List.of()),
        session.map(NetSession::isExpired).orElse(false),
        session.flatMap(NetSession::expiredAtIfAny).orElse(null),
        logins.loadLogin(id).isPresent());
  }

  /** Forgets the session and any kept login (logging out of probe, not of NET). */
  @Override
  public NetSessionStatus forgetSession(PlayerId id) {
    Players.require(players, id);
    sessions.deleteSession(id);
    logins.deleteLogin(id);
    return sessionStatus(id);
  }

  /** The store of a deployment that keeps no logins. */
  private enum NoRememberedLogins implements RememberedLoginStorePort {
    INSTANCE;

    @Override
    public Optional<RememberedLogin> loadLogin(PlayerId player) {
      return Optional.empty();
    }

    @Override
    public void saveLogin(RememberedLogin login) {
      throw new IllegalStateException("this deployment keeps no logins");
    }

    @Override
    public void deleteLogin(PlayerId player) {}
  }
}
