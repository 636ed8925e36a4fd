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
  /** Inserts or updates songs and charts; constants per version are merged, not replaced. */
  void saveCatalog(List<Song> songs, List<Chart> charts);

  List<Song> allSongs();

  List<Chart> allCharts();

  Optional<Song> findSong(SongKey key);

  Optional<Chart> findChart(ChartId id);
}
