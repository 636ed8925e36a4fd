package dev.probe.core.domain;

import java.time.Instant;

/**
 * Which plays to list; every null or empty field means "any".
 *
 * @param chart one chart
 * @param titleContains part of the title (case-insensitive)
 * @param difficulty one difficulty
 * @param type STD or DX
 * @param level level label ({@code 13+})
 * @param from played at or after
 * @param to played before
 * @param minRank rank at least
 * @param minCombo FC/AP mark at least
 * @param minSync sync mark at least
 * @param newRecordsOnly only plays NET marked NEW RECORD
 */
public record PlayFilter(
    ChartId chart,
    String titleContains,
    Difficulty difficulty,
    ChartType type,
    String level,
    Instant from,
    Instant to,
    Rank minRank,
    ComboFlag minCombo,
    SyncFlag minSync,
    boolean newRecordsOnly) {

  public static final PlayFilter ALL =
      new PlayFilter(null, "", null, null, "", null, null, null, null, null, false);

  public PlayFilter {
    titleContains = titleContains == null ? "" : titleContains;
    level = level == null ? "" : level;
    if (from != null && to != null && !from.isBefore(to)) {
      throw ProbeException.invalid("the date range is empty: " + from + " is not before " + to);
    }
  }

  /** Whether a play passes this filter (the in-memory store and tests use it). */
  public boolean accepts(Play p) {
    return (chart == null || chart.equals(p.chartId()))
        && (titleContains.isEmpty()
            || p.chart().title().toLowerCase().contains(titleContains.toLowerCase()))
        && (difficulty == null || difficulty == p.chart().difficulty())
        && (type == null || type == p.chart().type())
        && (level.isEmpty() || level.equals(p.chart().level()))
        && (from == null || !p.playedAt().isBefore(from))
        && (to == null || p.playedAt().isBefore(to))
        && (minRank == null || p.result().rank().compareTo(minRank) >= 0)
        && (minCombo == null || p.result().combo().compareTo(minCombo) >= 0)
        && (minSync == null || p.result().sync().compareTo(minSync) >= 0)
        && (!newRecordsOnly || p.achievementNewRecord() || p.dxScoreNewRecord());
  }
}
