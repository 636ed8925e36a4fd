package dev.probe.lambda;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.probe.web.WebApplication;
import dev.probe.web.WebRequest;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Loads, on a second thread during the cold start, what the first request will need and what takes
 * a fresh JVM longest to load: jOOQ's query DSL and SQL rendering (about a thousand classes), and
 * the web application's pipeline, templates and gzip. It never touches the database and has no
 * effect but loaded classes, so it may race the first request: whichever thread loads a class
 * first, the other finds it loaded. While the main thread builds the rest of the function, and the
 * runtime builds its JSON serializer, this runs alongside; on one vCPU it merely runs first.
 */
final class ColdStartWarmup {
  private ColdStartWarmup() {}

  /** Starts the jOOQ part now (it needs nothing of the composition). */
  static Thread startStore() {
    return start("probe-warmup-store", ColdStartWarmup::renderQueries);
  }

  /** Starts the web part once the application exists. */
  static Thread startWeb(WebApplication application) {
    return start("probe-warmup-web", () -> askPublicPages(application));
  }

  private static Thread start(String name, Runnable work) {
    Thread thread =
        new Thread(
            () -> {
              try {
                work.run();
              } catch (RuntimeException | LinkageError e) {
                // Only an optimisation: the first request loads whatever this did not.
                System.err.println("probe: cold-start warm-up skipped: " + e);
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** The shapes of the store's statements, rendered to SQL without running them. */
  static void renderQueries() {
    DSLContext dsl = DSL.using(SQLDialect.POSTGRES);
    Table<?> play = table(name("play"));
    Table<?> chart = table(name("chart_key"));
    dsl.select(field(name("play", "id")), field(name("chart_key", "chart_id")))
        .from(play)
        .join(chart)
        .on(field(name("chart_key", "pk")).eq(field(name("play", "chart_pk"))))
        .where(field(name("play", "player")).eq("me"))
        .and(field(name("play", "played_at")).isNotNull())
        .orderBy(field(name("play", "played_at")).desc())
        .limit(10)
        .offset(0)
        .getSQL();
    dsl.selectCount().from(play).where(field(name("play", "player")).eq("me")).getSQL();
    dsl.insertInto(play)
        .columns(field(name("id")), field(name("player")))
        .values(1L, "me")
        .onConflictDoNothing()
        .returning()
        .getSQL();
    dsl.update(play).set(field(name("player")), "me").where(field(name("id")).eq(1L)).getSQL();
  }

  /** Pages anybody may ask for, which read nothing from the database. */
  static void askPublicPages(WebApplication application) {
    application.handle(anonymous("/login", "text/html"));
    application.handle(anonymous("/static/app.css", "text/css"));
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
