package dev.probe.scraper.login;

import dev.probe.core.domain.Region;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything the WeChat sign-in proxy knows about NET's login flow and its own limits, in one
 * place: if Wahlap moves a host or a path, this is what changes (see {@code docs/net-login.md}).
 *
 * @param callbackHost the host of Wahlap's OAuth endpoints as the phone asks for them
 * @param authorizePath where the sign-in link starts; answered by probe with WeChat's consent URL
 *     whose {@code redirect_uri} is turned into plain http
 * @param callbackPath where WeChat sends the phone back with {@code r}, {@code t}, {@code code} and
 *     {@code state}; recognised and completed by probe
 * @param wahlapBase where probe itself completes those two steps (https in use, a fake in tests)
 * @param netBase the NET the callback must hand the session to (its host and path prefix)
 * @param checkHost a host that never resolves ({@code .invalid}); the proxy answers it with a page
 *     saying the phone's proxy setting works
 * @param requiredCookies the cookies a session must contain to count
 * @param wechatUserAgent the User-Agent of WeChat's browser, sent when completing the callback
 * @param maxConnections connections served at once; more are refused with 503
 * @param maxHeaderBytes the largest request head; larger ones are refused with 431
 * @param headerTimeout the time a client has to send a whole request head (slow clients get 408)
 * @param idleTimeout a tunnel or forwarded request silent in both directions this long is closed
 * @param connectTimeout to open a connection to a target or to Wahlap
 * @param allowLocalTargets tests only: lets the proxy reach this machine's own addresses and tunnel
 *     to any port (otherwise LAN devices could reach services bound to localhost)
 */
public record WechatLoginSettings(
    String callbackHost,
    String authorizePath,
    String callbackPath,
    URI wahlapBase,
    URI netBase,
    String checkHost,
    List<String> requiredCookies,
    String wechatUserAgent,
    int maxConnections,
    int maxHeaderBytes,
    Duration headerTimeout,
    Duration idleTimeout,
    Duration connectTimeout,
    boolean allowLocalTargets) {

  /** WeChat's in-app browser on Windows, as the tools that complete this callback send it. */
  public static final String WECHAT_USER_AGENT =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/81.0.4044.138 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B)"
          + " WindowsWechat(0x6307001e)";

  public WechatLoginSettings {
    Objects.requireNonNull(callbackHost, "callbackHost");
    Objects.requireNonNull(checkHost, "checkHost");
    Objects.requireNonNull(wechatUserAgent, "wechatUserAgent");
    requirePath(authorizePath);
    requirePath(callbackPath);
    Objects.requireNonNull(wahlapBase, "wahlapBase");
    if (netBase == null || !netBase.getPath().endsWith("/")) {
      throw new IllegalArgumentException("netBase must end in '/': " + netBase);
    }
    requiredCookies = List.copyOf(requiredCookies);
    if (maxConnections < 1 || maxHeaderBytes < 256) {
      throw new IllegalArgumentException("at least 1 connection and 256 header bytes");
    }
    for (Duration d : List.of(headerTimeout, idleTimeout, connectTimeout)) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("timeouts must be positive");
      }
    }
  }

  /** NET China as it is today: 64 connections, 16 KiB heads, 10 s to send one, 60 s idle. */
  public static WechatLoginSettings defaults() {
    return new WechatLoginSettings(
        "tgk-wcaime.wahlap.com",
        "/wc_auth/oauth/authorize/maimai-dx",
        "/wc_auth/oauth/callback/maimai-dx",
        URI.create("https://tgk-wcaime.wahlap.com"),
        Region.CN.netBase(),
        "probe.invalid",
        List.of("userId", "_t"),
        WECHAT_USER_AGENT,
        64,
        16 * 1024,
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        Duration.ofSeconds(10),
        false);
  }

  /** Completes sign-ins against other servers (fakes on loopback) and lets tests reach them. */
  public WechatLoginSettings withUpstreams(URI wahlap, URI net) {
    return new WechatLoginSettings(
        callbackHost,
        authorizePath,
        callbackPath,
        wahlap,
        net,
        checkHost,
        requiredCookies,
        wechatUserAgent,
        maxConnections,
        maxHeaderBytes,
        headerTimeout,
        idleTimeout,
        connectTimeout,
        true);
  }

  public WechatLoginSettings withLimits(
      int connections, int headerBytes, Duration header, Duration idle) {
    return new WechatLoginSettings(
        callbackHost,
        authorizePath,
        callbackPath,
        wahlapBase,
        netBase,
        checkHost,
        requiredCookies,
        wechatUserAgent,
        connections,
        headerBytes,
        header,
        idle,
        connectTimeout,
        allowLocalTargets);
  }

  /** The link the player opens in WeChat (plain http, so it reaches the proxy). */
  public String signInLink() {
    return "http://" + callbackHost + authorizePath;
  }

  private static void requirePath(String path) {
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("a path starts with '/': " + path);
    }
  }
}
