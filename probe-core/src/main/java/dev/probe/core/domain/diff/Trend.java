package dev.probe.core.domain.diff;

/** How one part of a play compares with the best before it. */
public enum Trend {
  /** the first play on the chart: nothing to compare with */
  FIRST,
  UP,
  SAME,
  DOWN;

  static <T extends Comparable<? super T>> Trend of(T before, T now) {
    if (before == null) {
      return FIRST;
    }
    int c = now.compareTo(before);
    return c > 0 ? UP : c < 0 ? DOWN : SAME;
  }
}
