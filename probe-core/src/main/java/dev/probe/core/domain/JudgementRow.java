package dev.probe.core.domain;

/**
 * One row of a play's judgement table. A {@code null} cell is "not applicable" (NET leaves it
 * empty), which is not the same as 0: STD charts have no TOUCH row, HOLD may have no CRITICAL
 * PERFECT cell.
 */
public record JudgementRow(
    Integer criticalPerfect, Integer perfect, Integer great, Integer good, Integer miss) {

  public static final JudgementRow EMPTY = new JudgementRow(null, null, null, null, null);

  /** Notes of this type in the chart (the sum of the numbers present). */
  public int total() {
    return n(criticalPerfect) + n(perfect) + n(great) + n(good) + n(miss);
  }

  public boolean isEmpty() {
    return criticalPerfect == null
        && perfect == null
        && great == null
        && good == null
        && miss == null;
  }

  private static int n(Integer v) {
    return v == null ? 0 : v;
  }
}
