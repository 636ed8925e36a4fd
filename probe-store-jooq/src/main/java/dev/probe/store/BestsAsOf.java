package dev.probe.store;

import dev.probe.core.domain.BestScore;
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
 * catalogue comes back (thousands of rows), so the query reads the covering index {@code
 * best_state_in_force} (V6) alone: no join (the chart ids come from {@link ChartKeyTable}), and the
 * instant as epoch microseconds and the "plays alone reach it" flag from columns computed when the
 * row is written. Rows are read from the JDBC result set by position.
 */
final class BestsAsOf {

  /** What each row returns; chart_key's file node tells {@link ChartKeyTable} which keys hold. */
  private static final String COLUMNS =
      """
      b.chart_pk, b.achievement, b.rank_code, b.dx_score, b.dx_max, b.combo_code, b.sync_code,
      b.achieved_us, b.plays_reach, (select pg_relation_filenode('chart_key')::bigint)
      """;

  /**
   * The current states begun before t, then the ended ones class by class (see V6): a state of
   * class k < 12 held less than 2^k days, so if in force at t it ended before t + 2^k days; class
   * 12 held longer. Every branch is one range of {@code best_state_in_force}.
   */
  private static final String SQL =
      "select "
          + COLUMNS
          + """
              from best_state b
             where b.player = ? and b.span_class = 99
               and b.valid_to = timestamptz '9999-12-31 00:00:00+00' and b.valid_from < ?::timestamptz
            union all
            select
            """
          + COLUMNS
          + """
              from generate_series(0, 12) as c (span_class)
             cross join lateral (
               select * from best_state s
                where s.player = ? and s.span_class = c.span_class and s.valid_to >= ?::timestamptz
                  and s.valid_to < case when c.span_class < 12
                                        then ?::timestamptz + make_interval(hours => 24 << c.span_class)
                                        else timestamptz '9999-12-31 00:00:00+00' end
                  and s.valid_from < ?::timestamptz) b
            """;

  private BestsAsOf() {}

  static List<BestScore> read(DSLContext dsl, ChartKeyTable charts, String player, Instant asOf) {
    String at = asOf.toString();
    List<Row> rows = new ArrayList<>(1024);
    long fileNode = -1;
    try (ResultSet r = dsl.resultQuery(SQL, player, at, player, at, at, at).fetchResultSet()) {
      while (r.next()) {
        rows.add(new Row(r.getInt(1), result(r, 2), micros(r.getLong(8)), r.getBoolean(9)));
        if (fileNode < 0) {
          fileNode = r.getLong(10); // the same on every row
        }
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the bests as of " + at, e);
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

  /** One row as read, before its chart is named. */
  private record Row(int chartPk, PlayResult best, Instant achievedAt, boolean playsReach) {}

  /** An instant read as {@code (extract(epoch from t) * 1000000)::bigint}. */
  static Instant micros(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
  }

  private static PlayResult result(ResultSet r, int from) throws SQLException {
    return BestStateRows.result(
        r.getInt(from),
        r.getShort(from + 1),
        r.getInt(from + 2),
        r.getInt(from + 3),
        r.getShort(from + 4),
        r.getShort(from + 5));
  }
}
