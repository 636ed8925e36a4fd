package dev.probe.core.domain.rating;

import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.InternalLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A player's DX RATING: the 15 best "new" charts plus the 35 best "old" ones.
 *
 * @param newCharts B15, best first
 * @param oldCharts B35, best first
 * @param rules the rules used
 */
public record Best50(List<RatedBest> newCharts, List<RatedBest> oldCharts, RatingRules rules) {

  public static final int NEW_COUNT = 15;
  public static final int OLD_COUNT = 35;

  /** Best first; ties by constant, then achievement, then chart id so that order never varies. */
  public static final Comparator<RatedBest> ORDER =
      Comparator.comparingInt(RatedBest::rating)
          .thenComparing(RatedBest::constant)
          .thenComparing(r -> r.best().best().achievement())
          .reversed()
          .thenComparing(r -> r.chart().id());

  public Best50 {
    newCharts = List.copyOf(newCharts);
    oldCharts = List.copyOf(oldCharts);
  }

  /**
   * Rates every best and keeps the top 15 new and 35 old. Bests on charts absent from {@code
   * charts}, on utage or removed charts, or without any constant are left out.
   */
  public static Best50 of(
      Iterable<BestScore> bests, Map<ChartId, Chart> charts, RatingRules rules) {
    List<RatedBest> fresh = new ArrayList<>();
    List<RatedBest> old = new ArrayList<>();
    for (BestScore best : bests) {
      Optional<RatedBest> rated = rate(best, charts.get(best.chartId()), rules);
      if (rated.isPresent()) {
        (rated.get().isNew() ? fresh : old).add(rated.get());
      }
    }
    return new Best50(top(fresh, NEW_COUNT), top(old, OLD_COUNT), rules);
  }

  /** One best rated under {@code rules}; empty when it cannot count. */
  public static Optional<RatedBest> rate(BestScore best, Chart chart, RatingRules rules) {
    if (chart == null || !rules.counts(chart)) {
      return Optional.empty();
    }
    Optional<InternalLevel> constant = rules.constantOf(chart);
    if (constant.isEmpty()) {
      return Optional.empty();
    }
    int rating =
        ChartRatingFormula.base(constant.get(), best.best().achievement())
            + (rules.apBonus() && best.best().combo().isAllPerfect() ? 1 : 0);
    return Optional.of(new RatedBest(chart, best, constant.get(), rating, rules.isNew(chart)));
  }

  private static List<RatedBest> top(List<RatedBest> all, int n) {
    all.sort(ORDER);
    return all.size() > n ? new ArrayList<>(all.subList(0, n)) : all;
  }

  public int newTotal() {
    return newCharts.stream().mapToInt(RatedBest::rating).sum();
  }

  public int oldTotal() {
    return oldCharts.stream().mapToInt(RatedBest::rating).sum();
  }

  /** The DX RATING. */
  public int total() {
    return newTotal() + oldTotal();
  }

  /** Whether any counted chart was rated with an estimated constant. */
  public boolean estimated() {
    return newCharts.stream().anyMatch(RatedBest::estimated)
        || oldCharts.stream().anyMatch(RatedBest::estimated);
  }

  /** The lowest rating that still counts in the new (or old) pool; 0 while the pool is not full. */
  public int floor(boolean isNew) {
    List<RatedBest> pool = isNew ? newCharts : oldCharts;
    int size = isNew ? NEW_COUNT : OLD_COUNT;
    return pool.size() < size ? 0 : pool.get(pool.size() - 1).rating();
  }
}
