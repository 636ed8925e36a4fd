package dev.probe.store;

import dev.probe.core.application.port.out.SavePlaysPort;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayKey;
import dev.probe.store.BestState.Source;
import dev.probe.store.ChartKeys.Wording;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jooq.DSLContext;

/**
 * Saves plays as {@code INSERT … ON CONFLICT} upserts ({@link PlayBatchInsert}): a known play stays
 * as it is, except that a missing detail is filled in. One transaction per call (or the caller's):
 * the plays, their tallies and their charts' bests commit together or not at all. Charts are locked
 * and rows written in key order, so concurrent savers of the same plays queue up instead of
 * deadlocking.
 */
final class PlaySaver implements SavePlaysPort {

  private static final int ROWS_PER_STATEMENT = 1000;
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
    Map<String, List<Integer>> chartsByPlayer = new TreeMap<>();
    List<PlayBatchInsert.Row> rows = new ArrayList<>(sorted.size());
    for (Play p : sorted) {
      int chartPk = charts.get(p.chartId());
      chartsByPlayer.computeIfAbsent(p.player().value(), k -> new ArrayList<>()).add(chartPk);
      rows.add(new PlayBatchInsert.Row(p, chartPk, refs.get(new Wording(chartPk, p.chart()))));
    }
    chartsByPlayer.forEach((player, pks) -> BestStates.lock(dsl, player, pks));
    Set<String> inserted = new HashSet<>();
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      inserted.addAll(
          PlayBatchInsert.upsert(
              dsl,
              syncRunId,
              rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT))));
    }
    Map<String, List<Source>> sources = new TreeMap<>();
    Map<String, SortedMap<Integer, Long>> tallies = new TreeMap<>();
    Map<String, SortedMap<PlayMonths.Key, Long>> months = new TreeMap<>();
    for (PlayBatchInsert.Row row : rows) {
      Play p = row.play();
      if (inserted.contains(p.player().value() + "\n" + p.key().value())) {
        sources
            .computeIfAbsent(p.player().value(), k -> new ArrayList<>())
            .add(new Source(row.chartPk(), p.playedAt(), p.result(), true));
        tallies
            .computeIfAbsent(p.player().value(), k -> new TreeMap<>())
            .merge(row.refPk(), 1L, Long::sum);
        months
            .computeIfAbsent(p.player().value(), k -> new TreeMap<>())
            .merge(
                new PlayMonths.Key(p.chart().difficulty().name(), PlayMonths.month(p.playedAt())),
                1L,
                Long::sum);
      }
    }
    tallies.forEach((player, byRef) -> PlayTally.add(dsl, player, byRef));
    months.forEach((player, byMonth) -> PlayMonths.add(dsl, player, byMonth));
    sources.forEach((player, list) -> BestStates.add(dsl, player, list));
    List<PlayKey> fresh = new ArrayList<>();
    for (Play p : plays) {
      if (inserted.contains(p.player().value() + "\n" + p.key().value())) {
        fresh.add(p.key());
      }
    }
    return fresh;
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
