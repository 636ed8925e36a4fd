package dev.probe.core.application.port.in;

import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.PlayResult;
import java.time.Instant;
import java.util.Objects;

/**
 * One exported best score with what the catalogue knows of its chart.
 *
 * @param chartId stable chart id
 * @param level level label; "" when the catalogue does not know the chart
 * @param constant newest known internal level ({@code "14.8"}); "" when unknown
 * @param constantEstimated whether that constant was guessed from the label
 * @param rating the chart rating under the player's region's current rules; 0 for utage and for
 *     charts without a constant
 * @param best the best result (each part the best ever seen)
 * @param achievedAt when the best achievement was first reached or seen
 * @param fromPlays whether every part comes from archived plays
 */
public record ScoreRow(
    ChartId chartId,
    String level,
    String constant,
    boolean constantEstimated,
    int rating,
    PlayResult best,
    Instant achievedAt,
    boolean fromPlays) {
  public ScoreRow {
    Objects.requireNonNull(chartId, "chartId");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(constant, "constant");
    Objects.requireNonNull(best, "best");
    Objects.requireNonNull(achievedAt, "achievedAt");
  }
}
