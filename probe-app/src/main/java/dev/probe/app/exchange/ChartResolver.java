package dev.probe.app.exchange;

import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.SongKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns how a tracker names a chart (catalogue title, type, difficulty, level) into probe's chart
 * id, using the catalogue where the name alone is not enough: utage charts are told apart by level,
 * and a CSV without a type column by which type the catalogue has.
 */
final class ChartResolver {

  private final Set<ChartId> known = new HashSet<>();
  private final Map<String, List<ChartId>> utageByTitle = new HashMap<>();

  ChartResolver(List<Chart> catalogue) {
    for (Chart chart : catalogue) {
      known.add(chart.id());
      if (chart.id().difficulty() == Difficulty.UTAGE) {
        utageByTitle
            .computeIfAbsent(chart.id().song().title(), t -> new ArrayList<>())
            .add(chart.id());
      }
    }
  }

  /**
   * The chart a row names. Utage rows (or DX rows whose title only a utage chart has) are matched
   * by title and level among the catalogue's utage charts.
   */
  ChartId resolve(String title, ChartType type, Difficulty difficulty, String level) {
    SongKey song = ChartIds.ofCatalogTitle(title);
    ChartId plain = new ChartId(song, type, difficulty);
    if (difficulty != Difficulty.UTAGE && known.contains(plain)) {
      return plain;
    }
    List<ChartId> utage = utageByTitle.getOrDefault(title, List.of());
    if (difficulty == Difficulty.UTAGE || !utage.isEmpty()) {
      List<ChartId> matching = new ArrayList<>();
      for (ChartId id : utage) {
        String variant = id.song().variant();
        if (level.isEmpty() || variant.equals(level) || variant.startsWith(level + ":")) {
          matching.add(id);
        }
      }
      if (matching.size() == 1) {
        return matching.get(0);
      }
      if (difficulty == Difficulty.UTAGE) {
        // not in the catalogue: an id of the usual shape, so that it is reported as unknown
        return new ChartId(
            new SongKey(title, ChartIds.utageVariant(level, false)), ChartType.DX, difficulty);
      }
    }
    return plain;
  }

  /** For files without a type column: the one type the catalogue has, else the hint. */
  ChartId resolveUntyped(
      String title, Difficulty difficulty, String level, ChartType hint, int line) {
    if (hint != null) {
      return resolve(title, hint, difficulty, level);
    }
    ChartId std = resolve(title, ChartType.STD, difficulty, level);
    ChartId dx = resolve(title, ChartType.DX, difficulty, level);
    boolean hasStd = known.contains(std);
    boolean hasDx = known.contains(dx);
    if (hasStd && hasDx) {
      throw ProbeException.invalid(
          "line "
              + line
              + ": '"
              + title
              + "' has a STD and a DX chart and the file does not say which; name the file's"
              + " chart type with --chart-type std or --chart-type dx");
    }
    return hasDx ? dx : std;
  }
}
