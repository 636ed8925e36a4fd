package dev.probe.core.testing;

import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.SyncRun;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Sync runs with increasing ids; an id taken by a rolled-back run is not reused. */
final class MemoryRuns {

  /** Newest first: later start first, then the higher id. */
  static final Comparator<SyncRun> NEWEST_FIRST =
      Comparator.comparing(SyncRun::startedAt).thenComparingLong(SyncRun::id).reversed();

  private final Journal journal;
  private final Map<Long, SyncRun> runs = new TreeMap<>();
  private long lastId;

  MemoryRuns(Journal journal) {
    this.journal = journal;
  }

  long start(SyncRun run) {
    long id = ++lastId;
    journal.put(runs, id, withId(run, id));
    return id;
  }

  void finish(SyncRun run) {
    if (!runs.containsKey(run.id())) {
      throw new IllegalStateException("no sync run " + run.id() + " was started");
    }
    journal.put(runs, run.id(), run);
  }

  Optional<SyncRun> find(long id) {
    return Optional.ofNullable(runs.get(id));
  }

  PageResult<SyncRun> page(PlayerId player, PageRequest page) {
    List<SyncRun> mine = new ArrayList<>();
    for (SyncRun r : runs.values()) {
      if (r.player().equals(player)) {
        mine.add(r);
      }
    }
    mine.sort(NEWEST_FIRST);
    int from = (int) Math.min(page.offset(), mine.size());
    int to = Math.min(from + page.size(), mine.size());
    return new PageResult<>(mine.subList(from, to), page, mine.size());
  }

  Optional<SyncRun> latestFinished(PlayerId player) {
    return runs.values().stream()
        .filter(r -> r.player().equals(player) && r.finishedAt() != null)
        .max(Comparator.comparing(SyncRun::finishedAt).thenComparingLong(SyncRun::id));
  }

  private static SyncRun withId(SyncRun r, long id) {
    return new SyncRun(
        id,
        r.player(),
        r.source(),
        r.startedAt(),
        r.finishedAt(),
        r.status(),
        r.pages(),
        r.newPlays(),
        r.lostPlays(),
        r.lostFrom(),
        r.lostTo(),
        r.playCountBefore(),
        r.playCountAfter(),
        r.errorKind(),
        r.errorMessage());
  }
}
