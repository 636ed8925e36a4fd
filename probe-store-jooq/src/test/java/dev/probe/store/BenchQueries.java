package dev.probe.store;

import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayerId;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import javax.sql.DataSource;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.conf.ParamType;

/** The benchmark's queries: timings, the client's CPU share of them, and their plans. */
final class BenchQueries {

  private static final int RUNS = 300;

  private final DataSource ds;
  private final PostgresArchive archive;
  private final PostgresArchive explained;
  private final List<String> captured = new ArrayList<>();
  private final Random random = new Random(11);
  private final Map<String, Consumer<PostgresArchive>> queries = new LinkedHashMap<>();
  private final Map<String, Integer> runs = new LinkedHashMap<>();

  BenchQueries(
      DataSource ds,
      PostgresArchive archive,
      PlayerId me,
      List<ChartId> played,
      Instant first,
      Instant last) {
    this.ds = ds;
    this.archive = archive;
    ExecuteListener capture =
        new ExecuteListener() {
          @Override
          public void executeStart(ExecuteContext ctx) {
            if (ctx.query() != null) {
              captured.add(ctx.query().getSQL(ParamType.INLINED));
            }
          }
        };
    this.explained = new PostgresArchive(ds, List.of(capture));
    long span = last.getEpochSecond() - first.getEpochSecond();
    PlayFilter master =
        new PlayFilter(null, "", Difficulty.MASTER, null, "", null, null, null, null, null, false);
    add(
        "plays page: chart + difficulty",
        a -> {
          ChartId chart = played.get(random.nextInt(played.size()));
          a.loadPlays()
              .findPlays(
                  me,
                  new PlayFilter(
                      chart, "", chart.difficulty(), null, "", null, null, null, null, null, false),
                  new PageRequest(1, 50));
        });
    add(
        "plays page: difficulty only (pages 1-20)",
        a -> a.loadPlays().findPlays(me, master, new PageRequest(1 + random.nextInt(20), 50)));
    add(
        "plays page: difficulty only (any page)",
        a -> a.loadPlays().findPlays(me, master, new PageRequest(1 + random.nextInt(1600), 50)));
    add(
        "one chart's full history",
        a -> a.loadPlays().chartHistory(me, played.get(random.nextInt(played.size()))));
    add(
        "B50 input: bests as of a past date",
        a -> a.scoreLists().bestScores(me, first.plusSeconds((long) (random.nextDouble() * span))));
    add("B50 input: bests now", a -> a.scoreLists().bestScores(me, last.plusSeconds(60)));
    add("profile history", a -> a.profiles().history(me));
    add("dashboard: player", a -> a.players().findPlayer(me));
    add(
        "dashboard: latest 20 plays + total",
        a -> a.loadPlays().findPlays(me, PlayFilter.ALL, new PageRequest(1, 20)));
    add("dashboard: play count", a -> a.loadPlays().countPlays(me));
    add("dashboard: latest profile", a -> a.profiles().latest(me));
    add("dashboard: latest finished run", a -> a.syncRuns().latestFinished(me));
    add(
        "dashboard: plays of that run (a sync)",
        a -> a.loadPlays().playsOfRun(a.syncRuns().latestFinished(me).orElseThrow().id()));
    add("dashboard: catalogue charts", a -> a.catalog().allCharts());
    add("dashboard: catalogue songs", a -> a.catalog().allSongs());
    long importRun = archive.syncRuns().runs(me, new PageRequest(3, 1)).items().get(0).id();
    add("plays of a 1,000-play import run", a -> a.loadPlays().playsOfRun(importRun));
    runs.put("rating curve input: every play, no detail", 5);
    add(
        "rating curve input: every play, no detail",
        a -> a.loadPlays().playsBeforeWithoutDetail(me, last.plusSeconds(60)));
  }

  private void add(String name, Consumer<PostgresArchive> query) {
    queries.put(name, query);
  }

  void run() throws Exception {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    System.out.println();
    System.out.printf(
        "%-42s %8s %8s %8s %10s %6s%n", "query (ms)", "p50", "p95", "p99", "client CPU", "runs");
    Map<String, List<String>> plans = new LinkedHashMap<>();
    for (Map.Entry<String, Consumer<PostgresArchive>> q : queries.entrySet()) {
      int n = runs.getOrDefault(q.getKey(), RUNS);
      for (int i = 0; i < Math.min(30, n); i++) {
        q.getValue().accept(archive);
      }
      long[] nanos = new long[n];
      long cpuStart = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        long t = System.nanoTime();
        q.getValue().accept(archive);
        nanos[i] = System.nanoTime() - t;
      }
      double cpuMs = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6 / n;
      Arrays.sort(nanos);
      System.out.printf(
          "%-42s %8.2f %8.2f %8.2f %10.2f %6d%n",
          q.getKey(), ms(nanos, 50), ms(nanos, 95), ms(nanos, 99), cpuMs, n);
      captured.clear();
      q.getValue().accept(explained);
      plans.put(q.getKey(), List.copyOf(captured));
    }
    System.out.println();
    for (Map.Entry<String, List<String>> p : plans.entrySet()) {
      System.out.println("=== " + p.getKey());
      for (String sql : p.getValue()) {
        System.out.println("--- " + sql);
        explain(sql);
      }
    }
  }

  private static double ms(long[] sorted, int percentile) {
    int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, i)] / 1e6;
  }

  private void explain(String sql) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("explain (analyze, buffers) " + sql)) {
      while (r.next()) {
        System.out.println("    " + r.getString(1));
      }
    }
  }
}
