package dev.probe.web;

import dev.probe.core.domain.PlayerId;
import java.time.Instant;
import java.util.List;

/**
 * China's WeChat sign-in helper of a deployment that runs on the player's own machine (a LAN proxy
 * that catches NET's plain-http OAuth callback). The local server offers it; a cloud deployment has
 * none. Nothing it returns is a secret.
 */
public interface WechatSignIn {

  /**
   * What the page shows.
   *
   * @param running whether the proxy listens
   * @param state {@code OFF}, {@code IDLE}, {@code WAITING}, {@code SIGNING_IN}, {@code DONE} or
   *     {@code FAILED}
   * @param addresses what the phone types as its proxy ({@code 192.168.1.20:8033})
   * @param player the archive's player the next sign-in is for; "" when none
   * @param playerName NET's name of the player who signed in; "" until DONE
   * @param message why the last sign-in failed; "" unless FAILED
   * @param changedAt when the state last changed
   * @param signInLink the link the player opens in WeChat
   * @param checkLink a page the phone opens to check its proxy setting
   * @param listen {@code [HOST:]PORT} the proxy listens on, or would by default
   */
  record Status(
      boolean running,
      String state,
      List<String> addresses,
      String player,
      String playerName,
      String message,
      Instant changedAt,
      String signInLink,
      String checkLink,
      String listen) {
    public Status {
      addresses = List.copyOf(addresses);
    }
  }

  Status status();

  /**
   * Listens on {@code listen} ({@code [HOST:]PORT}) and waits for {@code player}'s sign-in.
   *
   * @throws dev.probe.core.domain.ProbeException {@code INVALID_INPUT} for a bad address or a
   *     player outside China's NET
   */
  Status start(String listen, PlayerId player);

  /** Stops listening. */
  Status stop();
}
