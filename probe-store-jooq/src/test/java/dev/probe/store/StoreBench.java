package dev.probe.store;

import com.zaxxer.hikari.HikariDataSource;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.SyncRun;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.conf.ParamType;

/**
 * The store's benchmark (a command, never part of the build): builds a realistic archive through
 * the ordinary save path and reports bulk import speed, size per play, p50/p95/p99 of the queries
 * the pages make, and EXPLAIN ANALYZE of each. Run it with {@code bench/store [plays]}.
 */
public final class StoreBench {

  private static final int RUNS = 300;
  private final List<String> captured = new ArrayList<>();
  private final Random random = new Random(7);

  public static void main(String[] args) throws Exception {
    int plays = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    new StoreBench().run(plays);
  }

  private void run(int total) throws Exception {
    HikariDataSource ds = (HikariDataSource) TestDatabase.freshSchema();
    ExecuteListener capture =
        new ExecuteListener() {
          @Override
          public void executeStart(ExecuteContext ctx) {
            if (ctx.query() != null) {
              captured.add(ctx.query().getSQL(ParamType.INLINED));
            }
          }
        };
    PostgresArchive archive = new PostgresArchive(ds);
    BenchArchive data = new BenchArchive(archive, random);
    System.out.printf("catalogue: %d songs, %d charts%n", data.songs(), data.charts().size());

    long start = System.nanoTime();
    data.importPlays(total);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "bulk import: %,d plays in %.1f s = %,.0f plays/s (batches of %d through savePlays,"
            + " details included)%n",
        total, seconds, total / seconds, BenchArchive.BATCH);
    execute(ds, "vacuum analyze");
    long bytes = longQuery(ds, "select pg_database_size(current_database())");
    long playBytes = longQuery(ds, "select pg_total_relation_size('play')");
    System.out.printf(
        "archive size: %,d MB in all, %,d bytes per play (play table with its indexes: %,d bytes"
            + " per play)%n",
        bytes >> 20, bytes / total, playBytes / total);

    PostgresArchive explained = new PostgresArchive(ds, List.of(capture));
    PlayerId me = BenchArchive.PLAYERS.get(0);
    List<ChartId> played = data.playedCharts();
    Instant first = data.firstPlay();
    Instant last = data.lastPlay();
    Map<String, Consumer<PostgresArchive>> queries = new LinkedHashMap<>();
    queries.put(
        "history page filtered by chart + difficulty",
        a -> {
          ChartId chart = pick(played);
          a.loadPlays()
              .findPlays(
                  me,
                  new PlayFilter(
                      chart, "", Difficulty.MASTER, null, "", null, null, null, null, null, false),
                  new PageRequest(1, 50));
        });
    queries.put(
        "history page filtered by difficulty only",
        a ->
            a.loadPlays()
                .findPlays(
                    me,
                    new PlayFilter(
                        null, "", Difficulty.MASTER, null, "", null, null, null, null, null, false),
                    new PageRequest(1 + random.nextInt(20), 50)));
    queries.put("one chart's full history", a -> a.loadPlays().chartHistory(me, pick(played)));
    queries.put(
        "bests as of a past date (B50 input)",
        a ->
            a.scoreLists()
                .bestScores(
                    me,
                    first.plusSeconds(
                        (long)
                            (random.nextDouble()
                                * (last.getEpochSecond() - first.getEpochSecond())))));
    queries.put("bests now", a -> a.scoreLists().bestScores(me, last.plusSeconds(60)));
    queries.put("profile history", a -> a.profiles().history(me));
    queries.put(
        "dashboard: latest 20 plays",
        a -> a.loadPlays().findPlays(me, PlayFilter.ALL, new PageRequest(1, 20)));
    queries.put("dashboard: play count", a -> a.loadPlays().countPlays(me));
    queries.put("dashboard: latest profile", a -> a.profiles().latest(me));
    queries.put(
        "dashboard: latest run + its plays",
        a -> {
          SyncRun run = a.syncRuns().latestFinished(me).orElseThrow();
          a.loadPlays().playsOfRun(run.id());
        });
    queries.put("dashboard: player", a -> a.players().findPlayer(me));
    queries.put("catalogue: all charts", a -> a.catalog().allCharts());

    System.out.println();
    System.out.printf(
        "%-45s %9s %9s %9s  (ms, %d runs each)%n", "query", "p50", "p95", "p99", RUNS);
    Map<String, List<String>> plans = new LinkedHashMap<>();
    for (Map.Entry<String, Consumer<PostgresArchive>> q : queries.entrySet()) {
      for (int i = 0; i < 30; i++) {
        q.getValue().accept(archive);
      }
      long[] nanos = new long[RUNS];
      for (int i = 0; i < RUNS; i++) {
        long t = System.nanoTime();
        q.getValue().accept(archive);
        nanos[i] = System.nanoTime() - t;
      }
      Arrays.sort(nanos);
      System.out.printf(
          "%-45s %9.2f %9.2f %9.2f%n", q.getKey(), ms(nanos, 50), ms(nanos, 95), ms(nanos, 99));
      captured.clear();
      q.getValue().accept(explained);
      plans.put(q.getKey(), List.copyOf(captured));
    }
    System.out.println();
    for (Map.Entry<String, List<String>> p : plans.entrySet()) {
      System.out.println("=== " + p.getKey());
      for (String sql : p.getValue()) {
        System.out.println("--- " + sql);
        explain(ds, sql);
      }
    }
    ds.close();
    System.exit(0);
  }

  private ChartId pick(List<ChartId> charts) {
    return charts.get(random.nextInt(charts.size()));
  }

  private static double ms(long[] sorted, int percentile) {
    int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, i)] / 1e6;
  }

  private static void explain(HikariDataSource ds, String sql) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("explain (analyze, buffers) " + sql)) {
      while (r.next()) {
        System.out.println("    " + r.getString(1));
      }
    }
  }

  private static void execute(HikariDataSource ds, String sql) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static long longQuery(HikariDataSource ds, String sql) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
