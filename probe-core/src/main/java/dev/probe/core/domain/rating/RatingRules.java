package dev.probe.core.domain.rating;

import dev.probe.core.domain.Chart;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.Region;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The rating rules in force for one region and game version: which charts are "new" (B15), whether
 * AP/AP+ earns +1, and which constant a chart has.
 *
 * @param region the player's region
 * @param version the game version being rated
 * @param providerFlagsCurrent whether the catalogue's "new" flags describe {@code version} (CN
 *     decides "new" by the provider's flag for its current version, by CN year otherwise)
 */
public record RatingRules(Region region, GameVersion version, boolean providerFlagsCurrent) {

  public RatingRules {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(version, "version");
  }

  /** The rules of the version current in {@code region} at {@code at}. */
  public static RatingRules at(Region region, Instant at, Instant now) {
    GameVersion then = VersionCalendar.currentAt(region, at);
    return new RatingRules(region, then, then == VersionCalendar.currentAt(region, now));
  }

  /** AP/AP+ adds 1 from CiRCLE on, in whichever region has reached it (CN had not by 2026-08). */
  public boolean apBonus() {
    return version.compareTo(GameVersion.CIRCLE) >= 0;
  }

  /** Whether a chart counts towards B15 (new) rather than B35 (old). */
  public boolean isNew(Chart chart) {
    GameVersion added = chart.addedIn();
    if (region == Region.CN) {
      if (providerFlagsCurrent) {
        return chart.providerNew();
      }
      return added != null && VersionCalendar.sameCnYear(added, version);
    }
    if (added == null) {
      return false;
    }
    if (added == version) {
      return true;
    }
    // From CiRCLE the version before the current one is new as well.
    return apBonus() && added.ordinal() == version.ordinal() - 1;
  }

  /** Whether a chart can enter the B50 at all: never utage, never a removed chart. */
  public boolean counts(Chart chart) {
    return chart.id().difficulty() != Difficulty.UTAGE && !chart.removed();
  }

  /**
   * The constant to rate with: the one in force in {@link #version()}; else the earliest later one
   * (estimated); else one estimated from the level label; empty for utage and unknown labels.
   */
  public Optional<InternalLevel> constantOf(Chart chart) {
    Optional<InternalLevel> inForce = chart.constantIn(version);
    if (inForce.isPresent()) {
      return inForce;
    }
    for (GameVersion v : GameVersion.values()) {
      InternalLevel later = chart.constants().get(v);
      if (later != null) {
        return Optional.of(new InternalLevel(later.tenths(), true));
      }
    }
    if (chart.id().difficulty() == Difficulty.UTAGE) {
      return Optional.empty();
    }
    return LevelLabel.estimate(chart.level());
  }
}
