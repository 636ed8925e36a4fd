package dev.probe.scraper.login;

import dev.probe.core.domain.PlayerId;
import dev.probe.scraper.login.WechatLoginProxy.State;
import dev.probe.scraper.login.WechatLoginProxy.Status;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Which player the next sign-in is for and how the last one went; shared by every connection. */
final class LoginState {

  private final Clock clock;
  private PlayerId armed;
  private State state = State.OFF;
  private String playerName = "";
  private String message = "";
  private Instant changedAt;

  LoginState(Clock clock) {
    this.clock = clock;
    this.changedAt = clock.instant();
  }

  /** Chooses the player; the state says WAITING only while the proxy listens. */
  synchronized void arm(PlayerId player) {
    armed = player;
    if (state != State.OFF) {
      set(State.WAITING, "", "");
    }
  }

  synchronized Optional<PlayerId> armed() {
    return Optional.ofNullable(armed);
  }

  synchronized void listening() {
    if (state == State.OFF) {
      set(armed == null ? State.IDLE : State.WAITING, "", "");
    }
  }

  synchronized void stopped() {
    set(State.OFF, "", "");
  }

  synchronized void signingIn() {
    set(State.SIGNING_IN, "", "");
  }

  synchronized void done(String name) {
    set(State.DONE, name, "");
  }

  synchronized void failed(String why) {
    set(State.FAILED, "", why);
  }

  synchronized Status snapshot(List<String> addresses) {
    return new Status(
        state, addresses, armed == null ? "" : armed.value(), playerName, message, changedAt);
  }

  private void set(State s, String name, String why) {
    state = s;
    playerName = name;
    message = why;
    changedAt = clock.instant();
  }
}
