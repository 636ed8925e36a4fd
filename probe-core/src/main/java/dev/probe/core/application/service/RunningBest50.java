package dev.probe.core.application.service;

import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.rating.Best50;
import dev.probe.core.domain.rating.RatedBest;
import dev.probe.core.domain.rating.RatingRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A B50 kept up to date one best at a time, for a rating curve over many thousands of plays: a
 * changed best re-rates its chart only, new rules re-rate everything, and the top of each pool is
 * read off sorted sets. It gives exactly what {@link Best50#of} gives for the same bests.
 */
final class RunningBest50 {
  private final Map<ChartId, BestScore> bests = new HashMap<>();
  private final Map<ChartId, RatedBest> rated = new HashMap<>();
  private final TreeSet<RatedBest> fresh = new TreeSet<>(Best50.ORDER);
  private final TreeSet<RatedBest> old = new TreeSet<>(Best50.ORDER);
  private final Map<ChartId, Chart> charts;
  private RatingRules rules;

  /**
   * @param charts the catalogue the bests are rated on; a chart added to it later is seen
   */
  RunningBest50(Map<ChartId, Chart> charts) {
    this.charts = charts;
  }

  BestScore best(ChartId chart) {
    return bests.get(chart);
  }

  void put(BestScore best) {
    bests.put(best.chartId(), best);
    if (rules != null) {
      rate(best);
    }
  }

  /** The B50 under {@code now}, re-rating every best when the rules changed. */
  Best50 under(RatingRules now) {
    if (!now.equals(rules)) {
      rules = now;
      rated.clear();
      fresh.clear();
      old.clear();
      bests.values().forEach(this::rate);
    }
    return new Best50(top(fresh, Best50.NEW_COUNT), top(old, Best50.OLD_COUNT), rules);
  }

  private void rate(BestScore best) {
    RatedBest before = rated.remove(best.chartId());
    if (before != null) {
      (before.isNew() ? fresh : old).remove(before);
    }
    Best50.rate(best, charts.get(best.chartId()), rules)
        .ifPresent(
            r -> {
              rated.put(best.chartId(), r);
              (r.isNew() ? fresh : old).add(r);
            });
  }

  private static List<RatedBest> top(TreeSet<RatedBest> pool, int n) {
    List<RatedBest> top = new ArrayList<>(n);
    Iterator<RatedBest> it = pool.iterator();
    while (top.size() < n && it.hasNext()) {
      top.add(it.next());
    }
    return top;
  }
}
