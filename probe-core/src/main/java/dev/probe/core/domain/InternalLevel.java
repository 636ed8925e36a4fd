package dev.probe.core.domain;

/**
 * A chart's internal level (constant, "ds"), kept in tenths: 14.8 is {@code 148}.
 *
 * @param tenths the constant times ten
 * @param estimated true when guessed from the level label because no catalogue supplied it
 */
public record InternalLevel(int tenths, boolean estimated) implements Comparable<InternalLevel> {
  public InternalLevel {
    if (tenths < 0 || tenths > 160) {
      throw new IllegalArgumentException("internal level out of range: " + tenths);
    }
  }

  public static InternalLevel exact(int tenths) {
    return new InternalLevel(tenths, false);
  }

  /** {@code "14.8"}. */
  public String format() {
    return (tenths / 10) + "." + (tenths % 10);
  }

  @Override
  public int compareTo(InternalLevel o) {
    return Integer.compare(tenths, o.tenths);
  }
}
