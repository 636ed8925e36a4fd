package dev.probe.web.javalin;

import dev.probe.web.SyncEvents;
import dev.probe.web.WebApplication;
import dev.probe.web.WebRequest;
import dev.probe.web.WebResponse;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local server: every request goes to probe-web's {@link WebApplication} unchanged. It adds
 * only what a long-running process can do: live sync progress as server-sent events, and a sync
 * every N minutes when asked to.
 */
public final class JavalinServer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(JavalinServer.class.getName());
  private static final HandlerType[] METHODS = {
    HandlerType.GET,
    HandlerType.HEAD,
    HandlerType.POST,
    HandlerType.PUT,
    HandlerType.PATCH,
    HandlerType.DELETE,
    HandlerType.OPTIONS
  };

  /**
   * How the server runs.
   *
   * @param maxRequestBytes the largest body Jetty reads (keep it above the app's upload limit so
   *     the app's own 413 message is what clients see)
   * @param basePath the configured base path, for the event stream's second address
   * @param events where running syncs publish progress; null for no event stream
   * @param scheduledSync what to run on the schedule; null for none
   * @param syncEvery how often (at least a minute)
   * @param scheduler what runs the schedule: a thread of its own unless a test passes its own
   */
  public record Options(
      long maxRequestBytes,
      String basePath,
      SyncEvents events,
      Runnable scheduledSync,
      Duration syncEvery,
      Scheduler scheduler) {
    public static Options of(long maxRequestBytes) {
      return new Options(maxRequestBytes, "", null, null, Duration.ZERO, Scheduler.THREAD);
    }

    public Options withEvents(SyncEvents e, String base) {
      return new Options(maxRequestBytes, base, e, scheduledSync, syncEvery, scheduler);
    }

    /** Runs {@code sync} every {@code every}, each round after the previous one has ended. */
    public Options withSchedule(Runnable sync, Duration every) {
      return new Options(maxRequestBytes, basePath, events, sync, every, scheduler);
    }

    public Options withScheduler(Scheduler s) {
      return new Options(maxRequestBytes, basePath, events, scheduledSync, syncEvery, s);
    }
  }

  /** Runs a task again and again, {@code period} after each run ended; stopped by closing. */
  public interface Scheduler {
    /** One daemon thread: a round can never start while the one before is still running. */
    Scheduler THREAD =
        (period, task) -> {
          ScheduledExecutorService s =
              Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "probe-scheduled-sync"));
          long ms = period.toMillis();
          s.scheduleWithFixedDelay(task, ms, ms, TimeUnit.MILLISECONDS);
          return s::shutdownNow;
        };

    AutoCloseable every(Duration period, Runnable task);
  }

  private final Javalin javalin;
  private final AutoCloseable schedule;
  private final EventStream streams = new EventStream();

  private static final Duration MIN_PERIOD = Duration.ofMinutes(1);

  public JavalinServer(WebApplication app, Options options) {
    this.javalin =
        Javalin.create(
            cfg -> {
              cfg.http.compressionStrategy = CompressionStrategy.NONE; // probe-web compresses
              cfg.http.maxRequestSize = options.maxRequestBytes();
              cfg.startup.showJavalinBanner = false;
              if (options.events() != null) {
                for (String p : eventPaths(options.basePath())) {
                  cfg.routes.before(p, ctx -> guardEvents(app, ctx));
                  cfg.routes.sse(p, client -> streams.open(client, options.events()));
                }
              }
              for (HandlerType m : METHODS) {
                cfg.routes.addHttpHandler(m, "/", ctx -> serve(app, ctx));
                cfg.routes.addHttpHandler(m, "/<path>", ctx -> serve(app, ctx));
              }
            });
    if (options.scheduledSync() != null && !options.syncEvery().isZero()) {
      Duration every =
          options.syncEvery().compareTo(MIN_PERIOD) < 0 ? MIN_PERIOD : options.syncEvery();
      schedule = options.scheduler().every(every, () -> runQuietly(options.scheduledSync()));
    } else {
      schedule = null;
    }
  }

  /**
   * The encoders this process can offer beside gzip: brotli when brotli4j is on the class path. Put
   * them in {@code WebConfig.withCompressors} when building the application.
   */
  public static List<dev.probe.web.BodyCompressor> optionalCompressors() {
    return OptionalBrotli.available();
  }

  public JavalinServer start(String host, int port) {
    javalin.start(host, port);
    return this;
  }

  public int port() {
    return javalin.port();
  }

  /** The Javalin instance, for Javalin's own test tools. */
  public Javalin javalin() {
    return javalin;
  }

  @Override
  public void close() {
    if (schedule != null) {
      try {
        schedule.close();
      } catch (Exception e) {
        LOG.log(System.Logger.Level.WARNING, "stopping the sync schedule: " + e.getMessage());
      }
    }
    streams.closeAll();
    javalin.stop();
  }

  private static void serve(WebApplication app, Context ctx) {
    ContextMapping.respond(app.handle(ContextMapping.request(ctx)), ctx);
  }

  /** The stream is as private as the sync page: the app decides, through that page's JSON twin. */
  private static void guardEvents(WebApplication app, Context ctx) {
    WebRequest asked = ContextMapping.request(ctx);
    WebRequest probe =
        new WebRequest(
            "GET",
            "/api/sync",
            Map.of(),
            asked.headers(),
            asked.cookies(),
            new byte[0],
            asked.scheme(),
            asked.host(),
            asked.basePath());
    WebResponse answer = app.handle(probe);
    if (answer.status() != 200) {
      ContextMapping.respond(answer, ctx);
      ctx.skipRemainingHandlers();
    }
  }

  private static List<String> eventPaths(String basePath) {
    String p = "/api/sync/events";
    return basePath == null || basePath.isEmpty() ? List.of(p) : List.of(p, basePath + p);
  }

  private static void runQuietly(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "scheduled sync failed: " + e.getMessage());
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
