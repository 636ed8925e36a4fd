package dev.probe.core.domain;

import java.time.Instant;

/**
 * The best on one chart. Each part is the best ever seen on its own (NET does the same): the
 * highest achievement, the highest DX score, the best FC/AP and sync marks.
 *
 * @param chartId the chart
 * @param best the best result
 * @param achievedAt when the best achievement was first reached (or first seen on a score list)
 * @param fromPlays true when every part comes from archived plays; false when a score list supplied
 *     part
 */
public record BestScore(ChartId chartId, PlayResult best, Instant achievedAt, boolean fromPlays) {}
