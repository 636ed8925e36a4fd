package dev.probe.core.application.service;

import dev.probe.core.application.port.in.LoginToNetCommand;
import dev.probe.core.application.port.in.LoginToNetUseCase;
import dev.probe.core.application.port.in.NetLoginOutcome;
import dev.probe.core.application.port.out.NetLoginPort;
import dev.probe.core.application.port.out.NetSessionStorePort;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.application.port.out.RememberedLoginStorePort;
import dev.probe.core.application.port.out.SecretSealPort;
import dev.probe.core.domain.CardChooser;
import dev.probe.core.domain.NetLoginAdvice;
import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.RememberedLogin;
import dev.probe.core.domain.view.NetSessionStatus;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Logs in with a SEGA ID and stores the session; keeps the login sealed only when the player asks,
 * and forgets a kept login the moment SEGA refuses it, so a wrong password is never tried twice.
 */
public final class LoginToNetService implements LoginToNetUseCase {

  private final PlayerStorePort players;
  private final NetSessionStorePort sessions;
  private final RememberedLoginStorePort logins;
  private final NetLoginPort net;
  private final SecretSealPort seal;
  private final Clock clock;

  public LoginToNetService(
      PlayerStorePort players,
      NetSessionStorePort sessions,
      RememberedLoginStorePort logins,
      NetLoginPort net,
      SecretSealPort seal,
      Clock clock) {
    this.players = Objects.requireNonNull(players, "players");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.logins = Objects.requireNonNull(logins, "logins");
    this.net = Objects.requireNonNull(net, "net");
    this.seal = Objects.requireNonNull(seal, "seal");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public NetLoginOutcome logIn(LoginToNetCommand command, CardChooser chooser) {
    Player player = segaPlayer(command.player());
    NetLoginPort.Result result = net.logIn(player.region(), command.credentials(), chooser);
    switch (result.outcome()) {
      case CHOOSE_CARD:
        return new NetLoginOutcome(null, "", result.cards());
      case WRONG_CREDENTIALS:
      case SECOND_FACTOR:
        throw refused(result.outcome(), player, false);
      default:
        break;
    }
    store(player, result);
    if (command.remember()) {
      byte[] plain = LoginSecrets.encode(command.credentials(), result.card());
      logins.saveLogin(
          new RememberedLogin(player.id(), player.region(), seal.seal(plain), clock.instant()));
      java.util.Arrays.fill(plain, (byte) 0);
    } else {
      logins.deleteLogin(player.id());
    }
    return new NetLoginOutcome(status(player.id()), result.playerName(), List.of());
  }

  @Override
  public boolean renewSession(PlayerId id) {
    Player player = Players.require(players, id);
    Optional<RememberedLogin> kept = logins.loadLogin(id);
    if (kept.isEmpty() || player.region() == Region.CN) {
      return false;
    }
    LoginSecrets.Kept login;
    try {
      login = LoginSecrets.decode(seal.unseal(kept.get().sealed()));
    } catch (ProbeException e) {
      logins.deleteLogin(id); // sealed with another key: it can never be read again
      throw new ProbeException(
          ProbeException.Kind.INVALID_INPUT,
          "The kept SEGA ID login of '"
              + id
              + "' cannot be opened with this machine's key, so it was forgotten. "
              + NetLoginAdvice.nextStep(player.region(), id));
    }
    NetLoginPort.Result result =
        net.logIn(player.region(), login.credentials(), CardChooser.fixed(login.card()));
    if (result.outcome() != NetLoginPort.Outcome.LOGGED_IN) {
      logins.deleteLogin(id);
      throw refused(result.outcome(), player, true);
    }
    store(player, result);
    return true;
  }

  private Player segaPlayer(PlayerId id) {
    Player player = Players.require(players, id);
    if (player.region() == Region.CN) {
      throw ProbeException.invalid(
          "'"
              + id
              + "' plays on CN NET, which signs in with WeChat, not a SEGA ID. "
              + NetLoginAdvice.nextStep(Region.CN, id));
    }
    return player;
  }

  private void store(Player player, NetLoginPort.Result result) {
    sessions.saveSession(
        new NetSession(player.id(), player.region(), result.cookies(), clock.instant()));
  }

  private NetSessionStatus status(PlayerId id) {
    return new ManageNetSessionService(players, sessions, logins, clock).sessionStatus(id);
  }

  private static ProbeException refused(NetLoginPort.Outcome why, Player player, boolean kept) {
    String forgotten = kept ? " The kept login was forgotten and will not be tried again." : "";
    String message =
        why == NetLoginPort.Outcome.SECOND_FACTOR
            ? "SEGA asks for a one-time code (two-step verification) for this SEGA ID, which probe"
                + " cannot enter. Log in to NET in a browser and give its cookies with `probe"
                + " session set --player "
                + player.id()
                + "`."
            : "SEGA refused the SEGA ID or password for "
                + player.region()
                + " NET. Check both and try again; nothing was retried.";
    return ProbeException.invalid(message + forgotten);
  }
}
