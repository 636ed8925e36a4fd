package dev.probe.store;

import static dev.probe.store.gen.Tables.CHART_KEY;

import dev.probe.core.domain.ChartId;
import java.util.Arrays;
import java.util.Comparator;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * Chart ids by {@code chart_key} pk, so that lists of thousands of rows can name their charts
 * without joining {@code chart_key}, and sort by chart comparing ints. A key never changes its id
 * and is not reused while its table lives: only {@code TRUNCATE … RESTART IDENTITY} hands keys out
 * again, and that gives the table a new file node. So what is known is kept per file node ({@code
 * pg_relation_filenode('chart_key')}, which the reading query checks) and started over when it
 * changes. Keys not known yet are read from {@code chart_key} in one query.
 */
final class ChartKeyTable {

  /**
   * What is known under one file node of chart_key: ids by pk, and each known pk's rank in {@link
   * ChartId}'s order.
   */
  private record Generation(long fileNode, ChartId[] byPk, int[] rankByPk) {}

  /** A list of keys named: their ids, and the list's positions in chart order. */
  record Named(ChartId[] ids, int[] order) {}

  private final ChartIdCache ids;
  private volatile Generation known = new Generation(-1, new ChartId[0], new int[0]);

  ChartKeyTable(ChartIdCache ids) {
    this.ids = ids;
  }

  /** The file node of chart_key that the known keys belong to; -1 before any. */
  long fileNode() {
    return known.fileNode();
  }

  /** The file node of chart_key now. */
  static long currentFileNode(DSLContext dsl) {
    return dsl.resultQuery("select pg_relation_filenode('chart_key')").fetchOne(0, Long.class);
  }

  /** Names {@code pks}, as read by a query that saw chart_key's file node {@code fileNode}. */
  Named name(DSLContext dsl, long fileNode, int[] pks) {
    Generation current = known;
    Generation g =
        current.fileNode() == fileNode
            ? current
            : new Generation(fileNode, new ChartId[0], new int[0]);
    int[] missing = Arrays.stream(pks).filter(pk -> id(g, pk) == null).toArray();
    Generation complete = missing.length == 0 ? g : learn(dsl, g, missing);
    ChartId[] named = new ChartId[pks.length];
    for (int i = 0; i < pks.length; i++) {
      named[i] = complete.byPk()[pks[i]];
    }
    int[] order = inRankOrder(complete.rankByPk(), pks);
    return new Named(named, order);
  }

  /**
   * The positions of {@code pks} by their ranks: each put in its rank's slot (ranks are distinct
   * per key), or sorted when a key comes twice.
   */
  private static int[] inRankOrder(int[] rankByPk, int[] pks) {
    int[] slot = new int[rankByPk.length];
    Arrays.fill(slot, -1);
    for (int i = 0; i < pks.length; i++) {
      int rank = rankByPk[pks[i]];
      if (slot[rank] >= 0) {
        return sortedByRank(rankByPk, pks);
      }
      slot[rank] = i;
    }
    int[] order = new int[pks.length];
    int n = 0;
    for (int i : slot) {
      if (i >= 0) {
        order[n++] = i;
      }
    }
    return order;
  }

  private static int[] sortedByRank(int[] rankByPk, int[] pks) {
    long[] keyed = new long[pks.length];
    for (int i = 0; i < pks.length; i++) {
      keyed[i] = ((long) rankByPk[pks[i]] << 32) | i;
    }
    Arrays.sort(keyed);
    int[] order = new int[pks.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = (int) keyed[i];
    }
    return order;
  }

  private static ChartId id(Generation g, int pk) {
    return pk >= 0 && pk < g.byPk().length ? g.byPk()[pk] : null;
  }

  private Generation learn(DSLContext dsl, Generation g, int[] pks) {
    int max = Math.max(g.byPk().length - 1, Arrays.stream(pks).max().orElse(0));
    ChartId[] table = Arrays.copyOf(g.byPk(), max + 1);
    Integer[] wanted = Arrays.stream(pks).boxed().toArray(Integer[]::new);
    for (Record2<Integer, String> r :
        dsl.select(CHART_KEY.PK, CHART_KEY.CHART_ID)
            .from(CHART_KEY)
            .where(CHART_KEY.PK.eq(DSL.any(wanted)))
            .fetch()) {
      table[r.value1()] = ids.parse(r.value2());
    }
    for (int pk : pks) {
      if (pk < 0 || table[pk] == null) {
        throw new IllegalStateException("chart_key has no row " + pk);
      }
    }
    Generation learnt = new Generation(g.fileNode(), table, ranks(table));
    known = learnt;
    return learnt;
  }

  private static int[] ranks(ChartId[] byPk) {
    Integer[] pks = new Integer[byPk.length];
    int n = 0;
    for (int pk = 0; pk < byPk.length; pk++) {
      if (byPk[pk] != null) {
        pks[n++] = pk;
      }
    }
    Arrays.sort(pks, 0, n, Comparator.comparing(pk -> byPk[pk]));
    int[] rank = new int[byPk.length];
    for (int i = 0; i < n; i++) {
      rank[pks[i]] = i;
    }
    return rank;
  }
}
