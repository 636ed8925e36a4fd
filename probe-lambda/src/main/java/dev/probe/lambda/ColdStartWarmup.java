package dev.probe.lambda;

import dev.probe.web.WebApplication;
import dev.probe.web.WebRequest;
import java.util.List;
import java.util.Map;

/**
 * Loads, on a second thread during the cold start, what the first request needs of the web
 * application: its pipeline, the page templates and gzip. It never touches the database or jOOQ
 * (jOOQ's type registry is not safe to initialise from two threads at once; the main thread does
 * that) and has no effect but loaded classes, so it may race the first request: whichever thread
 * loads a class first, the other finds it loaded. The pool opens its first connection on a thread
 * of its own meanwhile. On one vCPU this only reorders work; with more it shortens the cold start.
 */
final class ColdStartWarmup {
  private ColdStartWarmup() {}

  /**
   * Starts it. With public reads every page shows the player menu, read from the database, so then
   * only a static file is asked for.
   */
  static Thread start(WebApplication application, boolean publicReads) {
    Thread thread =
        new Thread(
            () -> {
              try {
                askPublicPages(application, publicReads);
              } catch (RuntimeException | LinkageError e) {
                // Only an optimisation: the first request loads whatever this did not.
                System.err.println("probe: cold-start warm-up skipped: " + e);
              }
            },
            "probe-warmup");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Pages anybody may ask for, which read nothing from the database. */
  static void askPublicPages(WebApplication application, boolean publicReads) {
    application.handle(anonymous("/static/app.css", "text/css"));
    if (!publicReads) {
      application.handle(anonymous("/login", "text/html"));
    }
  }

  private static WebRequest anonymous(String path, String accept) {
    return new WebRequest(
        "GET",
        path,
        Map.of(),
        Map.of("accept", List.of(accept), "accept-encoding", List.of("gzip")),
        Map.of(),
        new byte[0],
        "https",
        "localhost",
        "");
  }
}
