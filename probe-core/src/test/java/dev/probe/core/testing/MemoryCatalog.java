package dev.probe.core.testing;

import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SongKey;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Songs and charts. A saved chart replaces the stored one except that constants merge per version
 * and unknowns in the new one (no notes, no version, no label) keep what was known.
 */
final class MemoryCatalog {

  private final Journal journal;
  private final Map<SongKey, Song> songs = new TreeMap<>();
  private final Map<ChartId, Chart> charts = new TreeMap<>();

  MemoryCatalog(Journal journal) {
    this.journal = journal;
  }

  void save(List<Song> newSongs, List<Chart> newCharts) {
    for (Song s : newSongs) {
      journal.put(songs, s.key(), s);
    }
    for (Chart c : newCharts) {
      Chart old = charts.get(c.id());
      journal.put(charts, c.id(), old == null ? c : merge(old, c));
    }
  }

  static Chart merge(Chart old, Chart now) {
    Map<GameVersion, InternalLevel> constants = new EnumMap<>(GameVersion.class);
    constants.putAll(old.constants());
    constants.putAll(now.constants());
    return new Chart(
        now.id(),
        now.level().isEmpty() ? old.level() : now.level(),
        now.notes().equals(NoteCounts.UNKNOWN) ? old.notes() : now.notes(),
        now.addedIn() == null ? old.addedIn() : now.addedIn(),
        constants,
        now.providerNew(),
        now.removed());
  }

  List<Song> songs() {
    return List.copyOf(songs.values());
  }

  List<Chart> charts() {
    return List.copyOf(charts.values());
  }

  Song song(SongKey key) {
    return songs.get(key);
  }

  Chart chart(ChartId id) {
    return charts.get(id);
  }
}
