package dev.probe.core.domain.view;

import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import java.util.Optional;

/**
 * What a page shows about a chart: song data, level and the constant in force.
 *
 * @param id identity (its {@link ChartId#asString()} is the URL form)
 * @param title exact title
 * @param artist artist; "" when unknown
 * @param genre genre as the catalogue spells it; "" when unknown
 * @param type STD or DX
 * @param difficulty BASIC … UTAGE
 * @param level level label ({@code 13+}); "" when unknown
 * @param constant the constant in force for the player's region and version, possibly {@link
 *     InternalLevel#estimated() estimated}; null when none can be given (utage, no label)
 * @param version the version the chart first appeared in; null when unknown
 * @param inCatalogue false for a chart only learned from NET pages
 * @param removed whether the chart has left the game
 */
public record ChartInfo(
    ChartId id,
    String title,
    String artist,
    String genre,
    ChartType type,
    Difficulty difficulty,
    String level,
    InternalLevel constant,
    GameVersion version,
    boolean inCatalogue,
    boolean removed) {

  public Optional<InternalLevel> constantIfKnown() {
    return Optional.ofNullable(constant);
  }

  /** Whether the constant shown is a guess from the level label (or absent). */
  public boolean constantEstimated() {
    return constant == null || constant.estimated();
  }
}
