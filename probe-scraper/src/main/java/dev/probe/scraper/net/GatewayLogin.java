package dev.probe.scraper.net;

import dev.probe.core.application.port.out.NetLoginPort.Outcome;
import dev.probe.core.application.port.out.NetLoginPort.Result;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.SegaCredentials;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * International NET's login through the aime gateway (MAIMAI-NET-PAGES §2.2): open the gateway's
 * login page (it sets its own session cookie), post {@code sid}, {@code password} and {@code
 * retention}; a refused password gets the form again (200), two-step verification redirects to the
 * gateway's {@code otp} page, success redirects to NET's {@code ?ssid=…}, which sets NET's cookies
 * and leads to {@code home/}. The gateway's cookies (its long-lived {@code clal} included) stay in
 * this login's memory and are never stored.
 */
final class GatewayLogin {

  private final LoginHttp http;
  private final SegaLoginSettings sites;

  GatewayLogin(LoginHttp http, SegaLoginSettings sites) {
    this.http = http;
    this.sites = sites;
  }

  Result logIn(SegaCredentials credentials) {
    LoginHttp.Answer page = http.get(sites.gatewayLoginPage(), null, "gateway's login page");
    if (page.status() != 200) {
      throw ProbeException.unrecognised(
          "the SEGA ID gateway's login page answered HTTP "
              + page.status()
              + "; the login flow may have changed (see docs/net-login.md)");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("sid", credentials.segaId());
    form.put("password", credentials.password());
    form.put("retention", LoginPages.field(page.body(), "retention").orElse("1"));
    LoginHttp.Answer submitted =
        http.post(sites.gatewaySubmit(), form, sites.gatewayLoginPage(), "gateway's login form");
    if (submitted.status() == 200) {
      return Result.refused(Outcome.WRONG_CREDENTIALS); // the form again
    }
    if (!submitted.redirect()) {
      throw ProbeException.unrecognised(
          "the SEGA ID gateway answered the login with HTTP "
              + submitted.status()
              + "; the login flow may have changed (see docs/net-login.md)");
    }
    URI next = submitted.target();
    NetArrival arrival = new NetArrival(http, sites.intlBase());
    if (arrival.withinNet(next)) {
      return arrival.follow(next, sites.gatewayLoginPage(), 0);
    }
    if (!sameHost(next, sites.gatewaySubmit())) {
      throw ProbeException.unrecognised(
          "the SEGA ID gateway sent the login to "
              + next.getHost()
              + ", not to NET; the login flow may have changed (see docs/net-login.md)");
    }
    String path = next.getPath() == null ? "" : next.getPath();
    return Result.refused(
        path.contains("/otp") ? Outcome.SECOND_FACTOR : Outcome.WRONG_CREDENTIALS);
  }

  private static boolean sameHost(URI a, URI b) {
    return String.valueOf(a.getHost()).equalsIgnoreCase(b.getHost()) && a.getPort() == b.getPort();
  }
}
