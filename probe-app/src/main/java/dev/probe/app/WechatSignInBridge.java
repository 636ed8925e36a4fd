package dev.probe.app;

import dev.probe.core.application.port.out.FetchNetPagePort;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;
import dev.probe.scraper.NetPageParser;
import dev.probe.scraper.login.WechatLoginProxy;
import dev.probe.scraper.login.WechatLoginSettings;
import dev.probe.web.WechatSignIn;
import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * The scraper's WeChat sign-in proxy as the web pages and the CLI see it. Owns the proxy: closing
 * the bridge stops it.
 */
final class WechatSignInBridge implements WechatSignIn, AutoCloseable {

  /** The port offered when none was chosen (the one other CN tools' proxies made familiar). */
  static final String DEFAULT_LISTEN = "8033";

  /** Points the sign-in at fake Wahlap and NET servers in tests; unset in use. */
  static final String WAHLAP_BASE_PROPERTY = "probe.wahlap.base";

  private final WechatLoginProxy proxy;
  private String listen;

  WechatSignInBridge(ArchiveServices services, FetchNetPagePort net, Clock clock, String listen) {
    this.proxy =
        new WechatLoginProxy(
            settings(), net, new NetPageParser(), services.players(), services.sessions(), clock);
    this.listen = listen == null || listen.isBlank() ? DEFAULT_LISTEN : listen.strip();
  }

  /** WeChat sign-in as it is today, or against the fakes named by system properties. */
  static WechatLoginSettings settings() {
    WechatLoginSettings s = WechatLoginSettings.defaults();
    String wahlap = System.getProperty(WAHLAP_BASE_PROPERTY, "");
    String net = System.getProperty(ArchiveServices.NET_BASE_PROPERTY, "");
    return wahlap.isBlank() || net.isBlank()
        ? s
        : s.withUpstreams(URI.create(wahlap), URI.create(net));
  }

  /**
   * Listens where {@code probe serve --login-proxy} said; the only CN player, if there is exactly
   * one, is chosen at once so a sign-in needs no click.
   */
  WechatSignIn.Status startAtLaunch(List<Player> players) {
    proxy.start(WechatLoginProxy.listenAddress(listen));
    List<Player> cn = players.stream().filter(p -> p.region() == Region.CN).toList();
    if (cn.size() == 1) {
      proxy.arm(cn.get(0).id());
    }
    return status();
  }

  @Override
  public synchronized Status start(String where, PlayerId player) {
    String spec = where == null || where.isBlank() ? listen : where.strip();
    proxy.start(WechatLoginProxy.listenAddress(spec));
    listen = spec;
    proxy.arm(player);
    return status();
  }

  @Override
  public Status stop() {
    proxy.stop();
    return status();
  }

  @Override
  public synchronized Status status() {
    WechatLoginProxy.Status s = proxy.status();
    return new Status(
        proxy.running(),
        s.state().name(),
        s.addresses(),
        s.player(),
        s.playerName(),
        s.message(),
        s.changedAt(),
        proxy.signInLink(),
        proxy.checkLink(),
        listen);
  }

  @Override
  public void close() {
    proxy.close();
  }
}
