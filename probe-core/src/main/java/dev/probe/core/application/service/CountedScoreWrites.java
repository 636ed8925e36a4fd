package dev.probe.core.application.service;

import static dev.probe.core.application.service.CountedWrites.counted;

import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.application.port.out.PhotoStorePort;
import dev.probe.core.application.port.out.ProfileStorePort;
import dev.probe.core.application.port.out.ScoreListStorePort;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.Photo;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SongKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Profiles, photos, score lists and the catalogue, with a count after every write. The whole
 * catalogue, which every page reads, is read once per change and kept (never inside a transaction,
 * whose view may not be committed).
 */
final class CountedScoreWrites
    implements ProfileStorePort, PhotoStorePort, ScoreListStorePort, CatalogPort {

  private final ArchivePorts store;
  private final WriteCounter counter;
  private volatile Catalogue kept = new Catalogue(-1, List.of(), List.of());

  /** The catalogue as read when the change count was {@code count}. */
  private record Catalogue(long count, List<Song> songs, List<Chart> charts) {}

  CountedScoreWrites(ArchivePorts store, WriteCounter counter) {
    this.store = store;
    this.counter = counter;
  }

  @Override
  public void saveSnapshot(ProfileSnapshot snapshot) {
    counted(counter, () -> store.profiles().saveSnapshot(snapshot));
  }

  @Override
  public List<ProfileSnapshot> history(PlayerId player) {
    return store.profiles().history(player);
  }

  @Override
  public Optional<ProfileSnapshot> latest(PlayerId player) {
    return store.profiles().latest(player);
  }

  @Override
  public int savePhotos(List<Photo> photos) {
    return counted(counter, () -> store.photos().savePhotos(photos));
  }

  @Override
  public List<Photo> photos(PlayerId player) {
    return store.photos().photos(player);
  }

  @Override
  public void saveListedScores(PlayerId player, Instant seenAt, Map<ChartId, PlayResult> scores) {
    counted(counter, () -> store.scoreLists().saveListedScores(player, seenAt, scores));
  }

  @Override
  public void saveListedScores(
      PlayerId player, Instant seenAt, String source, Map<ChartId, PlayResult> scores) {
    counted(counter, () -> store.scoreLists().saveListedScores(player, seenAt, source, scores));
  }

  @Override
  public List<BestScore> bestScores(PlayerId player, Instant asOf) {
    return store.scoreLists().bestScores(player, asOf);
  }

  @Override
  public void saveCatalog(List<Song> songs, List<Chart> charts) {
    counted(counter, () -> store.catalog().saveCatalog(songs, charts));
  }

  @Override
  public List<Song> allSongs() {
    return counter.inTransaction() ? store.catalog().allSongs() : catalogue().songs();
  }

  @Override
  public List<Chart> allCharts() {
    return counter.inTransaction() ? store.catalog().allCharts() : catalogue().charts();
  }

  private Catalogue catalogue() {
    long count = counter.changeCount();
    Catalogue c = kept;
    return c.count() == count ? c : reread(count);
  }

  /** One reader rereads while the others wait; filed under the count read before reading. */
  private synchronized Catalogue reread(long count) {
    Catalogue c = kept;
    if (c.count() != count) {
      c =
          new Catalogue(
              count,
              List.copyOf(store.catalog().allSongs()),
              List.copyOf(store.catalog().allCharts()));
      kept = c;
    }
    return c;
  }

  @Override
  public Optional<Song> findSong(SongKey key) {
    return store.catalog().findSong(key);
  }

  @Override
  public Optional<Chart> findChart(ChartId id) {
    return store.catalog().findChart(id);
  }
}
