package dev.probe.scraper.login;

import dev.probe.core.application.port.in.ManageNetSessionUseCase;
import dev.probe.core.application.port.in.ManagePlayersUseCase;
import dev.probe.core.application.port.out.FetchNetPagePort;
import dev.probe.core.application.port.out.PageParserPort;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * China's NET sign-in without a certificate: a plain HTTP proxy on the player's LAN. The phone's
 * Wi-Fi proxy points here; the player opens {@link #signInLink()} in WeChat. Every request passes
 * through untouched (https as opaque {@code CONNECT} tunnels) except Wahlap's plain-http authorize
 * step and OAuth callback, which probe completes itself: it redeems the one-time code, asks NET
 * whose session it is and stores it for the chosen player. Cookies and codes are never logged.
 */
public final class WechatLoginProxy implements AutoCloseable {

  /** Where the sign-in stands. */
  public enum State {
    /** not listening */
    OFF,
    /** listening, but no player chosen: a callback is not redeemed */
    IDLE,
    /** listening for the chosen player's sign-in */
    WAITING,
    /** a callback arrived and is being completed */
    SIGNING_IN,
    /** the session is stored */
    DONE,
    /** the last sign-in failed; {@link Status#message()} says why and what to do */
    FAILED
  }

  /**
   * What the page shows; never a secret.
   *
   * @param state where the sign-in stands
   * @param addresses what to type as the phone's proxy ({@code 192.168.1.20:8033}); empty when off
   * @param player the archive's player the next sign-in is for; "" when none
   * @param playerName NET's name of the player who signed in (state DONE), else ""
   * @param message why the last sign-in failed (state FAILED), else ""
   * @param changedAt when the state last changed
   */
  public record Status(
      State state,
      List<String> addresses,
      String player,
      String playerName,
      String message,
      Instant changedAt) {
    public Status {
      addresses = List.copyOf(addresses);
    }
  }

  private final WechatLoginSettings settings;
  private final LoginState state;
  private final LoginInterceptor interceptor;
  private ProxyServer server;

  public WechatLoginProxy(
      WechatLoginSettings settings,
      FetchNetPagePort net,
      PageParserPort parser,
      ManagePlayersUseCase players,
      ManageNetSessionUseCase sessions,
      Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.state = new LoginState(clock);
    SignIn signIn =
        new SignIn(settings, new WahlapClient(settings), net, parser, players, sessions, clock);
    this.interceptor = new LoginInterceptor(settings, state, signIn);
  }

  /**
   * Listens on {@code listen} (and nowhere else); a proxy already listening there is kept, one
   * listening elsewhere is moved.
   *
   * @throws ProbeException {@code INVALID_INPUT} when the address cannot be bound
   */
  public synchronized InetSocketAddress start(InetSocketAddress listen) {
    Objects.requireNonNull(listen, "listen");
    if (server != null) {
      if (sameAddress(server.address(), listen)) {
        return server.address();
      }
      server.close();
      server = null;
    }
    try {
      server = new ProxyServer(listen, settings, interceptor);
    } catch (IOException e) {
      state.stopped();
      throw ProbeException.invalid(
          "the sign-in proxy cannot listen on "
              + ListenAddress.show(listen)
              + " (is the port taken, or the address not this machine's?): choose another");
    }
    state.listening();
    return server.address();
  }

  /** The next sign-in is stored for {@code player}. */
  public void arm(PlayerId player) {
    state.arm(Objects.requireNonNull(player, "player"));
  }

  /** Stops listening and closes every connection through the proxy. */
  public synchronized void stop() {
    if (server != null) {
      server.close();
      server = null;
    }
    state.stopped();
  }

  public synchronized boolean running() {
    return server != null;
  }

  public synchronized Status status() {
    return state.snapshot(server == null ? List.of() : ListenAddress.forPhones(server.address()));
  }

  /** The link the player opens in WeChat while the phone uses the proxy. */
  public String signInLink() {
    return settings.signInLink();
  }

  /** The page the phone can open to check its proxy setting. */
  public String checkLink() {
    return "http://" + settings.checkHost() + "/";
  }

  /**
   * {@code [HOST:]PORT}: a port alone listens on every interface (the phone is another device).
   *
   * @throws ProbeException {@code INVALID_INPUT} for anything else
   */
  public static InetSocketAddress listenAddress(String spec) {
    return ListenAddress.parse(spec);
  }

  @Override
  public void close() {
    stop();
  }

  private static boolean sameAddress(InetSocketAddress bound, InetSocketAddress wanted) {
    return (wanted.getPort() == 0 || bound.getPort() == wanted.getPort())
        && bound.getAddress().equals(wanted.getAddress());
  }
}
