package dev.probe.scraper.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.probe.core.domain.Region;
import dev.probe.scraper.net.SegaLoginSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * A fake SEGA ID login on loopback for tests: the aime gateway (international NET) or JP NET's own
 * login form with its Aime card list, with the redirects and cookies of MAIMAI-NET-PAGES §2.2–2.3.
 * One real HTTP server plays the gateway under {@code /common_auth/} and NET's login pages under
 * {@code /maimai-mobile/}. On success it issues the cookies of a linked {@link FakeNetServer} (so a
 * sync can go on with them) or cookies of its own.
 */
public final class FakeSegaServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final FakeSegaState state;

  private FakeSegaServer(FakeSegaState state) {
    this.state = state;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** International NET behind the gateway, for one SEGA ID. */
  public static FakeSegaServer intl(String segaId, String password, String playerName) {
    return new FakeSegaServer(
        new FakeSegaState(Region.INTL, segaId, password, List.of(playerName)));
  }

  /** JP NET with one player name per Aime card bound to the SEGA ID. */
  public static FakeSegaServer jp(String segaId, String password, String... cards) {
    return new FakeSegaServer(new FakeSegaState(Region.JP, segaId, password, List.of(cards)));
  }

  /** Where a login client finds this fake: every address points here. */
  public SegaLoginSettings settings() {
    URI root = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    URI base = root.resolve("maimai-mobile/");
    return new SegaLoginSettings(
        root.resolve(
            "common_auth/login?site_id=maimaidxex&redirect_url="
                + base
                + "&back_url=https://maimai.sega.com/"),
        root.resolve("common_auth/login/sid"),
        base,
        base);
  }

  /** From now on a login hands out these cookies (e.g. a fake NET's valid session). */
  public void issue(Supplier<Map<String, String>> cookies) {
    state.issued = cookies;
  }

  /** The player changes their password on SEGA's site. */
  public void changePassword(String password) {
    state.password = password;
  }

  /** The gateway asks for a one-time code after the password. */
  public void requireSecondFactor(boolean on) {
    state.secondFactor = on;
  }

  /** JP: a refused password gets the form again (200) instead of a redirect to the error page. */
  public void refuseWithForm(boolean on) {
    state.refuseWithForm = on;
  }

  /** Password posts received (right or wrong). */
  public int passwordPosts() {
    return state.passwordPosts.get();
  }

  /** Logins that reached NET's home page. */
  public int logins() {
    return state.logins.get();
  }

  /** The Aime card index chosen by the last JP login; -1 when none. */
  public int chosenCard() {
    return state.chosenCard;
  }

  /** Every request so far as {@code METHOD path?query}; bodies are never kept. */
  public List<String> requestLog() {
    synchronized (state.log) {
      return new ArrayList<>(state.log);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      FakeSegaState.Answer answer = state.answer(exchange);
      answer.cookies().forEach(c -> exchange.getResponseHeaders().add("Set-Cookie", c));
      if (answer.location() != null) {
        exchange.getResponseHeaders().set("Location", answer.location());
        exchange.sendResponseHeaders(302, -1);
        return;
      }
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        exchange.getResponseBody().write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
