package dev.probe.core.testing;

import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.application.port.out.NetSessionStorePort;
import dev.probe.core.application.port.out.PhotoStorePort;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.application.port.out.ProfileStorePort;
import dev.probe.core.application.port.out.RawPageStorePort;
import dev.probe.core.application.port.out.RememberedLoginStorePort;
import dev.probe.core.application.port.out.SavePlaysPort;
import dev.probe.core.application.port.out.ScoreListStorePort;
import dev.probe.core.application.port.out.SyncRunStorePort;
import dev.probe.core.application.port.out.TransactionPort;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.Photo;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.RawPageRef;
import dev.probe.core.domain.RememberedLogin;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SongKey;
import dev.probe.core.domain.SyncRun;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Every store port in memory, for tests and for embedding without a database. Thread-safe: every
 * call holds one lock, and a transaction holds it throughout, so transactions are serial. A
 * transaction that throws is rolled back from an undo log; a nested one joins the outer one.
 */
public final class InMemoryStore
    implements PlayerStorePort,
        NetSessionStorePort,
        RememberedLoginStorePort,
        LoadPlaysPort,
        SavePlaysPort,
        ScoreListStorePort,
        CatalogPort,
        ProfileStorePort,
        PhotoStorePort,
        RawPageStorePort,
        SyncRunStorePort,
        TransactionPort {

  private final ReentrantLock lock = new ReentrantLock();
  private final Journal journal = new Journal();
  private final MemoryPeople people = new MemoryPeople(journal);
  private final MemoryPlays plays = new MemoryPlays(journal);
  private final MemoryBests bests = new MemoryBests(journal, plays);
  private final MemoryCatalog catalog = new MemoryCatalog(journal);
  private final MemoryRuns runs = new MemoryRuns(journal);
  private final MemoryPages pages = new MemoryPages(journal);

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    lock.lock();
    try {
      if (journal.active()) {
        return work.get();
      }
      journal.begin();
      try {
        T result = work.get();
        journal.commit();
        return result;
      } catch (RuntimeException | Error e) {
        journal.rollback();
        throw e;
      }
    } finally {
      lock.unlock();
    }
  }

  private <T> T locked(Supplier<T> read) {
    lock.lock();
    try {
      return read.get();
    } finally {
      lock.unlock();
    }
  }

  private void locked(Runnable write) {
    locked(
        () -> {
          write.run();
          return null;
        });
  }

  // players and sessions

  @Override
  public void savePlayer(Player player) {
    locked(() -> people.savePlayer(player));
  }

  @Override
  public Optional<Player> findPlayer(PlayerId id) {
    return locked(() -> people.player(id));
  }

  @Override
  public List<Player> listPlayers() {
    return locked(people::players);
  }

  @Override
  public Optional<NetSession> loadSession(PlayerId player) {
    return locked(() -> people.session(player));
  }

  @Override
  public void saveSession(NetSession session) {
    locked(() -> people.saveSession(session));
  }

  @Override
  public void deleteSession(PlayerId player) {
    locked(() -> people.deleteSession(player));
  }

  @Override
  public Optional<RememberedLogin> loadLogin(PlayerId player) {
    return locked(() -> people.login(player));
  }

  @Override
  public void saveLogin(RememberedLogin login) {
    locked(() -> people.saveLogin(login));
  }

  @Override
  public void deleteLogin(PlayerId player) {
    locked(() -> people.deleteLogin(player));
  }

  // plays

  @Override
  public List<PlayKey> savePlays(long syncRunId, List<Play> newPlays) {
    return inTransaction(() -> plays.save(syncRunId, newPlays));
  }

  @Override
  public Set<PlayKey> knownKeys(PlayerId player, Collection<PlayKey> keys) {
    return locked(() -> plays.known(player, keys, false));
  }

  @Override
  public Set<PlayKey> keysWithDetail(PlayerId player, Collection<PlayKey> keys) {
    return locked(() -> plays.known(player, keys, true));
  }

  @Override
  public Optional<Play> findPlay(PlayerId player, PlayKey key) {
    return locked(() -> Optional.ofNullable(plays.find(player, key)));
  }

  @Override
  public PageResult<Play> findPlays(PlayerId player, PlayFilter filter, PageRequest page) {
    return locked(() -> plays.find(player, filter, page));
  }

  @Override
  public List<Play> chartHistory(PlayerId player, ChartId chart) {
    return locked(() -> plays.chartHistory(player, chart));
  }

  @Override
  public List<Play> playsOfRun(long syncRunId) {
    return locked(() -> plays.ofRun(syncRunId));
  }

  @Override
  public List<Play> playsBefore(PlayerId player, Instant before) {
    return locked(() -> plays.before(player, before));
  }

  @Override
  public long countPlays(PlayerId player) {
    return locked(() -> plays.count(player));
  }

  // bests

  @Override
  public void saveListedScores(PlayerId player, Instant seenAt, Map<ChartId, PlayResult> scores) {
    locked(() -> bests.saveListed(player, seenAt, scores));
  }

  @Override
  public List<BestScore> bestScores(PlayerId player, Instant asOf) {
    return locked(() -> bests.bests(player, asOf));
  }

  // catalogue

  @Override
  public void saveCatalog(List<Song> songs, List<Chart> charts) {
    inTransaction(
        () -> {
          catalog.save(songs, charts);
          return null;
        });
  }

  @Override
  public List<Song> allSongs() {
    return locked(catalog::songs);
  }

  @Override
  public List<Chart> allCharts() {
    return locked(catalog::charts);
  }

  @Override
  public Optional<Song> findSong(SongKey key) {
    return locked(() -> Optional.ofNullable(catalog.song(key)));
  }

  @Override
  public Optional<Chart> findChart(ChartId id) {
    return locked(() -> Optional.ofNullable(catalog.chart(id)));
  }

  // profiles, photos, raw pages

  @Override
  public void saveSnapshot(ProfileSnapshot snapshot) {
    locked(() -> people.saveSnapshot(snapshot));
  }

  @Override
  public List<ProfileSnapshot> history(PlayerId player) {
    return locked(() -> people.history(player));
  }

  @Override
  public Optional<ProfileSnapshot> latest(PlayerId player) {
    return locked(() -> people.latest(player));
  }

  @Override
  public int savePhotos(List<Photo> photos) {
    return inTransaction(() -> pages.savePhotos(photos));
  }

  @Override
  public List<Photo> photos(PlayerId player) {
    return locked(() -> pages.photos(player));
  }

  @Override
  public String saveRawPage(PlayerId player, long syncRunId, RawPage page) {
    return locked(() -> pages.saveRaw(player, syncRunId, page));
  }

  @Override
  public Optional<RawPage> loadRawPage(String sha256) {
    return locked(() -> pages.loadRaw(sha256));
  }

  @Override
  public List<RawPageRef> rawPages(PlayerId player) {
    return locked(() -> pages.sightings(player));
  }

  @Override
  public Optional<RawPageRef> latestRawPage(PlayerId player, String url) {
    return locked(() -> pages.latest(player, url));
  }

  // sync runs

  @Override
  public long startRun(SyncRun run) {
    return locked(() -> runs.start(run));
  }

  @Override
  public void finishRun(SyncRun run) {
    locked(() -> runs.finish(run));
  }

  @Override
  public Optional<SyncRun> findRun(long id) {
    return locked(() -> runs.find(id));
  }

  @Override
  public PageResult<SyncRun> runs(PlayerId player, PageRequest page) {
    return locked(() -> runs.page(player, page));
  }

  @Override
  public Optional<SyncRun> latestFinished(PlayerId player) {
    return locked(() -> runs.latestFinished(player));
  }
}
