package dev.probe.core.application.service;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.ExecutionError;
import com.google.common.util.concurrent.UncheckedExecutionException;
import dev.probe.core.application.port.out.ArchiveChangesPort;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.rating.VersionCalendar;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers to one query use case, kept while the archive has not changed and no game version has
 * started (a new version re-rates everything). An answer is filed under the change count read
 * before it was computed, so one computed while a write was under way is never served after it;
 * concurrent askers of the same answer wait for one computation.
 */
final class ViewCache<Q, V> {

  private record Key<Q>(Q query, long changes, List<GameVersion> versions) {}

  private final Cache<Key<Q>, V> answers;
  private final ArchiveChangesPort changes;
  private final Clock clock;
  private final AtomicLong newestSeen = new AtomicLong(-1);

  ViewCache(ArchiveChangesPort changes, Clock clock, int maxAnswers) {
    this.answers = CacheBuilder.newBuilder().maximumSize(maxAnswers).build();
    this.changes = changes;
    this.clock = clock;
  }

  V get(Q query, Supplier<V> compute) {
    long count = changes.changeCount();
    if (newestSeen.getAndAccumulate(count, Math::max) < count) {
      answers.invalidateAll(); // older answers can never be asked for again
    }
    Key<Q> key = new Key<>(query, count, versionsNow());
    try {
      return answers.get(key, compute::get);
    } catch (UncheckedExecutionException | ExecutionError e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private List<GameVersion> versionsNow() {
    List<GameVersion> versions = new ArrayList<>(Region.values().length);
    for (Region r : Region.values()) {
      versions.add(VersionCalendar.currentAt(r, clock.instant()));
    }
    return versions;
  }
}
