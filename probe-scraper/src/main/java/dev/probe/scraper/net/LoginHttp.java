package dev.probe.scraper.net;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProbeException.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The requests of one login: a cookie jar per site (so the gateway's cookies never reach NET and
 * the other way round), no automatic redirects, polite pacing, and retries with backoff for network
 * faults and 5xx only. Nothing here logs; messages name steps, never values.
 */
final class LoginHttp {

  /** One answer. */
  record Answer(int status, URI uri, String location, String body) {
    boolean redirect() {
      return status >= 300 && status < 400 && location != null;
    }

    /** The redirect's target, resolved against the address that answered. */
    URI target() {
      try {
        return uri.resolve(location.trim());
      } catch (IllegalArgumentException e) {
        throw ProbeException.unrecognised("the login answered with a malformed redirect");
      }
    }
  }

  private final NetClientSettings settings;
  private final Clock clock;
  private final Pacer pacer;
  private final HttpClient http;
  private final Map<String, Map<String, String>> jars = new HashMap<>();

  LoginHttp(NetClientSettings settings, Clock clock, NetClient.Sleeper sleeper) {
    this.settings = settings;
    this.clock = clock;
    this.pacer = new Pacer(settings, clock, sleeper);
    this.http = NetClient.httpClient(settings.connectTimeout());
  }

  Answer get(URI uri, URI referer, String step) {
    return send(uri, null, referer, step);
  }

  Answer post(URI uri, Map<String, String> form, URI referer, String step) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(uri, body, referer, step);
  }

  /** The cookies the host of {@code uri} has set so far. */
  Map<String, String> cookies(URI uri) {
    return Map.copyOf(jars.getOrDefault(host(uri), Map.of()));
  }

  private Answer send(URI uri, String form, URI referer, String step) {
    HttpResponse<String> response =
        pacer.send(
            () -> {
              HttpResponse<String> r = exchange(uri, form, referer);
              take(uri, r.headers().allValues("set-cookie"));
              if (NetAnswers.isMaintenance(r.statusCode(), bytes(r.body()))) {
                throw new ProbeException(
                    Kind.MAINTENANCE,
                    "NET is in maintenance (at the " + step + "): try again later.");
              }
              return r;
            },
            HttpResponse::statusCode,
            fault ->
                new ProbeException(
                    Kind.NET_UNAVAILABLE,
                    "The SEGA ID login could not reach "
                        + uri.getHost()
                        + " at the "
                        + step
                        + " ("
                        + fault
                        + "): check the connection and try again later."));
    return new Answer(
        response.statusCode(),
        uri,
        response.headers().firstValue("location").orElse(null),
        response.body() == null ? "" : response.body());
  }

  private HttpResponse<String> exchange(URI uri, String form, URI referer) throws IOException {
    try {
      return http.send(request(uri, form, referer), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProbeException(Kind.NET_UNAVAILABLE, "the login was interrupted");
    }
  }

  private static byte[] bytes(String body) {
    return body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
  }

  private HttpRequest request(URI uri, String form, URI referer) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(settings.readTimeout())
            .header("User-Agent", settings.userAgent())
            .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .header("Accept-Language", "ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7");
    if (referer != null) {
      b.header("Referer", referer.toString());
    }
    Map<String, String> jar = jars.getOrDefault(host(uri), Map.of());
    if (!jar.isEmpty()) {
      b.header("Cookie", NetRequests.cookieHeader(jar));
    }
    if (form == null) {
      b.GET();
    } else {
      b.header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
    }
    return b.build();
  }

  private void take(URI uri, List<String> setCookies) {
    String host = host(uri);
    jars.put(
        host, SetCookies.apply(jars.getOrDefault(host, Map.of()), setCookies, clock.instant()));
  }

  /**
   * The jar a request uses: its host and first path segment, so the gateway ({@code /common_auth})
   * and NET ({@code /maimai-mobile}) keep apart even where they share a host, as in tests.
   */
  private static String host(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    int second = path.indexOf('/', 1);
    String site = second < 0 ? path : path.substring(0, second);
    return (uri.getHost() + ":" + uri.getPort() + site).toLowerCase(Locale.ROOT);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "LoginHttp" + jars.keySet();
  }
}
