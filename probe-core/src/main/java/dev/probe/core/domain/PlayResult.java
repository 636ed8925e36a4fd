package dev.probe.core.domain;

import java.util.Objects;

/**
 * The result of one play or the best result on a chart.
 *
 * @param achievement exact achievement
 * @param rank rank letter as NET showed it (utage ranks follow the page, not the formula)
 * @param dxScore DX score with its maximum
 * @param combo FC/AP mark, {@link ComboFlag#NONE} when none
 * @param sync sync mark, {@link SyncFlag#NONE} when none
 */
public record PlayResult(
    Achievement achievement, Rank rank, DxScore dxScore, ComboFlag combo, SyncFlag sync) {
  public PlayResult {
    Objects.requireNonNull(achievement, "achievement");
    Objects.requireNonNull(rank, "rank");
    Objects.requireNonNull(dxScore, "dxScore");
    Objects.requireNonNull(combo, "combo");
    Objects.requireNonNull(sync, "sync");
  }
}
