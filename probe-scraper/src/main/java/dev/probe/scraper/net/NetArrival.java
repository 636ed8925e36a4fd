package dev.probe.scraper.net;

import dev.probe.core.application.port.out.NetLoginPort.Result;
import dev.probe.core.domain.ProbeException;
import java.net.URI;

/**
 * The last steps of a login, on NET itself: follow its redirects (only within NET) to {@code
 * home/}, make sure home is a real page and not the error page, read the player's name and hand
 * back NET's cookies.
 */
final class NetArrival {

  private static final int MAX_HOPS = 4;

  private final LoginHttp http;
  private final URI base;

  NetArrival(LoginHttp http, URI base) {
    this.http = http;
    this.base = base;
  }

  Result follow(URI first, URI referer, int card) {
    URI at = first;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      if (!withinNet(at)) {
        throw ProbeException.unrecognised(
            "the login led away from NET (to " + at.getHost() + "); the flow may have changed");
      }
      String rest =
          base.getPath().length() <= at.getPath().length()
              ? at.getPath().substring(base.getPath().length())
              : "";
      if (rest.startsWith("error") || rest.startsWith("logout")) {
        throw ProbeException.unrecognised(
            "NET answered the login with its " + rest.replace("/", "") + " page; try again later");
      }
      LoginHttp.Answer answer = http.get(at, referer, "arrival on NET");
      if (answer.redirect()) {
        referer = at;
        at = answer.target();
        continue;
      }
      if (answer.status() != 200 || LoginPages.isErrorPage(answer.body())) {
        throw ProbeException.unrecognised(
            "NET did not start a session after the login (HTTP "
                + answer.status()
                + "); try again later");
      }
      if (http.cookies(base).isEmpty()) {
        throw ProbeException.unrecognised("NET set no cookies after the login; try again later");
      }
      return Result.loggedIn(http.cookies(base), LoginPages.playerName(answer.body()), card);
    }
    throw ProbeException.unrecognised("NET redirected the login too many times; try again later");
  }

  boolean withinNet(URI uri) {
    return base.getScheme().equalsIgnoreCase(String.valueOf(uri.getScheme()))
        && base.getHost().equalsIgnoreCase(String.valueOf(uri.getHost()))
        && base.getPort() == uri.getPort()
        && uri.getPath() != null
        && uri.getPath().startsWith(base.getPath().replaceAll("/$", ""));
  }
}
