package dev.probe.core.domain.rating;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.InternalLevel;

/**
 * A chart's rating from its constant and an achievement, in exact integers (MAIMAI-RULES §1.3):
 * {@code floor(factor × ds × min(achievement, 100.5) / 100)}, plus 1 for AP/AP+ where the rules in
 * force grant it.
 */
public final class ChartRatingFormula {

  /** 100.5000%: the achievement is capped here inside the product. */
  public static final int CAP = 1_005_000;

  private ChartRatingFormula() {}

  /** The floored rating without any bonus. */
  public static int base(InternalLevel constant, Achievement achievement) {
    long capped = Math.min(achievement.value(), CAP);
    return (int)
        ((long) RankFactor.tenths(achievement) * constant.tenths() * capped / 100_000_000L);
  }

  /**
   * The rating of a play or best.
   *
   * @param apBonus whether the rules in force add 1 for ALL PERFECT (CiRCLE and later)
   * @throws dev.probe.core.domain.ProbeException {@code INVALID_INPUT} for an AP below 100.5%,
   *     which the game cannot produce
   */
  public static int rating(
      InternalLevel constant, Achievement achievement, ComboFlag combo, boolean apBonus) {
    if (combo.isAllPerfect() && achievement.value() < CAP) {
      throw dev.probe.core.domain.ProbeException.invalid(
          "an ALL PERFECT always reaches 100.5000%, but this one shows " + achievement);
    }
    return base(constant, achievement) + (apBonus && combo.isAllPerfect() ? 1 : 0);
  }
}
