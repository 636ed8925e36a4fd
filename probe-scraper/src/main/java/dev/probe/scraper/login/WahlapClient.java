package dev.probe.scraper.login;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProbeException.Kind;
import dev.probe.scraper.net.NetClient;
import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Talks to Wahlap's OAuth endpoints and NET for the sign-in, as WeChat's browser would: fetches the
 * consent link, redeems a callback's one-time code and follows NET's redirects, keeping the cookies
 * NET sets. Redirects are followed by hand so that each one is checked; values never appear in a
 * message.
 */
final class WahlapClient {

  private static final int MAX_NET_HOPS = 5;
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final WechatLoginSettings settings;
  private final HttpClient http;

  WahlapClient(WechatLoginSettings settings) {
    this.settings = settings;
    this.http = NetClient.httpClient(settings.connectTimeout());
  }

  /** WeChat's consent URL for a new sign-in, its callback turned into plain http. */
  String consentLink() {
    URI start = settings.wahlapBase().resolve(settings.authorizePath());
    HttpResponse<Void> r = get(start, "");
    String location = r.headers().firstValue("location").orElse(null);
    if (r.statusCode() / 100 != 3 || location == null) {
      throw new ProbeException(
          Kind.NET_UNAVAILABLE,
          "Wahlap's sign-in step answered HTTP " + r.statusCode() + " instead of WeChat's link.");
    }
    return ConsentLink.withPlainCallback(
        start.resolve(location).toString(), settings.callbackHost());
  }

  /**
   * Redeems the callback's one-time code over https and returns the cookies NET set on the way.
   *
   * @throws ProbeException {@code SESSION_EXPIRED} when Wahlap or NET refuse the code
   */
  Map<String, String> redeem(String rawQuery) {
    URI callback = settings.wahlapBase().resolve(settings.callbackPath() + "?" + rawQuery);
    HttpResponse<Void> r = get(callback, "");
    URI next = netRedirect(callback, r);
    Map<String, String> jar = new TreeMap<>();
    for (int hop = 0; hop < MAX_NET_HOPS; hop++) {
      r = get(next, cookieHeader(jar));
      take(jar, r);
      if (r.statusCode() / 100 != 3) {
        if (r.statusCode() != 200) {
          throw new ProbeException(
              Kind.NET_UNAVAILABLE, "NET answered the sign-in with HTTP " + r.statusCode() + ".");
        }
        return jar;
      }
      next = netRedirect(next, r);
    }
    throw new ProbeException(Kind.NET_UNAVAILABLE, "NET redirected the sign-in too many times.");
  }

  /** The redirect target, which must be a NET page other than its error and logout pages. */
  private URI netRedirect(URI from, HttpResponse<Void> r) {
    String location = r.headers().firstValue("location").orElse("");
    if (r.statusCode() / 100 != 3 || location.isBlank()) {
      throw refused("HTTP " + r.statusCode());
    }
    URI to;
    try {
      to = from.resolve(location.strip());
    } catch (IllegalArgumentException e) {
      throw refused("a malformed redirect");
    }
    URI net = settings.netBase();
    String path = to.getPath() == null ? "" : to.getPath();
    boolean onNet =
        net.getScheme().equalsIgnoreCase(String.valueOf(to.getScheme()))
            && net.getHost().equalsIgnoreCase(String.valueOf(to.getHost()))
            && net.getPort() == to.getPort()
            && path.startsWith(net.getPath());
    String rest = onNet ? path.substring(net.getPath().length()) : "";
    if (!onNet || rest.startsWith("error") || rest.startsWith("logout")) {
      throw refused("a redirect away from NET");
    }
    return to;
  }

  private static ProbeException refused(String what) {
    return new ProbeException(
        Kind.SESSION_EXPIRED,
        "Wahlap refused the WeChat sign-in ("
            + what
            + "): its one-time code was already used or has expired. Open the sign-in link in"
            + " WeChat again.");
  }

  private HttpResponse<Void> get(URI uri, String cookies) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(REQUEST_TIMEOUT)
            .header("User-Agent", settings.wechatUserAgent())
            .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .header("Accept-Language", "zh-CN,zh;q=0.9")
            .header("Upgrade-Insecure-Requests", "1");
    if (!cookies.isEmpty()) {
      b.header("Cookie", cookies);
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new ProbeException(
          Kind.NET_UNAVAILABLE,
          "Wahlap or NET could not be reached for the sign-in (" + uri.getHost() + "): try again.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProbeException(Kind.NET_UNAVAILABLE, "the sign-in was interrupted");
    }
  }

  /** Every Set-Cookie is authoritative: a new value replaces, an expired one removes. */
  private static void take(Map<String, String> jar, HttpResponse<Void> r) {
    for (String header : r.headers().allValues("set-cookie")) {
      try {
        for (HttpCookie c : HttpCookie.parse(header)) {
          if (c.getMaxAge() == 0) {
            jar.remove(c.getName());
          } else {
            jar.put(c.getName(), c.getValue());
          }
        }
      } catch (IllegalArgumentException e) {
        // not a cookie: ignore rather than guess
      }
    }
  }

  private static String cookieHeader(Map<String, String> jar) {
    StringBuilder b = new StringBuilder();
    jar.forEach((k, v) -> b.append(b.length() == 0 ? "" : "; ").append(k).append('=').append(v));
    return b.toString();
  }
}
