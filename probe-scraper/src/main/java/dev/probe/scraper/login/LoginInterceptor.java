package dev.probe.scraper.login;

import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * The only requests the proxy answers itself: its own check page, Wahlap's authorize step (answered
 * with WeChat's consent link whose callback is plain http) and Wahlap's callback (completed by
 * probe, so the one-time code never reaches NET from the phone). Everything else is forwarded.
 */
final class LoginInterceptor {

  private final WechatLoginSettings settings;
  private final LoginState state;
  private final SignIn signIn;

  LoginInterceptor(WechatLoginSettings settings, LoginState state, SignIn signIn) {
    this.settings = settings;
    this.state = state;
    this.signIn = signIn;
  }

  /** Whether the request was answered here. */
  boolean answer(Target target, RequestHead head, OutputStream out) throws IOException {
    if (target.host().equalsIgnoreCase(settings.checkHost())) {
      Answers.html(out, 200, PhonePages.proxyWorks());
      return true;
    }
    if (!target.isPlainHttpOn(settings.callbackHost())) {
      return false;
    }
    String origin = target.originForm();
    int q = origin.indexOf('?');
    String path = q < 0 ? origin : origin.substring(0, q);
    String query = q < 0 ? "" : origin.substring(q + 1);
    if (path.equals(settings.authorizePath())) {
      consent(out);
      return true;
    }
    if (path.equals(settings.callbackPath())) {
      callback(head, query, out);
      return true;
    }
    return false;
  }

  private void consent(OutputStream out) throws IOException {
    String link;
    try {
      link = signIn.consentLink();
    } catch (ProbeException e) {
      state.failed(e.getMessage());
      Answers.html(out, 502, PhonePages.failed(e.getMessage()));
      return;
    }
    Answers.redirect(out, link);
  }

  private void callback(RequestHead head, String query, OutputStream out) throws IOException {
    if (!head.method().equals("GET")) {
      Answers.text(out, 400, "the sign-in callback is a GET");
      return;
    }
    if (!hasParameter(query, "code") || !hasParameter(query, "state")) {
      String why = "WeChat sent no sign-in code (was the sign-in declined?). Open the link again.";
      Answers.html(out, 400, PhonePages.failed(why));
      return;
    }
    Optional<PlayerId> player = state.armed();
    if (player.isEmpty()) {
      // The code is not redeemed: it stays unused and the phone is told what to do first.
      Answers.html(out, 200, PhonePages.notArmed());
      return;
    }
    state.signingIn();
    // The phone gets its page before the state changes: whoever waits for the state (the CLI)
    // may stop the proxy at once, which would cut the page off.
    Runnable after;
    int status = 200;
    String page;
    try {
      SignIn.Result who = signIn.complete(player.get(), query);
      page = PhonePages.done(who.name());
      after = () -> state.done(who.name());
    } catch (ProbeException e) {
      page = PhonePages.failed(e.getMessage());
      after = () -> state.failed(e.getMessage());
    } catch (RuntimeException e) {
      String why = "probe failed unexpectedly (" + e.getClass().getSimpleName() + "); try again.";
      status = 500;
      page = PhonePages.failed(why);
      after = () -> state.failed(why);
    }
    try {
      Answers.html(out, status, page);
    } finally {
      after.run();
    }
  }

  private static boolean hasParameter(String query, String name) {
    return Arrays.stream(query.split("&"))
        .anyMatch(p -> p.startsWith(name + "=") && p.length() > name.length() + 1);
  }
}
