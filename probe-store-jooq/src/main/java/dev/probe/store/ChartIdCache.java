package dev.probe.store;

import dev.probe.core.domain.ChartId;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed chart ids by their stored text. The text is the id, so an entry never goes stale. Lists of
 * thousands of rows then parse each chart once per process.
 */
final class ChartIdCache {

  /** Past this many entries (far above any catalogue) the cache starts over. */
  private static final int LIMIT = 100_000;

  private final Map<String, ChartId> byText = new ConcurrentHashMap<>();

  /** The last id seen under each chart_key pk, checked against the text before use. */
  private record Known(String text, ChartId id) {}

  private volatile Known[] byPk = new Known[0];

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
}
