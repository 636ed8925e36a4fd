package dev.probe.core.domain.archive;

import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.Photo;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.RawPageRef;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SyncRun;

/**
 * Receives every record of an archive, one at a time, e.g. to write JSON Lines. The export calls
 * the methods in this order: songs, charts, then per player: the player, its sync runs, plays,
 * bests, profile snapshots, photos and raw pages. Methods may throw {@link
 * java.io.UncheckedIOException} to stop the export.
 */
public interface ArchiveSink {
  void song(Song song);

  void chart(Chart chart);

  void player(Player player);

  void syncRun(SyncRun run);

  void play(Play play);

  void bestScore(PlayerId player, BestScore best);

  void profile(ProfileSnapshot snapshot);

  void photo(Photo photo);

  /**
   * A raw page sighting; {@code body} is the stored page when the export asked for bodies, else
   * null.
   */
  void rawPage(RawPageRef ref, RawPage body);
}
