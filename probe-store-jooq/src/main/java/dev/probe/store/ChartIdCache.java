package dev.probe.store;

import dev.probe.core.domain.ChartId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parsed chart ids by their stored text, and their rank in {@link ChartId}'s order. The text is the
 * id, so an entry never goes stale. Lists of thousands of rows then parse each chart once per
 * process, and sort by comparing ints instead of titles.
 */
final class ChartIdCache {

  /** Past this many entries (far above any catalogue) the cache starts over. */
  private static final int LIMIT = 100_000;

  private final Map<String, ChartId> byText = new ConcurrentHashMap<>();

  /** The last id seen under each chart_key pk, checked against the text before use. */
  private record Known(String text, ChartId id) {}

  private volatile Known[] byPk = new Known[0];

  /** Ranks of the ids {@link #parse} handed out, by identity; rebuilt when a new one appears. */
  private volatile Map<ChartId, Integer> ranks = new IdentityHashMap<>();

  ChartId parse(String text) {
    ChartId id = byText.get(text);
    if (id == null) {
      if (byText.size() >= LIMIT) {
        byText.clear();
      }
      id = byText.computeIfAbsent(text, ChartId::parse);
    }
    return id;
  }

  /**
   * The id stored as {@code text} under chart_key {@code pk}: an array slot and a string compare
   * instead of hashing the text (the text decides, so a reused pk cannot mislead).
   */
  ChartId parse(int pk, String text) {
    Known[] table = byPk;
    if (pk >= 0 && pk < table.length) {
      Known k = table[pk];
      if (k != null && k.text().equals(text)) {
        return k.id();
      }
    }
    ChartId id = parse(text);
    if (pk >= 0 && pk < LIMIT) {
      remember(pk, new Known(text, id));
    }
    return id;
  }

  private synchronized void remember(int pk, Known known) {
    Known[] table = byPk;
    if (pk >= table.length) {
      table = Arrays.copyOf(table, Math.max(pk + 1, table.length * 2));
    }
    table[pk] = known;
    byPk = table;
  }

  /** {@code items} sorted by their chart ids, as {@code Comparator.comparing(id)} would. */
  <T> List<T> sorted(List<T> items, Function<T, ChartId> id) {
    int[] rank = new int[items.size()];
    Map<ChartId, Integer> known = ranks;
    for (int pass = 0; pass < 2; pass++) {
      boolean complete = true;
      for (int i = 0; i < rank.length && complete; i++) {
        Integer r = known.get(id.apply(items.get(i)));
        complete = r != null;
        rank[i] = complete ? r : 0;
      }
      if (complete) {
        return byRank(items, rank);
      }
      known = rerank();
    }
    List<T> copy = new ArrayList<>(items); // ids this cache did not hand out
    copy.sort(Comparator.comparing(id));
    return copy;
  }

  private static <T> List<T> byRank(List<T> items, int[] rank) {
    long[] keyed = new long[rank.length];
    for (int i = 0; i < rank.length; i++) {
      keyed[i] = ((long) rank[i] << 32) | i;
    }
    Arrays.sort(keyed);
    List<T> out = new ArrayList<>(rank.length);
    for (long k : keyed) {
      out.add(items.get((int) k));
    }
    return out;
  }

  private synchronized Map<ChartId, Integer> rerank() {
    List<ChartId> all = new ArrayList<>(byText.values());
    all.sort(Comparator.naturalOrder());
    Map<ChartId, Integer> fresh = new IdentityHashMap<>(all.size() * 2);
    for (int i = 0; i < all.size(); i++) {
      fresh.put(all.get(i), i);
    }
    ranks = fresh;
    return fresh;
  }
}
