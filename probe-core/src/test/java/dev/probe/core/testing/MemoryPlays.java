package dev.probe.core.testing;

import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Plays per player, indexed by key, by time and by chart. */
final class MemoryPlays {

  /** Oldest first; at one instant the lower track first. */
  static final Comparator<Play> OLDEST_FIRST =
      Comparator.comparing(Play::playedAt).thenComparingInt(Play::track).thenComparing(Play::key);

  private final Journal journal;
  private final Map<PlayerId, Map<PlayKey, Play>> byKey = new HashMap<>();
  private final Map<PlayerId, TreeSet<Play>> byTime = new HashMap<>();
  private final Map<PlayerId, Map<ChartId, TreeSet<Play>>> byChart = new HashMap<>();
  private final Map<Long, List<PlayKey>> byRun = new HashMap<>();
  private final Map<Long, PlayerId> runPlayer = new HashMap<>();

  MemoryPlays(Journal journal) {
    this.journal = journal;
  }

  List<PlayKey> save(long runId, List<Play> plays) {
    Set<PlayKey> fresh = new LinkedHashSet<>();
    for (Play p : plays) {
      Map<PlayKey, Play> keys = byKey.computeIfAbsent(p.player(), k -> new HashMap<>());
      Play stored = keys.get(p.key());
      if (stored == null) {
        index(p);
        journal.add(byRun.computeIfAbsent(runId, k -> new ArrayList<>()), p.key());
        journal.put(runPlayer, runId, p.player());
        fresh.add(p.key());
      } else if (stored.detail() == null && p.detail() != null) {
        Play detailed = stored.withDetail(p.detail());
        unindex(stored);
        index(detailed);
      }
    }
    return List.copyOf(fresh);
  }

  private void index(Play p) {
    journal.put(byKey.computeIfAbsent(p.player(), k -> new HashMap<>()), p.key(), p);
    journal.add(byTime.computeIfAbsent(p.player(), k -> new TreeSet<>(OLDEST_FIRST)), p);
    journal.add(
        byChart
            .computeIfAbsent(p.player(), k -> new HashMap<>())
            .computeIfAbsent(p.chartId(), k -> new TreeSet<>(OLDEST_FIRST)),
        p);
  }

  private void unindex(Play p) {
    journal.remove(byKey.get(p.player()), p.key());
    journal.removeFrom(byTime.get(p.player()), p);
    journal.removeFrom(byChart.get(p.player()).get(p.chartId()), p);
  }

  Set<PlayKey> known(PlayerId player, Collection<PlayKey> keys, boolean withDetail) {
    Map<PlayKey, Play> stored = byKey.getOrDefault(player, Map.of());
    Set<PlayKey> found = new LinkedHashSet<>();
    for (PlayKey k : keys) {
      Play p = stored.get(k);
      if (p != null && (!withDetail || p.detail() != null)) {
        found.add(k);
      }
    }
    return found;
  }

  Play find(PlayerId player, PlayKey key) {
    return byKey.getOrDefault(player, Map.of()).get(key);
  }

  PageResult<Play> find(PlayerId player, PlayFilter filter, PageRequest page) {
    List<Play> items = new ArrayList<>();
    long from = page.offset();
    long matching = 0;
    for (Play p : byTime.getOrDefault(player, new TreeSet<>(OLDEST_FIRST)).descendingSet()) {
      if (filter.accepts(p)) {
        if (matching >= from && items.size() < page.size()) {
          items.add(p);
        }
        matching++;
      }
    }
    return new PageResult<>(items, page, matching);
  }

  List<Play> chartHistory(PlayerId player, ChartId chart) {
    return List.copyOf(
        byChart.getOrDefault(player, Map.of()).getOrDefault(chart, new TreeSet<>(OLDEST_FIRST)));
  }

  List<Play> ofRun(long runId) {
    List<Play> run = new ArrayList<>();
    for (PlayKey key : byRun.getOrDefault(runId, List.of())) {
      run.add(find(runPlayer.get(runId), key));
    }
    run.sort(OLDEST_FIRST);
    return run;
  }

  List<Play> before(PlayerId player, Instant before) {
    List<Play> out = new ArrayList<>();
    for (Play p : byTime.getOrDefault(player, new TreeSet<>(OLDEST_FIRST))) {
      if (!p.playedAt().isBefore(before)) {
        break;
      }
      out.add(p);
    }
    return out;
  }

  /** A player's plays per chart, each oldest first (read only, under the store's lock). */
  Map<ChartId, TreeSet<Play>> byChart(PlayerId player) {
    return byChart.getOrDefault(player, Map.of());
  }

  Collection<Play> all(PlayerId player) {
    return byTime.getOrDefault(player, new TreeSet<>(OLDEST_FIRST));
  }

  long count(PlayerId player) {
    return byKey.getOrDefault(player, Map.of()).size();
  }
}
