package dev.probe.core.domain.view;

import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.rating.RatingBand;
import java.time.Instant;
import java.util.List;

/**
 * The DX RATING at one instant, with its parts and NET's own figure beside it.
 *
 * @param player whose rating
 * @param region the region's rules
 * @param version the game version in force at {@code asOf}
 * @param asOf the instant rated
 * @param newCharts B15, best first
 * @param oldCharts B35, best first
 * @param newTotal sum of B15
 * @param oldTotal sum of B35
 * @param total the computed DX RATING
 * @param estimated whether any counted chart used an estimated constant
 * @param netRating what NET showed at the latest snapshot at or before {@code asOf}; -1 when none
 * @param mismatch whether NET's figure differs from the computed one (a missing score or a wrong
 *     constant)
 * @param band colour band of the computed rating
 * @param curve the rating over time, oldest first
 * @param candidates charts whose better score would raise the rating, largest gain first
 */
public record RatingView(
    PlayerId player,
    Region region,
    GameVersion version,
    Instant asOf,
    List<RatingEntry> newCharts,
    List<RatingEntry> oldCharts,
    int newTotal,
    int oldTotal,
    int total,
    boolean estimated,
    int netRating,
    boolean mismatch,
    RatingBand band,
    List<RatingPoint> curve,
    List<RatingCandidate> candidates) {
  public RatingView {
    newCharts = List.copyOf(newCharts);
    oldCharts = List.copyOf(oldCharts);
    curve = List.copyOf(curve);
    candidates = List.copyOf(candidates);
  }
}
