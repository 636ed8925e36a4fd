package dev.probe.core.application.service;

import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SongKey;
import dev.probe.core.domain.rating.RatingRules;
import dev.probe.core.domain.view.ChartInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue as one query sees it: every chart by id, songs by key, and stand-ins for charts
 * only NET has shown (rated from their level labels, marked estimated). A chart counts as "in the
 * catalogue" when an imported catalogue gave it a constant; charts learned from NET have none.
 */
final class ChartDirectory {

  private final Map<ChartId, Chart> charts = new HashMap<>();
  private final Map<SongKey, Song> songs = new HashMap<>();
  private final List<Chart> catalogue;

  ChartDirectory(CatalogPort catalog) {
    catalogue = catalog.allCharts();
    for (Chart c : catalogue) {
      charts.put(c.id(), c);
    }
    for (Song s : catalog.allSongs()) {
      songs.put(s.key(), s);
    }
  }

  /** Adds a stand-in for a chart a page showed, unless the catalogue has it. */
  Chart learn(ChartId id, ChartRef ref) {
    return charts.computeIfAbsent(
        id, k -> new Chart(k, ref.level(), NoteCounts.UNKNOWN, null, Map.of(), false, false));
  }

  /** The chart, or a stand-in with no level when nothing is known. */
  Chart chart(ChartId id) {
    Chart c = charts.get(id);
    return c != null ? c : new Chart(id, "", NoteCounts.UNKNOWN, null, Map.of(), false, false);
  }

  /** The catalogue's charts as read, before anything was learned. */
  List<Chart> catalogue() {
    return catalogue;
  }

  boolean knows(ChartId id) {
    return charts.containsKey(id);
  }

  Map<ChartId, Chart> charts() {
    return charts;
  }

  ChartInfo info(ChartId id, RatingRules rules) {
    Chart chart = chart(id);
    Song song = songs.get(id.song());
    return new ChartInfo(
        id,
        id.song().title(),
        song == null ? "" : song.artist(),
        song == null ? "" : song.genre(),
        id.type(),
        id.difficulty(),
        chart.level(),
        rules.constantOf(chart).orElse(null),
        chart.addedIn(),
        !chart.constants().isEmpty(),
        chart.removed());
  }

  /** The song's artist; "" when unknown. */
  String artist(ChartId id) {
    Song song = songs.get(id.song());
    return song == null ? "" : song.artist();
  }
}
