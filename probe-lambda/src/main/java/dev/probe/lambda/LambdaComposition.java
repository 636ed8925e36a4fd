package dev.probe.lambda;

import com.zaxxer.hikari.HikariDataSource;
import dev.probe.core.application.service.ArchivePorts;
import dev.probe.core.application.service.ImportPagesService;
import dev.probe.scraper.NetPageParser;
import dev.probe.store.PostgresArchive;
import dev.probe.web.ProbeWeb;
import dev.probe.web.SyncEvents;
import dev.probe.web.SyncSupport;
import dev.probe.web.WebApplication;
import dev.probe.web.WebConfig;
import dev.probe.web.WebRequest;
import dev.probe.web.WebUseCases;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The function's own composition root, built once per execution environment from its environment
 * variables: a tiny connection pool to the external PostgreSQL (never migrated from here: run
 * {@code probe migrate} against it), the store, the core's services, the page parser for pushes and
 * the web application. Syncing from NET is not wired: a cloud function cannot reach NET.
 *
 * <p>Nothing here waits for the database or fails when it is down: the pool connects in the
 * background, requests answer 503 while it is unreachable, and the next request after it is back is
 * served.
 */
final class LambdaComposition {
  private static LambdaComposition shared;

  private final LambdaConfig config;
  private final WebApplication application;
  private final DatabaseFuse fuse;
  private final SnapStartPriming priming;

  private LambdaComposition(
      LambdaConfig config,
      WebApplication application,
      DatabaseFuse fuse,
      SnapStartPriming priming) {
    this.config = config;
    this.application = application;
    this.fuse = fuse;
    this.priming = priming;
  }

  /** The one composition of this execution environment (both handler kinds share it). */
  static synchronized LambdaComposition shared() {
    if (shared == null) {
      shared = fromEnvironment(System.getenv(), Clock.systemUTC());
    }
    return shared;
  }

  static LambdaComposition fromEnvironment(Map<String, String> env, Clock clock) {
    LambdaConfig config = LambdaConfig.fromEnvironment(env);
    HikariDataSource pool = LambdaPool.open(config);
    DatabaseFuse fuse = new DatabaseFuse(pool);
    PostgresArchive archive = new PostgresArchive(fuse);
    ArchivePorts ports = archive.ports();
    WebConfig web =
        WebConfig.of(config.ownerToken())
            .withBasePath(config.basePath())
            .withPublicReads(config.publicReads())
            .withMaxUploadBytes(config.maxPushBytes())
            .withClock(clock);
    WebApplication application =
        ProbeWeb.builder(web)
            .useCases(WebUseCases.over(ports, clock))
            .sync(
                SyncSupport.importOnly(
                    new ImportPagesService(new NetPageParser(), ports, clock), new SyncEvents()))
            .build();
    SnapStartPriming priming =
        new SnapStartPriming(() -> application.handle(primingRequest(config)), pool).register();
    return new LambdaComposition(config, application, fuse, priming);
  }

  /** The dashboard as its JSON twin, asked with the owner's token. */
  private static WebRequest primingRequest(LambdaConfig config) {
    return new WebRequest(
        "GET",
        "/api/dashboard",
        Map.of(),
        Map.of(
            "authorization", List.of("Bearer " + config.ownerToken()),
            "accept-encoding", List.of("gzip")),
        Map.of(),
        new byte[0],
        "https",
        "localhost",
        "");
  }

  LambdaConfig config() {
    return config;
  }

  WebApplication application() {
    return application;
  }

  DatabaseFuse fuse() {
    return fuse;
  }

  SnapStartPriming priming() {
    return priming;
  }
}
