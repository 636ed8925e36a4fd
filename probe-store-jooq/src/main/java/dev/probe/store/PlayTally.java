package dev.probe.store;

import static dev.probe.store.gen.Tables.CHART_REF;
import static dev.probe.store.gen.Tables.PLAY_TALLY;

import dev.probe.core.domain.PlayFilter;
import java.math.BigDecimal;
import java.util.SortedMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Plays per player and page wording ({@code play_tally}), written by the transaction that saves the
 * plays, so that totals never count plays one by one. Savers hold the charts' locks ({@link
 * BestStates#lock}) before they add, so concurrent adds to one row queue.
 */
final class PlayTally {

  private PlayTally() {}

  /** Adds plays just inserted, per wording key (in key order: rows are locked alike). */
  static void add(DSLContext dsl, String player, SortedMap<Integer, Long> byRef) {
    if (byRef.isEmpty()) {
      return;
    }
    dsl.execute(
        "insert into play_tally (player, ref_pk, plays)"
            + " select ?, u.ref_pk, u.n from unnest(?::int[], ?::bigint[]) as u (ref_pk, n)"
            + " on conflict (player, ref_pk) do update set plays = play_tally.plays + excluded.plays",
        player,
        byRef.keySet().toArray(Integer[]::new),
        byRef.values().toArray(Long[]::new));
  }

  /** Whether the tally can count this filter: it names only the chart or the page's wording. */
  static boolean counts(PlayFilter f) {
    return f.from() == null
        && f.to() == null
        && f.minRank() == null
        && f.minCombo() == null
        && f.minSync() == null
        && !f.newRecordsOnly();
  }

  /**
   * How many of the player's plays pass {@code f}, which {@link #counts} and names the chart or
   * some of its wording (a filter naming a difficulty at most is counted by {@link PlayMonths}).
   */
  static long count(DSLContext dsl, String player, PlayFilter f) {
    BigDecimal sum =
        dsl.select(DSL.sum(PLAY_TALLY.PLAYS))
            .from(PLAY_TALLY)
            .join(CHART_REF)
            .on(CHART_REF.PK.eq(PLAY_TALLY.REF_PK))
            .where(PLAY_TALLY.PLAYER.eq(player))
            .and(wording(f))
            .fetchOne(0, BigDecimal.class);
    return sum == null ? 0 : sum.longValueExact();
  }

  /** The filter's conditions on chart_ref. */
  private static Condition wording(PlayFilter f) {
    Condition c = DSL.noCondition();
    if (f.chart() != null) {
      c = c.and(CHART_REF.CHART_PK.eq(PlayFilters.chartPk(f.chart())));
    }
    if (!f.titleContains().isEmpty()) {
      c = c.and(CHART_REF.TITLE.containsIgnoreCase(f.titleContains()));
    }
    if (f.difficulty() != null) {
      c = c.and(CHART_REF.DIFFICULTY.eq(f.difficulty().name()));
    }
    if (f.type() != null) {
      c = c.and(CHART_REF.CHART_TYPE.eq(f.type().name()));
    }
    if (!f.level().isEmpty()) {
      c = c.and(CHART_REF.LEVEL_LABEL.eq(f.level()));
    }
    return c;
  }
}
