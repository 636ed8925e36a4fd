package dev.probe.scraper.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fake maimai DX NET (CN) on loopback for tests: a real HTTP server that serves the real CN
 * record page and synthetic playerData, detail and album pages for a player whose plays the test
 * adds. Like NET it rotates the {@code _t} cookie on every response and refuses a stale one; the
 * test can expire the session after N requests, switch on maintenance or a firewall challenge, cut
 * bodies short, slow every answer down, and count the requests per path.
 */
public final class FakeNetServer implements AutoCloseable {

  /** The path every page lives under, as on NET. */
  public static final String ROOT = "/maimai-mobile/";

  static {
    // Without it, headers and body leave in two packets and loopback waits for a delayed ACK.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final FakeNetState state = new FakeNetState();

  private FakeNetServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(ROOT, this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public static FakeNetServer start() {
    return new FakeNetServer();
  }

  /** {@code http://127.0.0.1:<port>/maimai-mobile/}: give it to the client as its base. */
  public URI base() {
    return URI.create(
        "http://"
            + server.getAddress().getHostString()
            + ":"
            + server.getAddress().getPort()
            + ROOT);
  }

  /** A session NET accepts right now (the current {@code userId} and {@code _t}). */
  public NetSession session(PlayerId player) {
    return new NetSession(player, Region.CN, state.validCookies(), Instant.EPOCH);
  }

  /** The player plays {@code count} more tracks (4 per credit), one every 3 minutes. */
  public void play(int count) {
    state.play(count);
  }

  /** NET's total play counter (credits). */
  public int counter() {
    return state.counter();
  }

  public List<FakePlay> plays() {
    return state.plays();
  }

  /**
   * A one-time login token: {@code <base>?t=<token>} sets a new session ({@code userId}, {@code
   * _t}) and redirects to home, as NET's entry does after Wahlap's WeChat callback.
   */
  public String loginToken() {
    return state.loginToken();
  }

  /** The session expires once {@code requests} more requests have been answered. */
  public void expireAfter(int requests) {
    state.expireAfter(requests);
  }

  /** When expired, answer with NET's error page (200) instead of a redirect to it. */
  public void expireWithErrorPage(boolean on) {
    state.expireWithErrorPage = on;
  }

  public void maintenance(boolean on) {
    state.maintenance = on;
  }

  /** Answer every page with a firewall's challenge. */
  public void blocked(boolean on) {
    state.blocked = on;
  }

  /** The next {@code times} answers for {@code path} (e.g. {@code record/}) are cut short. */
  public void truncateNext(String path, int times) {
    state.truncate.put(path, times);
  }

  /** Every answer waits this long first. */
  public void delay(Duration delay) {
    state.delay = delay;
  }

  /** Requests received for {@code path} (without query), e.g. {@code record/playlogDetail/}. */
  public int requests(String path) {
    return state.counts.getOrDefault(path, 0);
  }

  public int totalRequests() {
    return state.counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Every request so far, as {@code path?query}. */
  public List<String> requestLog() {
    synchronized (state.log) {
      return new ArrayList<>(state.log);
    }
  }

  /** The request headers of the last request, cookie values masked. */
  public Map<String, String> lastHeaders() {
    return Map.copyOf(state.lastHeaders);
  }

  public void resetCounts() {
    state.counts.clear();
    synchronized (state.log) {
      state.log.clear();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      FakeNetState.Answer answer = state.answer(exchange);
      if (!answer.delay().isZero()) {
        try {
          Thread.sleep(answer.delay().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      answer.headers().forEach((k, v) -> v.forEach(x -> exchange.getResponseHeaders().add(k, x)));
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      if (answer.status() == 302) {
        exchange.sendResponseHeaders(302, -1);
        return;
      }
      if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      }
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, answer.truncated() ? body.length / 2 : body.length);
        out.flush();
      }
    } catch (IOException e) {
      // a body cut short on purpose ends the exchange with an error: that is the point
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
