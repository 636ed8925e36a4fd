package dev.probe.app;

import dev.probe.core.application.port.in.SyncPlayerUseCase;
import dev.probe.core.application.port.out.FetchNetPagePort;
import dev.probe.core.application.port.out.RememberedLoginStorePort;
import dev.probe.core.application.service.ArchivePorts;
import dev.probe.core.application.service.ImportPagesService;
import dev.probe.core.application.service.LoginToNetService;
import dev.probe.core.application.service.ManageNetSessionService;
import dev.probe.core.application.service.ManagePlayersService;
import dev.probe.core.application.service.RenewingSyncService;
import dev.probe.core.application.service.ReparsePagesService;
import dev.probe.core.application.service.SyncPlayerService;
import dev.probe.core.application.service.WatchedArchive;
import dev.probe.scraper.NetPageParser;
import dev.probe.scraper.net.NetClient;
import dev.probe.scraper.net.NetClientSettings;
import dev.probe.scraper.net.SegaLoginClient;
import dev.probe.store.PostgresArchive;
import java.net.URI;
import java.time.Clock;
import java.util.Map;

/**
 * The archiving use cases over an opened archive, built with plain constructors: the one place
 * where NET client, parsers and store meet for sync, import, reparse and the session.
 */
final class ArchiveServices {

  private final WatchedArchive watched;
  private final ArchivePorts ports;
  private final RememberedLoginStorePort logins;
  private final Clock clock;
  private final NetPageParser parser = new NetPageParser();

  ArchiveServices(PostgresArchive archive, Clock clock) {
    this.watched = WatchedArchive.of(archive.ports());
    this.ports = watched.ports(); // every write below is counted, for views kept until one
    this.logins = archive.rememberedLogins();
    this.clock = clock;
  }

  ArchivePorts ports() {
    return ports;
  }

  /** The ports with the count of completed writes that cached views are kept by. */
  WatchedArchive watched() {
    return watched;
  }

  /** Points every region at another NET-like server (a fake NET in tests); unset in use. */
  static final String NET_BASE_PROPERTY = "probe.net.base";

  /** The polite NET client with the configured pause between requests. */
  static FetchNetPagePort netClient(AppConfig config) {
    NetClientSettings settings = politeSettings(config);
    String base = System.getProperty(NET_BASE_PROPERTY, "");
    if (!base.isBlank()) {
      settings = settings.withBase(URI.create(base));
    }
    return new NetClient(settings, Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));
  }

  private static NetClientSettings politeSettings(AppConfig config) {
    // up to half the pause again at random, so requests do not tick like a metronome
    return NetClientSettings.defaults()
        .withPacing(config.netDelay(), config.netDelay().dividedBy(2));
  }

  /**
   * The SEGA ID login: the same pacing as syncs, the addresses from {@link LoginSites}, kept logins
   * sealed with the key of {@link SecretKeyFile}.
   */
  LoginToNetService login(AppConfig config, Map<String, String> environment) {
    SegaLoginClient client =
        new SegaLoginClient(
            politeSettings(config),
            LoginSites.from(environment),
            Clock.systemUTC(),
            d -> Thread.sleep(d.toMillis()));
    AesGcmSeal seal = new AesGcmSeal(new SecretKeyFile(config.home(), environment));
    return new LoginToNetService(ports.players(), ports.sessions(), logins, client, seal, clock);
  }

  /** A sync that logs in once with a kept login when NET refuses the session. */
  SyncPlayerUseCase renewingSync(FetchNetPagePort net, LoginToNetService login) {
    return new RenewingSyncService(sync(net), login);
  }

  SyncPlayerService sync(FetchNetPagePort net) {
    return new SyncPlayerService(net, parser, ports, clock);
  }

  ImportPagesService importPages() {
    return new ImportPagesService(parser, ports, clock);
  }

  ReparsePagesService reparse() {
    return new ReparsePagesService(parser, ports, clock);
  }

  ManagePlayersService players() {
    return new ManagePlayersService(ports.players(), ports.transactions());
  }

  ManageNetSessionService sessions() {
    return new ManageNetSessionService(ports.players(), ports.sessions(), logins, clock);
  }
}
