package dev.probe.core.domain.diff;

import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.SyncFlag;

/**
 * Merges results into a best the way NET keeps it: each part is the best ever seen on its own, and
 * the rank follows the best achievement. A best therefore never goes down.
 */
public final class BestResults {

  private BestResults() {}

  /** The best of both; {@code before} may be null (nothing yet). */
  public static PlayResult merge(PlayResult before, PlayResult now) {
    if (before == null) {
      return now;
    }
    PlayResult higher = now.achievement().compareTo(before.achievement()) > 0 ? now : before;
    return new PlayResult(
        higher.achievement(),
        higher.rank(),
        now.dxScore().compareTo(before.dxScore()) > 0 ? now.dxScore() : before.dxScore(),
        ComboFlag.better(before.combo(), now.combo()),
        SyncFlag.better(before.sync(), now.sync()));
  }

  /** Whether {@code now} betters {@code before} in any part (a new best). */
  public static boolean improves(PlayResult before, PlayResult now) {
    return before == null || !merge(before, now).equals(before);
  }
}
