package dev.probe.scraper.e2e;

import dev.probe.core.application.port.in.LoginToNetCommand;
import dev.probe.core.application.port.in.NetLoginOutcome;
import dev.probe.core.application.port.in.SyncPlayerCommand;
import dev.probe.core.application.port.in.SyncReport;
import dev.probe.core.application.service.ArchivePorts;
import dev.probe.core.application.service.LoginToNetService;
import dev.probe.core.application.service.RenewingSyncService;
import dev.probe.core.application.service.SyncPlayerService;
import dev.probe.core.domain.CardChooser;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SegaCredentials;
import dev.probe.core.testing.InMemoryStore;
import dev.probe.core.testing.MutableClock;
import dev.probe.scraper.NetPageParser;
import dev.probe.scraper.fake.FakeNetServer;
import dev.probe.scraper.fake.FakeSegaServer;
import dev.probe.scraper.net.NetClient;
import dev.probe.scraper.net.NetClientSettings;
import dev.probe.scraper.net.SegaLoginClient;
import java.time.Clock;
import java.time.Duration;

/**
 * An international player who logs in with a SEGA ID at the fake gateway, whose login hands out the
 * fake NET's session, and who syncs through the renewing sync: the whole of "log in, sync, expire,
 * log in again" on loopback.
 */
final class LoginWorld implements AutoCloseable {

  static final PlayerId ME = new PlayerId("me");
  static final String SEGA_ID = "player01";
  static final String PASSWORD = "pa55-w0rd!";

  final FakeNetServer net = FakeNetServer.start();
  final FakeSegaServer sega = FakeSegaServer.intl(SEGA_ID, PASSWORD, "ＰＲＯＢＥ");
  final InMemoryStore store = new InMemoryStore();
  final MutableClock clock = MutableClock.standard();
  final LoginToNetService login;
  final RenewingSyncService sync;

  /** How many requests NET accepts after each login before the session expires; -1: forever. */
  volatile int expireAfterLogin = -1;

  LoginWorld(TestSeal seal) {
    NetClientSettings settings =
        NetClientSettings.defaults()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .withPacing(Duration.ZERO, Duration.ZERO)
            .withRetries(1, Duration.ofMillis(1));
    NetClient client = new NetClient(settings.withBase(net.base()), Clock.systemUTC(), d -> {});
    SegaLoginClient sega =
        new SegaLoginClient(settings, this.sega.settings(), Clock.systemUTC(), d -> {});
    this.sega.issue(
        () -> {
          net.expireAfter(expireAfterLogin); // NET accepts the new session
          return net.session(ME).cookies();
        });
    login = new LoginToNetService(store, store, store, sega, seal, clock);
    sync =
        new RenewingSyncService(
            new SyncPlayerService(
                new CnPagesForAnyRegion(client),
                new NetPageParser(),
                ArchivePorts.of(store),
                clock),
            login);
    store.savePlayer(new Player(ME, Region.INTL, "", ""));
  }

  NetLoginOutcome logIn(String password, boolean remember) {
    return login.logIn(
        new LoginToNetCommand(ME, new SegaCredentials(SEGA_ID, password), remember),
        CardChooser.none());
  }

  SyncReport sync() {
    net.resetCounts();
    clock.advance(Duration.ofMinutes(5));
    return sync.sync(new SyncPlayerCommand(ME));
  }

  @Override
  public void close() {
    net.close();
    sega.close();
  }
}
