package dev.probe.core.domain;

/**
 * A DX score and its maximum (3 × the chart's notes), as NET prints {@code 1,298 / 1,689}.
 *
 * @param score points earned
 * @param max the chart's maximum; 0 when unknown
 */
public record DxScore(int score, int max) implements Comparable<DxScore> {

  private static final int[] STAR_PERCENTS = {85, 90, 93, 95, 97};

  public DxScore {
    if (score < 0 || max < 0 || (max > 0 && score > max)) {
      throw new IllegalArgumentException("DX score out of range: " + score + " / " + max);
    }
  }

  /**
   * DX stars 0–5, compared in integers: a star for each t in 85, 90, 93, 95, 97 with 100·s ≥ t·max.
   */
  public int stars() {
    if (max == 0) {
      return 0;
    }
    int stars = 0;
    for (int t : STAR_PERCENTS) {
      if (100L * score >= (long) t * max) {
        stars++;
      }
    }
    return stars;
  }

  @Override
  public int compareTo(DxScore o) {
    return Integer.compare(score, o.score);
  }
}
