package dev.probe.scraper.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake of Wahlap's WeChat OAuth endpoints on loopback (real HTTP), written from what public tools
 * show of them (docs/net-login.md): {@code /wc_auth/oauth/authorize/maimai-dx} answers 302 to
 * WeChat's consent URL whose {@code redirect_uri} is Wahlap's https callback; the callback takes
 * {@code r}, {@code t}, {@code code} and {@code state}, accepts each code once and answers 302 to
 * the fake NET's entry {@code ?t=<login token>}. A used or unknown code gets an error page (200).
 */
public final class FakeWechatOAuthServer implements AutoCloseable {

  public static final String AUTHORIZE = "/wc_auth/oauth/authorize/maimai-dx";
  public static final String CALLBACK = "/wc_auth/oauth/callback/maimai-dx";

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final FakeNetServer net;
  private final Map<String, String> codes = new ConcurrentHashMap<>(); // code → state
  private final AtomicInteger seq = new AtomicInteger();
  private final AtomicInteger callbacks = new AtomicInteger();
  private volatile String lastUserAgent = "";

  private FakeWechatOAuthServer(FakeNetServer net) {
    this.net = net;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/wc_auth/oauth/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Hands successful sign-ins to {@code net}'s entry. */
  public static FakeWechatOAuthServer start(FakeNetServer net) {
    return new FakeWechatOAuthServer(net);
  }

  /** {@code http://127.0.0.1:<port>}: where probe completes the sign-in in tests. */
  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The query WeChat appends to the callback after the player's consent: a fresh one-time code. */
  public String consentGiven() {
    int n = seq.incrementAndGet();
    String code = "0" + n + "1aBcDeFgHiJkLmN" + Long.toHexString(System.nanoTime());
    String state = "STATE" + n;
    codes.put(code, state);
    return "r=rFake" + n + "&t=24111435" + n + "&code=" + code + "&state=" + state;
  }

  /** Callbacks received so far. */
  public int callbacks() {
    return callbacks.get();
  }

  /** The User-Agent of the last callback request. */
  public String lastUserAgent() {
    return lastUserAgent;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.equals(AUTHORIZE)) {
        String callback = "https://tgk-wcaime.wahlap.com" + CALLBACK + "?r=rNew&t=1";
        redirect(
            exchange,
            "https://open.weixin.qq.com/connect/oauth2/authorize?appid=wxfake0000"
                + "&redirect_uri="
                + URLEncoder.encode(callback, StandardCharsets.UTF_8)
                + "&response_type=code&scope=snsapi_base&state=s1#wechat_redirect");
        return;
      }
      if (!path.equals(CALLBACK)) {
        page(exchange, 404, "not found");
        return;
      }
      callbacks.incrementAndGet();
      lastUserAgent = String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent"));
      Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
      String state = q.get("code") == null ? null : codes.remove(q.get("code"));
      if (state == null || !state.equals(q.get("state")) || q.get("r") == null) {
        page(exchange, 200, "<html><body><h1>授权失败</h1><p>code invalid</p></body></html>");
        return;
      }
      redirect(exchange, net.base() + "?t=" + net.loginToken());
    }
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().put("Location", List.of(location));
    exchange.sendResponseHeaders(302, -1);
  }

  private static void page(HttpExchange exchange, int status, String html) throws IOException {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    for (String p : raw == null ? new String[0] : raw.split("&")) {
      int eq = p.indexOf('=');
      if (eq > 0) {
        out.put(p.substring(0, eq), p.substring(eq + 1));
      }
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
