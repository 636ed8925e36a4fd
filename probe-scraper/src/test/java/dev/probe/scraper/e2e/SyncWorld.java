package dev.probe.scraper.e2e;

import dev.probe.core.application.port.in.SyncPlayerCommand;
import dev.probe.core.application.port.in.SyncReport;
import dev.probe.core.application.service.ArchivePorts;
import dev.probe.core.application.service.ImportPagesService;
import dev.probe.core.application.service.SyncPlayerService;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;
import dev.probe.core.testing.InMemoryStore;
import dev.probe.core.testing.MutableClock;
import dev.probe.scraper.NetPageParser;
import dev.probe.scraper.fake.FakeNetServer;
import dev.probe.scraper.net.NetClient;
import dev.probe.scraper.net.NetClientSettings;
import java.time.Clock;
import java.time.Duration;

/**
 * One player, the fake NET, the real parser and NET client, the core's sync over the in-memory
 * store: everything of a sync but the real NET and the database.
 */
final class SyncWorld implements AutoCloseable {

  static final PlayerId ME = new PlayerId("me");

  final FakeNetServer net = FakeNetServer.start();
  final InMemoryStore store = new InMemoryStore();
  final MutableClock clock = MutableClock.standard();
  final NetPageParser parser = new NetPageParser();
  final SyncPlayerService sync;
  final ImportPagesService importer;

  SyncWorld() {
    this(NetClientSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)));
  }

  SyncWorld(NetClientSettings settings) {
    NetClient client =
        new NetClient(
            settings
                .withPacing(Duration.ZERO, Duration.ZERO)
                .withRetries(2, Duration.ofMillis(1))
                .withBase(net.base()),
            Clock.systemUTC(),
            d -> {});
    ArchivePorts ports = ArchivePorts.of(store);
    sync = new SyncPlayerService(client, parser, ports, clock);
    importer = new ImportPagesService(parser, ports, clock);
    store.savePlayer(new Player(ME, Region.CN, "", ""));
    store.saveSession(net.session(ME));
  }

  SyncReport sync() {
    net.resetCounts();
    clock.advance(Duration.ofMinutes(5));
    return sync.sync(new SyncPlayerCommand(ME));
  }

  /** A sync that also reads the score lists. */
  SyncReport syncWithScoreLists() {
    net.resetCounts();
    clock.advance(Duration.ofMinutes(5));
    return sync.sync(new SyncPlayerCommand(ME, true));
  }

  /** Logs in again: NET accepts requests again and the player stores the new cookies. */
  void logInAgain() {
    net.expireAfter(-1);
    store.saveSession(net.session(ME));
  }

  long plays() {
    return store.countPlays(ME);
  }

  long playsWithDetail() {
    return store
        .findPlays(ME, dev.probe.core.domain.PlayFilter.ALL, new PageRequest(1, 500))
        .items()
        .stream()
        .filter(p -> p.detail() != null)
        .count();
  }

  @Override
  public void close() {
    net.close();
  }
}
