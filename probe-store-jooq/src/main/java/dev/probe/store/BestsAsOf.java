package dev.probe.store;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.PlayResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * The bests in force at an instant: one {@code best_state} row per chart. A player's whole
 * catalogue comes back (thousands of rows), and every column of every row costs, so the query reads
 * the covering index {@code best_state_in_force} alone and returns six numbers a row: no join
 * (chart ids come from {@link ChartKeyTable}), the instant as epoch microseconds (V6), and the
 * codes and plays-reach flag packed as {@code marks} (V8). Rows are read by position.
 */
final class BestsAsOf {

  private static final String COLUMNS =
      "b.chart_pk, b.achievement, b.dx_score, b.dx_max, b.achieved_us, b.marks";

  /**
   * The current states begun before t, then the ended ones class by class (V6): a state of class k
   * < 12 held less than 2^k days, so if in force at t it ended before t + 2^k days; class 12 held
   * longer. Every branch is one range of {@code best_state_in_force}, and runs only while
   * chart_key's file node is the one the caller's keys belong to.
   */
  private static final String SQL =
      """
      select %1$s
        from best_state b
       where b.player = ? and b.span_class = 99
         and b.valid_to = timestamptz '9999-12-31 00:00:00+00' and b.valid_from < ?::timestamptz
         and (select pg_relation_filenode('chart_key')::bigint) = ?::bigint
      union all
      select %1$s
        from generate_series(0, 12) as c (span_class)
       cross join lateral (
         select * from best_state s
          where s.player = ? and s.span_class = c.span_class and s.valid_to >= ?::timestamptz
            and s.valid_to < case when c.span_class < 12
                                  then ?::timestamptz + make_interval(hours => 24 << c.span_class)
                                  else timestamptz '9999-12-31 00:00:00+00' end
            and s.valid_from < ?::timestamptz) b
       where (select pg_relation_filenode('chart_key')::bigint) = ?::bigint
      """
          .formatted(COLUMNS);

  private BestsAsOf() {}

  static List<BestScore> read(DSLContext dsl, ChartKeyTable charts, String player, Instant asOf) {
    long fileNode = charts.fileNode();
    List<Row> rows = rows(dsl, player, asOf, fileNode);
    if (rows.isEmpty()) {
      // no bests, or keys of another chart_key than the one known: ask which
      long current = ChartKeyTable.currentFileNode(dsl);
      if (current != fileNode) {
        fileNode = current;
        rows = rows(dsl, player, asOf, fileNode);
      }
    }
    int[] pks = rows.stream().mapToInt(Row::chartPk).toArray();
    ChartKeyTable.Named named = charts.name(dsl, fileNode, pks);
    BestScore[] bests = new BestScore[pks.length];
    for (int i = 0; i < bests.length; i++) {
      int from = named.order()[i];
      Row row = rows.get(from);
      bests[i] = new BestScore(named.ids()[from], row.best(), row.achievedAt(), row.playsReach());
    }
    return List.of(bests);
  }

  private static List<Row> rows(DSLContext dsl, String player, Instant asOf, long fileNode) {
    String at = asOf.toString();
    List<Row> rows = new ArrayList<>(1024);
    try (ResultSet r =
        dsl.resultQuery(SQL, player, at, fileNode, player, at, at, at, fileNode).fetchResultSet()) {
      while (r.next()) {
        rows.add(row(r));
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the bests as of " + at, e);
    }
    return rows;
  }

  /** One row as read, before its chart is named. */
  private record Row(int chartPk, PlayResult best, Instant achievedAt, boolean playsReach) {}

  /** Unpacks marks: rank_code * 256 + combo_code * 32 + sync_code * 2 + plays-reach (V8). */
  private static Row row(ResultSet r) throws SQLException {
    int marks = r.getShort(6);
    PlayResult best =
        new PlayResult(
            new Achievement(r.getInt(2)),
            Codes.rank((short) (marks >> 8)),
            new DxScore(r.getInt(3), r.getInt(4)),
            Codes.combo((short) ((marks >> 5) & 7)),
            Codes.sync((short) ((marks >> 1) & 15)));
    return new Row(r.getInt(1), best, micros(r.getLong(5)), (marks & 1) == 1);
  }

  /** An instant read as {@code (extract(epoch from t) * 1000000)::bigint}. */
  static Instant micros(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
  }
}
