package dev.probe.core.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.rating.ChartRatingFormula;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RatingProperties {

  @Property(tries = 2000)
  void ratingNeverFallsAsAchievementRises(
      @ForAll @IntRange(min = 10, max = 150) int dsTenths,
      @ForAll @IntRange(min = 0, max = Achievement.MAX_NORMAL) int a,
      @ForAll @IntRange(min = 0, max = 20_000) int step) {
    InternalLevel ds = InternalLevel.exact(dsTenths);
    int b = Math.min(Achievement.MAX_NORMAL, a + step);
    assertThat(ChartRatingFormula.base(ds, new Achievement(b)))
        .isGreaterThanOrEqualTo(ChartRatingFormula.base(ds, new Achievement(a)));
  }

  @Property(tries = 500)
  void aHigherConstantNeverRatesLower(
      @ForAll @IntRange(min = 10, max = 149) int dsTenths,
      @ForAll @IntRange(min = 0, max = Achievement.MAX_NORMAL) int a) {
    Achievement ach = new Achievement(a);
    assertThat(ChartRatingFormula.base(InternalLevel.exact(dsTenths + 1), ach))
        .isGreaterThanOrEqualTo(ChartRatingFormula.base(InternalLevel.exact(dsTenths), ach));
  }

  @Property(tries = 500)
  void theApBonusIsExactlyOneOnTopOfTheFloor(
      @ForAll @IntRange(min = 10, max = 150) int dsTenths,
      @ForAll @IntRange(min = ChartRatingFormula.CAP, max = Achievement.MAX_NORMAL) int a) {
    InternalLevel ds = InternalLevel.exact(dsTenths);
    Achievement ach = new Achievement(a);
    assertThat(ChartRatingFormula.rating(ds, ach, ComboFlag.APP, true))
        .isEqualTo(ChartRatingFormula.rating(ds, ach, ComboFlag.FCP, true) + 1);
  }
}
