package dev.probe.scraper.net;

import dev.probe.core.application.port.out.FetchNetPagePort;
import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProbeException.Kind;
import dev.probe.core.domain.RawPage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches NET pages with a player's session over {@code java.net.http}. One request at a time, at
 * least {@link NetClientSettings#minInterval()} apart; the session's cookies go out with each
 * request and every {@code Set-Cookie} NET answers is merged into the returned session. Network
 * faults and 5xx are retried with backoff; an expired session, maintenance or a block never is.
 * Redirects are followed only within NET; cookie values never appear in messages.
 */
public final class NetClient implements FetchNetPagePort {

  /** How the client waits; tests pass one that does not really sleep. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private static final int MAX_HOPS = 3;

  private final NetClientSettings settings;
  private final Clock clock;
  private final Pacer pacer;
  private final HttpClient http;

  public NetClient(NetClientSettings settings, Clock clock, Sleeper sleeper) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.pacer = new Pacer(settings, clock, sleeper);
    this.http = httpClient(settings.connectTimeout());
  }

  /**
   * The HTTP client every conversation with NET, its login gateways and Wahlap uses: redirects are
   * never followed by the client, because each hop must be looked at (a redirect to a login page or
   * an error page is an answer, not a page to parse).
   */
  public static HttpClient httpClient(java.time.Duration connectTimeout) {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(connectTimeout)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /** The real thing: default settings, the system clock, real sleeping. */
  public NetClient() {
    this(NetClientSettings.defaults(), Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));
  }

  @Override
  public Fetched fetch(NetSession session, String path) {
    Objects.requireNonNull(session, "session");
    URI base = settings.baseFor(session.region());
    URI uri = NetRequests.resolve(base, path);
    CookieJar jar = new CookieJar(session.cookies());
    for (int hop = 0; ; hop++) {
      HttpResponse<byte[]> response = sendWithRetries(session, base, uri, jar, path);
      int status = response.statusCode();
      if (status >= 300 && status < 400) {
        uri =
            NetAnswers.followableRedirect(
                base, uri, response.headers().firstValue("location").orElse(null), path);
        if (hop + 1 >= MAX_HOPS) {
          throw new ProbeException(
              Kind.NET_UNAVAILABLE, "NET redirected " + path + " too many times; try later.");
        }
        continue;
      }
      if (status == 403 || status == 429) {
        throw NetAnswers.blocked(path, "HTTP " + status);
      }
      if (status != 200) {
        throw new ProbeException(
            Kind.NET_ERROR, "NET answered " + path + " with HTTP " + status + ".");
      }
      byte[] body = response.body();
      boolean image = response.headers().firstValue("content-type").orElse("").startsWith("image/");
      if (!image || body.length == 0) {
        NetAnswers.checkNotBlocked(path, body); // a photo is an image, not a NET page
      }
      URI canonical = session.region().netBase().resolve(base.relativize(uri));
      NetSession updated =
          new NetSession(session.player(), session.region(), jar.cookies(), clock.instant());
      return new Fetched(new RawPage(canonical, clock.instant(), body), updated);
    }
  }

  /** Sends one request, retrying network faults and 5xx (except maintenance) with backoff. */
  private HttpResponse<byte[]> sendWithRetries(
      NetSession session, URI base, URI uri, CookieJar jar, String path) {
    return pacer.send(
        () -> {
          HttpResponse<byte[]> response =
              send(NetRequests.build(session.region(), base, uri, jar.cookies(), settings), jar);
          if (NetAnswers.isMaintenance(response.statusCode(), response.body())) {
            throw NetAnswers.maintenance(path);
          }
          return response;
        },
        HttpResponse::statusCode,
        fault ->
            new ProbeException(
                Kind.NET_UNAVAILABLE,
                "NET could not be reached for "
                    + path
                    + " ("
                    + fault
                    + "): check the connection and try again later."));
  }

  /** Sends and waits at most the read timeout for the whole body. */
  private HttpResponse<byte[]> send(java.net.http.HttpRequest request, CookieJar jar)
      throws IOException, TimeoutException {
    HttpResponse.BodyHandler<byte[]> handler =
        info -> {
          jar.take(info.headers(), clock.instant()); // before the body, which may fail
          return HttpResponse.BodySubscribers.ofByteArray();
        };
    CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, handler);
    try {
      return future.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw e;
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ProbeException(Kind.NET_UNAVAILABLE, "the sync was interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("request failed", e.getCause());
    }
  }

  @Override
  public String toString() {
    return "NetClient[" + settings + "]";
  }
}
