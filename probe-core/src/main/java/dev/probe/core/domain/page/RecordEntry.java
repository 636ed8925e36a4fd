package dev.probe.core.domain.page;

import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.PlayResult;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One play as the record list (and the top of its detail page) shows it.
 *
 * @param track track number
 * @param shownAt the minute NET printed, in the region's local time
 * @param playedAt the instant: the idx's Unix second when present, else the shown minute
 * @param detailIdx the detail form's {@code idx} ({@code slot,unixseconds}, or only a slot on old
 *     pages)
 * @param chart the chart as shown
 * @param result the result
 * @param dxStars stars NET drew (0–5)
 * @param achievementNewRecord NEW RECORD on the achievement
 * @param dxScoreNewRecord NEW RECORD on the DX score
 * @param place 1–4 among linked players; 0 for a solo play
 * @param vsKind {@code vs} or {@code boss} for battle plays; "" otherwise
 * @param vsWon whether a battle play was won
 */
public record RecordEntry(
    int track,
    LocalDateTime shownAt,
    Instant playedAt,
    String detailIdx,
    ChartRef chart,
    PlayResult result,
    int dxStars,
    boolean achievementNewRecord,
    boolean dxScoreNewRecord,
    int place,
    String vsKind,
    boolean vsWon) {

  /** Whether {@link #playedAt()} is exact to the second (the idx carried the time). */
  public boolean exactTime() {
    return detailIdx.indexOf(',') >= 0;
  }
}
