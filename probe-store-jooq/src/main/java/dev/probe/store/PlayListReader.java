package dev.probe.store;

import static dev.probe.store.gen.Tables.CHART_KEY;
import static dev.probe.store.gen.Tables.CHART_REF;
import static dev.probe.store.gen.Tables.PLAY;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.PlayerId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Lists of plays (a page, a chart's history, a run, everything before a date) read from the JDBC
 * result set by position: a list can hold thousands of plays, and this path converts each value
 * once, with the instant as epoch microseconds and chart ids parsed once per process.
 */
final class PlayListReader {

  private static final Field<Long> PLAYED_AT_MICROS =
      DSL.field("(extract(epoch from {0}) * 1000000)::bigint", Long.class, PLAY.PLAYED_AT);

  private static final List<Field<?>> FIELDS =
      List.of(
          PLAY.PLAYER,
          PLAY.PLAY_KEY,
          CHART_KEY.CHART_ID,
          CHART_REF.TITLE,
          CHART_REF.CHART_TYPE,
          CHART_REF.DIFFICULTY,
          CHART_REF.LEVEL_LABEL,
          CHART_REF.JACKET,
          CHART_REF.GENRE,
          CHART_REF.UTAGE_KIND,
          PLAY.TRACK,
          PLAYED_AT_MICROS,
          PLAY.ACHIEVEMENT,
          PLAY.RANK_CODE,
          PLAY.DX_SCORE,
          PLAY.DX_MAX,
          PLAY.COMBO_CODE,
          PLAY.SYNC_CODE,
          PLAY.ACHIEVEMENT_NEW_RECORD,
          PLAY.DX_SCORE_NEW_RECORD,
          PLAY.PLACE,
          PLAY.DETAIL_IDX,
          PLAY.DETAIL,
          PLAY.CHART_PK);

  /** The same columns with the detail left out (null), most of a play's weight. */
  private static final List<Field<?>> WITHOUT_DETAIL =
      FIELDS.stream()
          .map(f -> f.equals(PLAY.DETAIL) ? DSL.castNull(PLAY.DETAIL) : f)
          .collect(java.util.stream.Collectors.toUnmodifiableList());

  private final ChartIdCache ids;

  PlayListReader(ChartIdCache ids) {
    this.ids = ids;
  }

  /** {@code fields} of plays joined to their chart's id and wording. */
  static SelectJoinStep<Record> select(DSLContext dsl, List<Field<?>> fields) {
    return dsl.select(fields)
        .from(PLAY)
        .join(CHART_KEY)
        .on(CHART_KEY.PK.eq(PLAY.CHART_PK))
        .join(CHART_REF)
        .on(CHART_REF.PK.eq(PLAY.REF_PK));
  }

  /** The plays matching {@code where}, in {@code order}. */
  List<Play> list(DSLContext dsl, Condition where, List<SortField<?>> order) {
    return fetch(select(dsl, FIELDS).where(where).orderBy(order));
  }

  /** Like {@link #list}, each play without its detail. */
  List<Play> listWithoutDetail(DSLContext dsl, Condition where, List<SortField<?>> order) {
    return fetch(select(dsl, WITHOUT_DETAIL).where(where).orderBy(order));
  }

  private List<Play> fetch(ResultQuery<?> query) {
    List<Play> plays = new ArrayList<>();
    try (ResultSet r = query.fetchResultSet()) {
      while (r.next()) {
        plays.add(map(r));
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read plays", e);
    }
    return plays;
  }

  private Play map(ResultSet r) throws SQLException {
    String detail = r.getString(23);
    return new Play(
        new PlayerId(r.getString(1)),
        new PlayKey(r.getString(2)),
        ids.parse(r.getInt(24), r.getString(3)),
        new ChartRef(
            r.getString(4),
            ChartType.valueOf(r.getString(5)),
            Difficulty.valueOf(r.getString(6)),
            r.getString(7),
            r.getString(8),
            r.getString(9),
            r.getString(10)),
        r.getShort(11),
        BestsAsOf.micros(r.getLong(12)),
        new PlayResult(
            new Achievement(r.getInt(13)),
            Codes.rank(r.getShort(14)),
            new DxScore(r.getInt(15), r.getInt(16)),
            Codes.combo(r.getShort(17)),
            Codes.sync(r.getShort(18))),
        r.getBoolean(19),
        r.getBoolean(20),
        r.getShort(21),
        r.getString(22),
        detail == null ? null : DetailJson.read(detail));
  }
}
