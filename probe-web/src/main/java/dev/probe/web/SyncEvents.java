package dev.probe.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Live progress lines of running syncs and imports, for a delivery that can stream them (the local
 * server sends them as server-sent events). Publishing with nobody listening costs nothing.
 */
public final class SyncEvents {
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

  /** Starts sending every published line to {@code listener}; close the result to stop. */
  public AutoCloseable subscribe(Consumer<String> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  public void publish(String line) {
    for (Consumer<String> l : listeners) {
      try {
        l.accept(line);
      } catch (RuntimeException e) {
        listeners.remove(l); // a client that went away must not stop the others
      }
    }
  }
}
