package dev.probe.core.domain.catalog;

import dev.probe.core.domain.Chart;
import dev.probe.core.domain.Song;
import java.util.List;

/**
 * What a catalogue file holds, mapped to probe's model.
 *
 * @param format {@code diving-fish} or {@code lxns}
 * @param songs songs, one per distinct song key
 * @param charts charts, utage included
 */
public record CatalogData(String format, List<Song> songs, List<Chart> charts) {
  public CatalogData {
    songs = List.copyOf(songs);
    charts = List.copyOf(charts);
  }
}
