package dev.probe.web.javalin;

import dev.probe.web.SyncEvents;
import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Browsers listening to sync progress until they go away or the server stops. */
final class EventStream {
  private final Set<SseClient> open = ConcurrentHashMap.newKeySet();

  void open(SseClient client, SyncEvents events) {
    open.add(client);
    client.keepAlive();
    client.sendComment("connected");
    AutoCloseable subscription = events.subscribe(line -> client.sendEvent("message", line));
    client.onClose(
        () -> {
          open.remove(client);
          try {
            subscription.close();
          } catch (Exception e) {
            // removing a listener cannot fail
          }
        });
  }

  /** Ends every stream, so that stopping the server does not wait for browsers to leave. */
  void closeAll() {
    for (SseClient c : open) {
      c.close();
    }
    open.clear();
  }
}
