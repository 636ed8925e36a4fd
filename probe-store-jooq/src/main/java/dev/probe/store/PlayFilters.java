package dev.probe.store;

import static dev.probe.store.gen.Tables.CHART_KEY;
import static dev.probe.store.gen.Tables.CHART_REF;
import static dev.probe.store.gen.Tables.PLAY;

import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.PlayFilter;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** A {@link PlayFilter} as SQL: the same meaning as {@link PlayFilter#accepts}. */
final class PlayFilters {

  private PlayFilters() {}

  static Condition condition(PlayFilter f) {
    Condition c = DSL.noCondition();
    if (f.chart() != null) {
      c = c.and(PLAY.CHART_PK.eq(chartPk(f.chart())));
    }
    if (!f.titleContains().isEmpty()) {
      c = c.and(CHART_REF.TITLE.containsIgnoreCase(f.titleContains()));
    }
    if (f.difficulty() != null) {
      c = c.and(PLAY.DIFFICULTY.eq(f.difficulty().name()));
    }
    if (f.type() != null) {
      c = c.and(CHART_REF.CHART_TYPE.eq(f.type().name()));
    }
    if (!f.level().isEmpty()) {
      c = c.and(CHART_REF.LEVEL_LABEL.eq(f.level()));
    }
    if (f.from() != null) {
      c = c.and(PLAY.PLAYED_AT.ge(PlayRows.utc(f.from())));
    }
    if (f.to() != null) {
      c = c.and(PLAY.PLAYED_AT.lt(PlayRows.utc(f.to())));
    }
    if (f.minRank() != null) {
      c = c.and(PLAY.RANK_CODE.ge(Codes.rank(f.minRank())));
    }
    if (f.minCombo() != null) {
      c = c.and(PLAY.COMBO_CODE.ge(Codes.combo(f.minCombo())));
    }
    if (f.minSync() != null) {
      c = c.and(PLAY.SYNC_CODE.ge(Codes.sync(f.minSync())));
    }
    if (f.newRecordsOnly()) {
      c = c.and(PLAY.ACHIEVEMENT_NEW_RECORD.isTrue().or(PLAY.DX_SCORE_NEW_RECORD.isTrue()));
    }
    return c;
  }

  /** The chart's key as a scalar subquery, so the planner can use the (player, chart) index. */
  static Field<Integer> chartPk(ChartId chart) {
    return DSL.field(
        DSL.select(CHART_KEY.PK).from(CHART_KEY).where(CHART_KEY.CHART_ID.eq(chart.asString())));
  }

  /**
   * Whether the condition reads the page's wording (title, type or level; the difficulty is copied
   * onto the play).
   */
  static boolean needsWording(PlayFilter f) {
    return !f.titleContains().isEmpty() || f.type() != null || !f.level().isEmpty();
  }
}
