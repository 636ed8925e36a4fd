package dev.probe.core.domain;

import java.util.Map;
import java.util.Optional;

/**
 * A chart of the catalogue.
 *
 * @param id identity
 * @param level level label in the newest version known
 * @param notes note counts
 * @param addedIn the version in which this chart (song + type) first appeared
 * @param constants internal level per version; charts are re-rated at version changes
 * @param providerNew the provider's "new song" flag for the current version (CN rule), if given
 * @param removed whether the chart has left the game
 */
public record Chart(
    ChartId id,
    String level,
    NoteCounts notes,
    GameVersion addedIn,
    Map<GameVersion, InternalLevel> constants,
    boolean providerNew,
    boolean removed) {

  public Chart {
    constants = Map.copyOf(constants);
  }

  /** The constant in force in {@code version}: that version's, else the newest earlier one. */
  public Optional<InternalLevel> constantIn(GameVersion version) {
    InternalLevel found = null;
    for (GameVersion v : GameVersion.values()) {
      if (v.compareTo(version) > 0) {
        break;
      }
      InternalLevel c = constants.get(v);
      if (c != null) {
        found = c;
      }
    }
    return Optional.ofNullable(found);
  }
}
