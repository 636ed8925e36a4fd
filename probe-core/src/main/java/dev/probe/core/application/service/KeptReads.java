package dev.probe.core.application.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Small reads every page makes (a player, a session), kept by key until the next completed write;
 * never from inside a transaction, whose view may not be committed.
 */
final class KeptReads<K, V> {
  private record Kept<V>(long count, V value) {}

  private final WriteCounter counter;
  private final Function<K, V> read;
  private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

  KeptReads(WriteCounter counter, Function<K, V> read) {
    this.counter = counter;
    this.read = read;
  }

  V get(K key) {
    if (counter.inTransaction()) {
      return read.apply(key);
    }
    long count = counter.changeCount(); // read first: a write meanwhile makes the value stale
    Kept<V> k = kept.get(key);
    if (k != null && k.count() == count) {
      return k.value();
    }
    V value = read.apply(key);
    if (kept.size() > 1000) {
      kept.clear(); // players and sessions are few; this only bounds a misuse
    }
    kept.put(key, new Kept<>(count, value));
    return value;
  }
}
