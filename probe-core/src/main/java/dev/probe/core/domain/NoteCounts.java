package dev.probe.core.domain;

/** Notes of a chart per type; STD charts have no TOUCH. All zero when unknown. */
public record NoteCounts(int tap, int hold, int slide, int touch, int breaks) {
  public static final NoteCounts UNKNOWN = new NoteCounts(0, 0, 0, 0, 0);

  public int total() {
    return tap + hold + slide + touch + breaks;
  }

  /** The DX score maximum: three points per note. */
  public int maxDxScore() {
    return 3 * total();
  }
}
