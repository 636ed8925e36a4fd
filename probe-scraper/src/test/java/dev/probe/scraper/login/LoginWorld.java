package dev.probe.scraper.login;

import dev.probe.core.application.service.ArchivePorts;
import dev.probe.core.application.service.ManageNetSessionService;
import dev.probe.core.application.service.ManagePlayersService;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;
import dev.probe.core.testing.InMemoryStore;
import dev.probe.scraper.NetPageParser;
import dev.probe.scraper.fake.FakeNetServer;
import dev.probe.scraper.fake.FakeWechatOAuthServer;
import dev.probe.scraper.net.NetClient;
import dev.probe.scraper.net.NetClientSettings;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;

/**
 * A fake NET, a fake Wahlap OAuth and an in-memory archive with one CN player, and the sign-in
 * proxy on loopback between a test's phone and them.
 */
final class LoginWorld implements AutoCloseable {

  static final PlayerId ME = new PlayerId("me");

  final FakeNetServer net = FakeNetServer.start();
  final FakeWechatOAuthServer wechat = FakeWechatOAuthServer.start(net);
  final InMemoryStore store = new InMemoryStore();
  final WechatLoginSettings settings;
  final WechatLoginProxy proxy;
  final InetSocketAddress address;

  LoginWorld() {
    this(s -> s);
  }

  LoginWorld(java.util.function.UnaryOperator<WechatLoginSettings> tune) {
    settings =
        tune.apply(
            WechatLoginSettings.defaults()
                .withUpstreams(wechat.base(), net.base())
                .withLimits(8, 4096, Duration.ofSeconds(2), Duration.ofSeconds(2)));
    NetClient client =
        new NetClient(
            NetClientSettings.defaults()
                .withPacing(Duration.ZERO, Duration.ZERO)
                .withRetries(0, Duration.ofMillis(1))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .withBase(net.base()),
            Clock.systemUTC(),
            d -> {});
    ArchivePorts ports = ArchivePorts.of(store);
    store.savePlayer(new Player(ME, Region.CN, "", ""));
    proxy =
        new WechatLoginProxy(
            settings,
            client,
            new NetPageParser(),
            new ManagePlayersService(ports.players(), ports.transactions()),
            new ManageNetSessionService(ports.players(), ports.sessions(), Clock.systemUTC()),
            Clock.systemUTC());
    address = proxy.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
  }

  /** What WeChat's browser asks the proxy for after the player's consent. */
  String callbackUrl(String consent) {
    return "http://tgk-wcaime.wahlap.com/wc_auth/oauth/callback/maimai-dx?" + consent;
  }

  @Override
  public void close() {
    proxy.close();
    wechat.close();
    net.close();
  }
}
