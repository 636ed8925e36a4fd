package dev.probe.core.application.service;

import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SongKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds charts that pages show but the catalogue lacks, so that every play has a chart to point at.
 * What a page cannot tell is left empty (no note counts, no constants) or placeholder: the version
 * is the one current when the chart was seen. Importing a real catalogue later replaces both; a
 * chart already in the catalogue is never touched.
 */
final class CatalogLearner {

  private CatalogLearner() {}

  static void learn(
      CatalogPort catalog,
      Map<ChartId, ChartRef> seen,
      Map<ChartId, String> artists,
      Instant seenAt) {
    GameVersion version = versionAt(seenAt);
    List<Song> songs = new ArrayList<>();
    Set<SongKey> songsAdded = new HashSet<>();
    List<Chart> charts = new ArrayList<>();
    for (Map.Entry<ChartId, ChartRef> e : seen.entrySet()) {
      ChartId id = e.getKey();
      if (catalog.findChart(id).isPresent()) {
        continue;
      }
      if (!songsAdded.contains(id.song()) && catalog.findSong(id.song()).isEmpty()) {
        songsAdded.add(id.song());
        songs.add(
            new Song(id.song(), artists.getOrDefault(id, ""), e.getValue().genre(), version, 0));
      }
      charts.add(
          new Chart(id, e.getValue().level(), NoteCounts.UNKNOWN, version, Map.of(), false, false));
    }
    if (!charts.isEmpty()) {
      catalog.saveCatalog(songs, charts);
    }
  }

  /** The newest version released (in Japan) by {@code when}. */
  static GameVersion versionAt(Instant when) {
    LocalDate day = when.atOffset(ZoneOffset.ofHours(9)).toLocalDate();
    GameVersion found = GameVersion.values()[0];
    for (GameVersion v : GameVersion.values()) {
      if (!v.jpRelease().isAfter(day)) {
        found = v;
      }
    }
    return found;
  }
}
