package dev.probe.core.application.service;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.rating.ChartRatingFormula;
import dev.probe.core.domain.rating.RatingRules;
import java.util.Optional;

/** A chart rating for display: 0 for charts that cannot count (utage, no constant). */
record PlayRating(int value, boolean estimated) {

  static final PlayRating NONE = new PlayRating(0, false);

  static PlayRating of(Chart chart, Achievement achievement, ComboFlag combo, RatingRules rules) {
    if (!rules.counts(chart)) {
      return NONE;
    }
    Optional<InternalLevel> constant = rules.constantOf(chart);
    if (constant.isEmpty()) {
      return NONE;
    }
    int bonus = rules.apBonus() && combo.isAllPerfect() ? 1 : 0;
    return new PlayRating(
        ChartRatingFormula.base(constant.get(), achievement) + bonus, constant.get().estimated());
  }
}
