package dev.probe.store;

import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.PlayResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * The bests in force at an instant: one {@code best_state} row per chart, found through {@code
 * best_state_as_of}. A player's whole catalogue comes back (thousands of rows), so the rows are
 * read from the JDBC result set, instants as epoch microseconds: no per-value conversions on this
 * path.
 */
final class BestsAsOf {

  private static final String SQL =
      """
      select b.chart_pk, k.chart_id, b.achievement, b.rank_code, b.dx_score, b.dx_max, b.combo_code,
             b.sync_code, (extract(epoch from b.achieved_at) * 1000000)::bigint,
             (b.p_achievement, b.p_rank_code, b.p_dx_score, b.p_dx_max, b.p_combo_code,
              b.p_sync_code) is not distinct from
             (b.achievement, b.rank_code, b.dx_score, b.dx_max, b.combo_code, b.sync_code)
        from best_state b join chart_key k on k.pk = b.chart_pk
       where b.player = ? and b.valid_to >= ?::timestamptz and b.valid_from < ?::timestamptz
      """;

  private BestsAsOf() {}

  static List<BestScore> read(DSLContext dsl, ChartIdCache ids, String player, Instant asOf) {
    String at = asOf.toString();
    try (ResultSet r = dsl.resultQuery(SQL, player, at, at).fetchResultSet()) {
      return read(r, ids);
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the bests as of " + at, e);
    }
  }

  private static List<BestScore> read(ResultSet r, ChartIdCache ids) throws SQLException {
    List<BestScore> bests = new ArrayList<>();
    while (r.next()) {
      ChartId chart = ids.parse(r.getInt(1), r.getString(2));
      bests.add(new BestScore(chart, result(r, 3), micros(r.getLong(9)), r.getBoolean(10)));
    }
    return List.copyOf(ids.sorted(bests, BestScore::chartId));
  }

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
