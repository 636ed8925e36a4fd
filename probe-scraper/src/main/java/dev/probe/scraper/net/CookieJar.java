package dev.probe.scraper.net;

import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.Map;

/**
 * One fetch's cookies: starts from the session and takes every {@code Set-Cookie} NET sends, even
 * from an answer whose body then fails, so that a retry carries the newest cookie.
 */
final class CookieJar {

  private Map<String, String> cookies;

  CookieJar(Map<String, String> cookies) {
    this.cookies = Map.copyOf(cookies);
  }

  synchronized void take(HttpHeaders headers, Instant now) {
    cookies = Map.copyOf(SetCookies.apply(cookies, headers.allValues("set-cookie"), now));
  }

  synchronized Map<String, String> cookies() {
    return cookies;
  }

  @Override
  public String toString() {
    return "CookieJar" + cookies.keySet();
  }
}
