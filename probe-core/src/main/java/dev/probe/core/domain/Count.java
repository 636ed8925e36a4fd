package dev.probe.core.domain;

/**
 * A NET counter {@code n/total}: max combo, max sync, a clear counter, life.
 *
 * @param value the count
 * @param total its ceiling (0 when the page shows none)
 */
public record Count(int value, int total) {
  public Count {
    if (value < 0 || total < 0) {
      throw new IllegalArgumentException("negative count: " + value + "/" + total);
    }
  }
}
