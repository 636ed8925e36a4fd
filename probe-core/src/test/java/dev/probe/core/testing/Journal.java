package dev.probe.core.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The in-memory store's undo log: while a transaction is open every change records how to undo
 * itself, so a rollback replays the log backwards. Only used under the store's lock.
 */
final class Journal {

  private List<Runnable> undo;

  boolean active() {
    return undo != null;
  }

  void begin() {
    undo = new ArrayList<>();
  }

  void commit() {
    undo = null;
  }

  void rollback() {
    List<Runnable> log = undo;
    undo = null;
    for (int i = log.size() - 1; i >= 0; i--) {
      log.get(i).run();
    }
  }

  <K, V> V put(Map<K, V> map, K key, V value) {
    boolean had = map.containsKey(key);
    V previous = map.put(key, value);
    record(() -> restore(map, key, had, previous));
    return previous;
  }

  <K, V> V remove(Map<K, V> map, K key) {
    boolean had = map.containsKey(key);
    V previous = map.remove(key);
    record(() -> restore(map, key, had, previous));
    return previous;
  }

  <T> void add(Collection<T> collection, T value) {
    if (collection.add(value)) {
      record(() -> collection.remove(value));
    }
  }

  <T> void removeFrom(Collection<T> collection, T value) {
    if (collection.remove(value)) {
      record(() -> collection.add(value));
    }
  }

  private void record(Runnable step) {
    if (undo != null) {
      undo.add(step);
    }
  }

  private static <K, V> void restore(Map<K, V> map, K key, boolean had, V previous) {
    if (had) {
      map.put(key, previous);
    } else {
      map.remove(key);
    }
  }
}
