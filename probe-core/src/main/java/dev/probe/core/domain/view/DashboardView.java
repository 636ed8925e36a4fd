package dev.probe.core.domain.view;

import dev.probe.core.domain.Player;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.diff.LostPlays;
import java.util.List;
import java.util.Optional;

/**
 * The first page of a player.
 *
 * @param player the player
 * @param profile the latest profile snapshot; null before the first sync
 * @param rating the computed DX RATING now
 * @param ratingEstimated whether it used estimated constants
 * @param curve the rating over time, oldest first
 * @param latestPlays the newest plays, newest first
 * @param latestSync what the newest finished run changed; null when none ran
 * @param lostWarning plays lost in the newest run; null when none
 * @param playCount plays in the archive
 */
public record DashboardView(
    Player player,
    ProfileSnapshot profile,
    int rating,
    boolean ratingEstimated,
    List<RatingPoint> curve,
    List<PlayView> latestPlays,
    SyncDiff latestSync,
    LostPlays lostWarning,
    long playCount) {

  public DashboardView {
    curve = List.copyOf(curve);
    latestPlays = List.copyOf(latestPlays);
  }

  public Optional<ProfileSnapshot> profileIfAny() {
    return Optional.ofNullable(profile);
  }

  public Optional<SyncDiff> latestSyncIfAny() {
    return Optional.ofNullable(latestSync);
  }

  public Optional<LostPlays> lostWarningIfAny() {
    return Optional.ofNullable(lostWarning);
  }
}
