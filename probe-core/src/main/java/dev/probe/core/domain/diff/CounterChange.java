package dev.probe.core.domain.diff;

/**
 * One profile counter that changed between two snapshots.
 *
 * @param name the counter ({@code rating}, {@code stars}, {@code playCountTotal}, {@code
 *     playCountVersion}, or a clear counter such as {@code sssp} or {@code fdx})
 * @param before its value before; -1 when it was not shown
 * @param after its value after; -1 when it is no longer shown
 */
public record CounterChange(String name, int before, int after) {
  public int delta() {
    return before < 0 || after < 0 ? 0 : after - before;
  }
}
