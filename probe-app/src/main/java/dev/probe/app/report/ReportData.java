package dev.probe.app.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Everything the offline report shows, already formatted where the domain has a format.
 *
 * @param player the player's handle
 * @param zone the zone the region shows times in
 * @param generatedAt when the report was written
 * @param profile the latest profile; null before the first sync
 * @param rating the computed DX RATING now
 * @param curve the rating over time, oldest first
 * @param newCharts B15, best first
 * @param oldCharts B35, best first
 * @param plays the play history, newest first
 * @param playsLeftOut plays older than those listed (the report keeps its size bounded)
 */
record ReportData(
    String player,
    ZoneOffset zone,
    Instant generatedAt,
    Profile profile,
    int rating,
    List<CurvePoint> curve,
    List<BestRow> newCharts,
    List<BestRow> oldCharts,
    List<PlayRow> plays,
    long playsLeftOut) {

  ReportData {
    curve = List.copyOf(curve);
    newCharts = List.copyOf(newCharts);
    oldCharts = List.copyOf(oldCharts);
    plays = List.copyOf(plays);
  }

  /** What the newest profile snapshot showed. */
  record Profile(
      String name,
      int netRating,
      int stars,
      String trophy,
      String courseRank,
      String classRank,
      int playCount,
      Instant takenAt) {}

  /** One point of the rating curve; {@code netRating} is -1 when NET's figure is unknown. */
  record CurvePoint(Instant at, int rating, int netRating) {}

  /** One chart of B15 or B35. */
  record BestRow(
      String title,
      String chart,
      String level,
      String constant,
      String achievement,
      String rank,
      String marks,
      int rating) {}

  /** One play. */
  record PlayRow(
      Instant at,
      String title,
      String chart,
      String level,
      String achievement,
      String rank,
      String dxScore,
      String marks,
      int rating) {}
}
