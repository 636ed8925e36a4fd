package dev.probe.core.domain.rating;

import dev.probe.core.domain.Achievement;

/**
 * The rank factor (係数) by achievement: the last row whose threshold is at or below the achievement.
 * The x.9999 rows are real game values, not rounding artefacts.
 */
public final class RankFactor {

  /** Thresholds in ten-thousandths of a percent, ascending. */
  private static final int[] FROM = {
    0, 100_000, 200_000, 300_000, 400_000, 500_000, 600_000, 700_000, 750_000, 799_999, 800_000,
    900_000, 940_000, 969_999, 970_000, 980_000, 989_999, 990_000, 995_000, 999_999, 1_000_000,
    1_004_999, 1_005_000
  };

  /** Factors times ten, parallel to {@link #FROM}. */
  private static final int[] TENTHS = {
    0, 16, 32, 48, 64, 80, 96, 112, 120, 128, 136, 152, 168, 176, 200, 203, 206, 208, 211, 214, 216,
    222, 224
  };

  private RankFactor() {}

  /**
   * The factor times ten ({@code 22.4} is {@code 224}), looked up with the uncapped achievement.
   */
  public static int tenths(Achievement achievement) {
    int v = achievement.value();
    int found = 0;
    for (int i = 0; i < FROM.length; i++) {
      if (v >= FROM[i]) {
        found = TENTHS[i];
      } else {
        break;
      }
    }
    return found;
  }
}
