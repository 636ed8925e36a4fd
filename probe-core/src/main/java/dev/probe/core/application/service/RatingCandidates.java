package dev.probe.core.application.service;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.rating.Best50;
import dev.probe.core.domain.rating.ChartRatingFormula;
import dev.probe.core.domain.rating.RatedBest;
import dev.probe.core.domain.rating.RatingRules;
import dev.probe.core.domain.view.RatingCandidate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "What would raise it": for every chart that can count, the lowest rank step above the player's
 * best that would raise the DX RATING, and by how much.
 */
final class RatingCandidates {

  /** Achievements where the factor steps up, from A upwards; the only useful targets. */
  private static final int[] STEPS = {
    800_000, 900_000, 940_000, 969_999, 970_000, 980_000, 989_999, 990_000, 995_000, 999_999,
    1_000_000, 1_004_999, 1_005_000
  };

  private RatingCandidates() {}

  static List<RatingCandidate> of(
      Best50 current,
      Map<ChartId, BestScore> bests,
      ChartDirectory charts,
      RatingRules rules,
      int limit) {
    if (limit == 0) {
      return List.of();
    }
    Map<ChartId, RatedBest> counted = new HashMap<>();
    current.newCharts().forEach(r -> counted.put(r.chart().id(), r));
    current.oldCharts().forEach(r -> counted.put(r.chart().id(), r));
    List<RatingCandidate> found = new ArrayList<>();
    for (Chart chart : charts.charts().values()) {
      candidate(chart, bests.get(chart.id()), counted.get(chart.id()), current, charts, rules)
          .ifPresent(found::add);
    }
    found.sort(
        Comparator.comparingInt(RatingCandidate::gain)
            .reversed()
            .thenComparing(RatingCandidate::needed)
            .thenComparing(c -> c.chart().id()));
    return found.size() > limit ? found.subList(0, limit) : found;
  }

  private static Optional<RatingCandidate> candidate(
      Chart chart,
      BestScore best,
      RatedBest counted,
      Best50 current,
      ChartDirectory charts,
      RatingRules rules) {
    if (!rules.counts(chart)) {
      return Optional.empty();
    }
    Optional<InternalLevel> constant = rules.constantOf(chart);
    if (constant.isEmpty()) {
      return Optional.empty();
    }
    boolean isNew = rules.isNew(chart);
    int have = best == null ? -1 : best.best().achievement().value();
    int currentRating = counted != null ? counted.rating() : rating(constant.get(), best);
    // A chart in the B50 only has to beat itself; any other must beat the pool's lowest.
    int toBeat = counted != null ? counted.rating() : current.floor(isNew);
    for (int step : STEPS) {
      if (step <= have) {
        continue;
      }
      Achievement target = new Achievement(step);
      int r = ChartRatingFormula.base(constant.get(), target);
      if (r > toBeat) {
        return Optional.of(
            new RatingCandidate(
                charts.info(chart.id(), rules),
                isNew,
                best == null ? null : best.best().achievement(),
                Math.max(currentRating, 0),
                target,
                r,
                r - toBeat));
      }
    }
    return Optional.empty();
  }

  private static int rating(InternalLevel constant, BestScore best) {
    return best == null ? 0 : ChartRatingFormula.base(constant, best.best().achievement());
  }
}
