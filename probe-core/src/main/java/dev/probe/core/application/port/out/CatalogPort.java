package dev.probe.core.application.port.out;

import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SongKey;
import java.util.List;
import java.util.Optional;

/**
 * The song catalogue: imported by the player from a public data file or provider, never shipped,
 * plus charts learned from NET pages.
 */
public interface CatalogPort {
  /**
   * Inserts or updates songs and charts. A stored chart takes the saved one's fields, except that
   * constants merge per version (a saved version replaces only that version's constant) and what
   * the saved chart does not know (empty level, {@code NoteCounts.UNKNOWN}, null {@code addedIn})
   * keeps the stored value; {@code providerNew} and {@code removed} follow the newest save.
   */
  void saveCatalog(List<Song> songs, List<Chart> charts);

  /** Every song, by key. */
  List<Song> allSongs();

  /** Every chart, by id. */
  List<Chart> allCharts();

  Optional<Song> findSong(SongKey key);

  Optional<Chart> findChart(ChartId id);
}
