package dev.probe.app;

import dev.probe.core.application.service.ArchivePorts;
import dev.probe.web.ProbeWeb;
import dev.probe.web.SyncEvents;
import dev.probe.web.SyncSupport;
import dev.probe.web.WebApplication;
import dev.probe.web.WebConfig;
import dev.probe.web.WebUseCases;
import dev.probe.web.javalin.JavalinServer;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probe serve}: the archive in the browser, with sync and import, until stopped. */
@Command(
    name = "serve",
    description = "Serve the web application on this machine (Ctrl-C stops it).")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand ProbeCli probe;
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      description = "Port to listen on (default PROBE_PORT or 8080; 0 = any free).")
  Integer port;

  @Option(
      names = "--demo",
      description = "Fill an empty archive with a synthetic demo player first.")
  boolean demo;

  @Option(
      names = "--login-proxy",
      paramLabel = "[HOST:]PORT",
      description = {
        "Also listen as China's WeChat sign-in proxy (off by default; the settings page can",
        "switch it on too). A port alone listens on every network of this machine."
      })
  String loginProxy;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    AppConfig config = probe.config();
    Clock clock = probe.clock();
    ArchiveSession session = ArchiveSession.open(probe);
    ExecutorService background = Executors.newSingleThreadExecutor(r -> daemon(r, "probe-sync"));
    JavalinServer server;
    WechatSignInBridge wechat = null;
    try {
      ArchiveServices services = new ArchiveServices(session.archive(), clock);
      ArchivePorts ports = services.ports();
      var imports = services.importPages();
      var net = ArchiveServices.netClient(config);
      var login = services.login(config, probe.environment());
      var sync = services.renewingSync(net, login);
      wechat = new WechatSignInBridge(services, net, clock, loginProxy);
      // Views are kept in memory only where this process makes every write: its own embedded
      // database. Another writer to an external database would leave them stale.
      WebUseCases useCases =
          (config.embeddedDatabase()
                  ? WebUseCases.cached(services.watched(), clock)
                  : WebUseCases.over(ports, clock))
              .withNetSession(services.sessions()); // it knows the kept SEGA ID logins
      if (demo) {
        int plays =
            new DemoArchive(useCases.players(), imports, ports.catalog(), clock).fillIfEmpty();
        out.println(
            plays > 0
                ? "Demo archive filled: player 'demo' with " + plays + " synthetic plays."
                : "The archive already has players; --demo left it as it is.");
      }
      OwnerToken token = OwnerToken.loadOrCreate(config.home());
      WebConfig web =
          WebConfig.of(token.value())
              .withBasePath(config.basePath())
              .withPublicReads(config.publicReads())
              .withCompressors(JavalinServer.optionalCompressors())
              .withClock(clock);
      SyncEvents events = new SyncEvents();
      SyncSupport support = SyncSupport.full(imports, sync, background, events);
      WebApplication app =
          ProbeWeb.builder(web)
              .useCases(useCases)
              .sync(support)
              .netLogin(login)
              .wechatSignIn(wechat)
              .build();
      JavalinServer.Options options =
          JavalinServer.Options.of(web.maxUploadBytes() + 1024 * 1024)
              .withEvents(events, config.basePath());
      if (config.syncEvery().isPresent()) {
        Duration every = config.syncEvery().get();
        // a player's scheduled sync never overlaps a running one, and a dead session is skipped
        options =
            options.withSchedule(
                new ScheduledSync(useCases.players(), useCases.netSession(), support, events),
                every);
      }
      server =
          new JavalinServer(app, options).start(config.host(), port != null ? port : config.port());
      out.println(
          "probe is serving http://"
              + displayHost(config.host())
              + ":"
              + server.port()
              + config.basePath()
              + "/");
      if (loginProxy != null) {
        var status = wechat.startAtLaunch(useCases.players().listPlayers());
        out.println(
            "WeChat sign-in proxy listening: set the phone's Wi-Fi proxy to "
                + String.join(" or ", status.addresses())
                + ", then follow /settings/wechat.");
      }
      if (token.created()) {
        out.println("Owner token (shown this once; it is also in " + token.file() + "):");
        out.println("  " + token.value());
      } else {
        out.println("Sign in with the owner token kept in " + token.file());
      }
      out.flush();
    } catch (RuntimeException e) {
      if (wechat != null) {
        wechat.close();
      }
      background.shutdownNow();
      session.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    JavalinServer running = server;
    WechatSignInBridge signIn = wechat;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.close();
                  signIn.close();
                  background.shutdownNow();
                  session.close();
                  stopped.countDown();
                },
                "probe-serve-stop"));
    stopped.await();
    return 0;
  }

  private static String displayHost(String host) {
    return host.equals("0.0.0.0") || host.isEmpty()
        ? "localhost"
        : host.contains(":") ? "[" + host + "]" : host;
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
