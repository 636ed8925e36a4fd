package dev.probe.core.application.service;

import dev.probe.core.application.port.out.NetSessionStorePort;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.application.port.out.RawPageStorePort;
import dev.probe.core.application.port.out.SavePlaysPort;
import dev.probe.core.application.port.out.SyncRunStorePort;
import dev.probe.core.application.port.out.TransactionPort;
import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.RawPageRef;
import dev.probe.core.domain.SyncRun;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The store's ports with a count after every write: after the write returns or fails, and again
 * when a transaction ends, so a view read while a transaction was open is never taken for current.
 */
final class CountedWrites
    implements PlayerStorePort,
        NetSessionStorePort,
        SyncRunStorePort,
        RawPageStorePort,
        SavePlaysPort,
        TransactionPort {

  private final ArchivePorts store;
  private final WriteCounter counter;
  private final KeptReads<PlayerId, Optional<Player>> players;
  private final KeptReads<PlayerId, Optional<NetSession>> sessions;

  private CountedWrites(ArchivePorts store, WriteCounter counter) {
    this.store = store;
    this.counter = counter;
    this.players = new KeptReads<>(counter, id -> store.players().findPlayer(id));
    this.sessions = new KeptReads<>(counter, id -> store.sessions().loadSession(id));
  }

  static ArchivePorts over(ArchivePorts store, WriteCounter counter) {
    CountedWrites w = new CountedWrites(store, counter);
    CountedScoreWrites s = new CountedScoreWrites(store, counter);
    return new ArchivePorts(w, w, w, w, store.loadPlays(), w, s, s, s, s, w);
  }

  static <T> T counted(WriteCounter counter, Supplier<T> write) {
    try {
      return write.get();
    } finally {
      counter.written();
    }
  }

  static void counted(WriteCounter counter, Runnable write) {
    try {
      write.run();
    } finally {
      counter.written();
    }
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    counter.enterTransaction();
    try {
      return counted(counter, () -> store.transactions().inTransaction(work));
    } finally {
      counter.leaveTransaction();
    }
  }

  @Override
  public void savePlayer(Player player) {
    counted(counter, () -> store.players().savePlayer(player));
  }

  @Override
  public Optional<Player> findPlayer(PlayerId id) {
    return players.get(id);
  }

  @Override
  public List<Player> listPlayers() {
    return store.players().listPlayers();
  }

  @Override
  public Optional<NetSession> loadSession(PlayerId player) {
    return sessions.get(player);
  }

  @Override
  public void saveSession(NetSession session) {
    counted(counter, () -> store.sessions().saveSession(session));
  }

  @Override
  public void deleteSession(PlayerId player) {
    counted(counter, () -> store.sessions().deleteSession(player));
  }

  @Override
  public long startRun(SyncRun run) {
    return counted(counter, () -> store.runs().startRun(run));
  }

  @Override
  public void finishRun(SyncRun run) {
    counted(counter, () -> store.runs().finishRun(run));
  }

  @Override
  public Optional<SyncRun> findRun(long id) {
    return store.runs().findRun(id);
  }

  @Override
  public PageResult<SyncRun> runs(PlayerId player, PageRequest page) {
    return store.runs().runs(player, page);
  }

  @Override
  public Optional<SyncRun> latestFinished(PlayerId player) {
    return store.runs().latestFinished(player);
  }

  @Override
  public String saveRawPage(PlayerId player, long syncRunId, RawPage page) {
    return counted(counter, () -> store.rawPages().saveRawPage(player, syncRunId, page));
  }

  @Override
  public Optional<RawPage> loadRawPage(String sha256) {
    return store.rawPages().loadRawPage(sha256);
  }

  @Override
  public List<RawPageRef> rawPages(PlayerId player) {
    return store.rawPages().rawPages(player);
  }

  @Override
  public Optional<RawPageRef> latestRawPage(PlayerId player, String url) {
    return store.rawPages().latestRawPage(player, url);
  }

  @Override
  public List<PlayKey> savePlays(long syncRunId, List<Play> plays) {
    return counted(counter, () -> store.savePlays().savePlays(syncRunId, plays));
  }
}
