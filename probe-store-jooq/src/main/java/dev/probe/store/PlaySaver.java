package dev.probe.store;

import static dev.probe.store.gen.Tables.PLAY;

import dev.probe.core.application.port.out.SavePlaysPort;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayKey;
import dev.probe.store.BestState.Source;
import dev.probe.store.ChartKeys.Wording;
import dev.probe.store.gen.tables.records.PlayRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Saves plays as {@code INSERT … ON CONFLICT} upserts: a known play stays as it is, except that a
 * missing detail is filled in. One transaction per call (or the caller's), rows in key order so
 * that concurrent savers of the same plays queue up instead of deadlocking.
 */
final class PlaySaver implements SavePlaysPort {

  private static final int ROWS_PER_STATEMENT = 1000;
  private static final Field<Boolean> INSERTED = DSL.field("(xmax = 0)", Boolean.class);
  private static final Comparator<Play> KEY_ORDER =
      Comparator.comparing((Play p) -> p.player().value()).thenComparing(Play::key);

  private final StoreTx tx;

  PlaySaver(StoreTx tx) {
    this.tx = tx;
  }

  @Override
  public List<PlayKey> savePlays(long syncRunId, List<Play> plays) {
    if (plays.isEmpty()) {
      return List.of();
    }
    List<Play> unique = withoutRepeats(plays);
    return tx.write(dsl -> save(dsl, syncRunId, unique));
  }

  private static List<PlayKey> save(DSLContext dsl, long syncRunId, List<Play> plays) {
    Map<ChartId, Integer> charts =
        ChartKeys.resolve(dsl, plays.stream().map(Play::chartId).toList());
    Map<Wording, Integer> refs =
        ChartKeys.resolveRefs(
            dsl, plays.stream().map(p -> new Wording(charts.get(p.chartId()), p.chart())).toList());
    List<Play> sorted = new ArrayList<>(plays);
    sorted.sort(KEY_ORDER);
    Map<String, List<Integer>> chartsByPlayer = new java.util.TreeMap<>();
    for (Play p : sorted) {
      chartsByPlayer
          .computeIfAbsent(p.player().value(), k -> new ArrayList<>())
          .add(charts.get(p.chartId()));
    }
    chartsByPlayer.forEach((player, pks) -> BestStates.lock(dsl, player, pks));
    Set<String> inserted = new HashSet<>();
    for (int from = 0; from < sorted.size(); from += ROWS_PER_STATEMENT) {
      List<Play> chunk = sorted.subList(from, Math.min(sorted.size(), from + ROWS_PER_STATEMENT));
      InsertValuesStepN<PlayRecord> insert = dsl.insertInto(PLAY).columns(COLUMNS);
      for (Play p : chunk) {
        int chartPk = charts.get(p.chartId());
        insert =
            insert.values(values(p, chartPk, refs.get(new Wording(chartPk, p.chart())), syncRunId));
      }
      for (Record r :
          insert
              .onConflict(PLAY.PLAYER, PLAY.PLAY_KEY)
              .doUpdate()
              .set(PLAY.DETAIL, DSL.excluded(PLAY.DETAIL))
              .where(PLAY.DETAIL.isNull().and(DSL.excluded(PLAY.DETAIL).isNotNull()))
              .returningResult(PLAY.PLAYER, PLAY.PLAY_KEY, INSERTED)
              .fetch()) {
        if (r.get(INSERTED)) {
          inserted.add(r.get(PLAY.PLAYER) + "\n" + r.get(PLAY.PLAY_KEY));
        }
      }
    }
    List<PlayKey> fresh = new ArrayList<>();
    Map<String, List<Source>> sources = new java.util.TreeMap<>();
    for (Play p : plays) {
      if (inserted.contains(p.player().value() + "\n" + p.key().value())) {
        fresh.add(p.key());
        sources
            .computeIfAbsent(p.player().value(), k -> new ArrayList<>())
            .add(new Source(charts.get(p.chartId()), p.playedAt(), p.result(), true));
      }
    }
    sources.forEach((player, list) -> BestStates.add(dsl, player, list));
    return fresh;
  }

  private static final List<Field<?>> COLUMNS =
      List.of(
          PLAY.PLAYER,
          PLAY.PLAY_KEY,
          PLAY.CHART_PK,
          PLAY.REF_PK,
          PLAY.TRACK,
          PLAY.PLAYED_AT,
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
          PLAY.FIRST_RUN);

  private static List<Object> values(Play p, int chartPk, int refPk, long syncRunId) {
    return java.util.Arrays.asList(
        p.player().value(),
        p.key().value(),
        chartPk,
        refPk,
        (short) p.track(),
        PlayRows.utc(p.playedAt()),
        p.result().achievement().value(),
        Codes.rank(p.result().rank()),
        p.result().dxScore().score(),
        p.result().dxScore().max(),
        Codes.combo(p.result().combo()),
        Codes.sync(p.result().sync()),
        p.achievementNewRecord(),
        p.dxScoreNewRecord(),
        (short) p.place(),
        p.detailIdx(),
        p.detail() == null ? null : JSONB.valueOf(DetailJson.write(p.detail())),
        syncRunId);
  }

  /** One play per key; a repeat that brings the detail the first lacked lends it. */
  private static List<Play> withoutRepeats(List<Play> plays) {
    Map<String, Play> byKey = new LinkedHashMap<>();
    for (Play p : plays) {
      byKey.merge(
          p.player().value() + "\n" + p.key().value(),
          p,
          (old, neu) ->
              old.detail() == null && neu.detail() != null ? old.withDetail(neu.detail()) : old);
    }
    return List.copyOf(byKey.values());
  }
}
