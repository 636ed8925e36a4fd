package dev.probe.store;

import static dev.probe.store.gen.Tables.BEST_STATE;

import dev.probe.store.BestState.Source;
import dev.probe.store.gen.tables.records.BestStateRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Keeps {@code best_state} in step with plays and listed scores. Sources newer than a chart's
 * current state are folded onto it; an older one (an import of old pages) rebuilds that chart's
 * states from all its sources. Callers lock the charts first ({@link #lock}).
 */
final class BestStates {

  /** valid_to of a current state. */
  static final OffsetDateTime OPEN = OffsetDateTime.parse("9999-12-31T00:00:00Z");

  private static final Comparator<Source> ORDER =
      Comparator.comparing(Source::at).thenComparing(s -> !s.fromPlay());

  private static final String SOURCES =
      """
      select chart_pk, played_at as at, achievement, rank_code, dx_score, dx_max, combo_code,
             sync_code, true as from_play
        from play where player = ? and chart_pk = any(?)
      union all
      select chart_pk, seen_at, achievement, rank_code, dx_score, dx_max, combo_code, sync_code,
             false
        from listed_score where player = ? and chart_pk = any(?)
      """;

  private BestStates() {}

  /**
   * Takes the player's transaction locks on these charts' bests in ascending order (before any
   * write, so concurrent savers queue instead of deadlocking).
   */
  static void lock(DSLContext dsl, String player, Collection<Integer> chartPks) {
    Integer[] sorted = new TreeSet<>(chartPks).toArray(Integer[]::new);
    dsl.resultQuery(
            "select pg_advisory_xact_lock(hashtext(?), c) from unnest(?::int[]) as c order by c",
            player,
            sorted)
        .fetch();
  }

  /** Folds sources that were just saved into their charts' states. */
  static void add(DSLContext dsl, String player, List<Source> fresh) {
    if (fresh.isEmpty()) {
      return;
    }
    Map<Integer, List<Source>> byChart = new TreeMap<>();
    fresh.forEach(s -> byChart.computeIfAbsent(s.chartPk(), k -> new ArrayList<>()).add(s));
    Map<Integer, BestState> current = current(dsl, player, byChart.keySet());
    List<BestStateRecord> rows = new ArrayList<>();
    List<Close> closes = new ArrayList<>();
    List<Integer> rebuild = new ArrayList<>();
    byChart.forEach(
        (chart, sources) -> {
          sources.sort(ORDER);
          BestState cur = current.get(chart);
          if (cur != null && !sources.get(0).at().isAfter(cur.from())) {
            rebuild.add(chart);
            return;
          }
          List<BestState> states = fold(cur, sources);
          if (cur != null && !states.isEmpty()) {
            closes.add(new Close(chart, cur.from(), states.get(0).from()));
          }
          rows.addAll(BestStateRows.records(dsl, player, chart, states));
        });
    close(dsl, player, closes);
    rebuild(dsl, player, rebuild, rows);
    BestStateRows.insert(dsl, rows);
  }

  /** Ends the current states that new ones follow, in one statement. */
  private record Close(int chart, Instant from, Instant to) {}

  private static void close(DSLContext dsl, String player, List<Close> closes) {
    if (closes.isEmpty()) {
      return;
    }
    Integer[] charts = new Integer[closes.size()];
    String[] from = new String[closes.size()];
    String[] to = new String[closes.size()];
    for (int i = 0; i < closes.size(); i++) {
      charts[i] = closes.get(i).chart();
      from[i] = closes.get(i).from().toString();
      to[i] = closes.get(i).to().toString();
    }
    dsl.execute(
        "update best_state b set valid_to = v.valid_to"
            + " from unnest(?::int[], ?::text[]::timestamptz[], ?::text[]::timestamptz[])"
            + " as v (chart_pk, valid_from, valid_to)"
            + " where b.player = ? and b.chart_pk = v.chart_pk and b.valid_from = v.valid_from",
        charts,
        from,
        to,
        player);
  }

  /** Recomputes every state of these charts from all their sources. */
  private static void rebuild(
      DSLContext dsl, String player, List<Integer> charts, List<BestStateRecord> rows) {
    if (charts.isEmpty()) {
      return;
    }
    Integer[] pks = charts.toArray(Integer[]::new);
    dsl.deleteFrom(BEST_STATE)
        .where(BEST_STATE.PLAYER.eq(player))
        .and(BEST_STATE.CHART_PK.eq(DSL.any(pks)))
        .execute();
    Map<Integer, List<Source>> byChart = new TreeMap<>();
    for (Record r : dsl.resultQuery(SOURCES, player, pks, player, pks)) {
      Source s = source(r);
      byChart.computeIfAbsent(s.chartPk(), k -> new ArrayList<>()).add(s);
    }
    byChart.forEach(
        (chart, sources) -> {
          sources.sort(ORDER);
          rows.addAll(BestStateRows.records(dsl, player, chart, fold(null, sources)));
        });
  }

  /** Rebuilds every state of every player (after a migration that created the table). */
  static void rebuildAll(DSLContext dsl) {
    dsl.deleteFrom(BEST_STATE).execute();
    for (String player :
        dsl.resultQuery("select player from play union select player from listed_score")
            .fetch(0, String.class)) {
      List<Integer> charts =
          dsl.resultQuery(
                  "select chart_pk from play where player = ? union"
                      + " select chart_pk from listed_score where player = ?",
                  player,
                  player)
              .fetch(0, Integer.class);
      List<BestStateRecord> rows = new ArrayList<>();
      rebuild(dsl, player, charts, rows);
      BestStateRows.insert(dsl, rows);
    }
  }

  /** The states that {@code sources} (sorted, newer than {@code cur}) produce after {@code cur}. */
  private static List<BestState> fold(BestState cur, List<Source> sources) {
    List<BestState> states = new ArrayList<>();
    BestState state = cur;
    for (Source s : sources) {
      BestState next = state == null ? BestState.first(s) : state.fold(s);
      if (state == null || !state.sameAs(next)) {
        if (!states.isEmpty() && states.get(states.size() - 1).from().equals(next.from())) {
          states.remove(states.size() - 1); // two sources at one instant: one state
        }
        states.add(next);
        state = next;
      }
    }
    return states;
  }

  private static Map<Integer, BestState> current(
      DSLContext dsl, String player, Collection<Integer> charts) {
    Map<Integer, BestState> found = new HashMap<>();
    // One probe of best_state_current per chart, whatever the statistics say: during a bulk
    // import they lag far behind the table, and a planner that believes it empty would join
    // every current state with every chart. "offset 0" keeps the lateral lookup a lookup.
    for (Record r :
        dsl.resultQuery(
            "select b.* from unnest(?::int[]) as c (pk) cross join lateral"
                + " (select * from best_state s where s.player = ? and s.chart_pk = c.pk"
                + " and s.valid_to = timestamptz '9999-12-31 00:00:00+00' offset 0) b",
            charts.toArray(Integer[]::new),
            player)) {
      BestStateRecord state = r.into(BEST_STATE);
      found.put(state.getChartPk(), BestStateRows.state(state));
    }
    return found;
  }

  private static Source source(Record r) {
    return new Source(
        r.get("chart_pk", Integer.class),
        r.get("at", OffsetDateTime.class).toInstant(),
        BestStateRows.result(
            r.get("achievement", Integer.class),
            r.get("rank_code", Short.class),
            r.get("dx_score", Integer.class),
            r.get("dx_max", Integer.class),
            r.get("combo_code", Short.class),
            r.get("sync_code", Short.class)),
        r.get("from_play", Boolean.class));
  }
}
