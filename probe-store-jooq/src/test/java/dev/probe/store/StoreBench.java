package dev.probe.store;

import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.PlayerId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * The store's benchmark (a command, never part of the build): builds a realistic archive through
 * the ordinary save path and reports bulk import speed, size per play, p50/p95/p99 of the queries
 * the pages make, and EXPLAIN ANALYZE of each. Run it with {@code bench/store [plays]}.
 *
 * <p>With {@code PROBE_HOME} set it works on the embedded PostgreSQL that {@code probe serve} uses
 * there ({@code $PROBE_HOME/pg}): an empty archive is built and left behind; an archive that holds
 * plays already is only measured.
 */
public final class StoreBench {

  public static void main(String[] args) throws Exception {
    int plays = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    String home = System.getenv().getOrDefault("PROBE_HOME", "");
    if (home.isBlank()) {
      run(TestDatabase.freshSchema(), plays);
    } else {
      try (Database db = Database.embedded(Path.of(home).toAbsolutePath())) {
        Migrations.migrate(db.dataSource());
        System.out.println("archive: " + db.description());
        run(db.dataSource(), plays);
      }
    }
    System.exit(0);
  }

  private static void run(DataSource ds, int total) throws Exception {
    PostgresArchive archive = new PostgresArchive(ds);
    long before = longQuery(ds, "select count(*) from play");
    if (before == 0) {
      BenchArchive data = new BenchArchive(archive, new Random(7));
      System.out.printf("catalogue: %d songs, %d charts%n", data.songs(), data.charts().size());
      long start = System.nanoTime();
      data.importPlays(total);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "bulk import: %,d plays in %.1f s = %,.0f plays/s (runs of %,d plays through"
              + " savePlays, details included, each run with its sync run and profile snapshot)%n",
          total, seconds, total / seconds, BenchArchive.BATCH);
      execute(ds, "vacuum analyze");
    } else {
      System.out.printf("archive holds %,d plays already: measuring it as it is%n", before);
      execute(ds, "analyze");
    }
    long plays = longQuery(ds, "select count(*) from play");
    long bytes = longQuery(ds, "select pg_database_size(current_database())");
    long playBytes = longQuery(ds, "select pg_total_relation_size('play')");
    System.out.printf(
        "archive size: %,d MB in all, %,d bytes per play (play table with its indexes: %,d bytes"
            + " per play)%n",
        bytes >> 20, bytes / plays, playBytes / plays);
    PlayerId me = BenchArchive.PLAYERS.get(0);
    List<ChartId> played = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select distinct k.chart_id from play p join chart_key k on k.pk = p.chart_pk"
                    + " where p.player = '"
                    + me.value()
                    + "' order by 1")) {
      while (r.next()) {
        played.add(ChartId.parse(r.getString(1)));
      }
    }
    Instant first = instantQuery(ds, "select min(played_at) from play where player = 'me'");
    Instant last = instantQuery(ds, "select max(played_at) from play where player = 'me'");
    new BenchQueries(ds, archive, me, played, first, last).run();
  }

  static void execute(DataSource ds, String sql) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  static long longQuery(DataSource ds, String sql) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static Instant instantQuery(DataSource ds, String sql) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getObject(1, java.time.OffsetDateTime.class).toInstant();
    }
  }
}
