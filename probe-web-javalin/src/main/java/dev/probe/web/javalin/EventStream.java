package dev.probe.web.javalin;

import dev.probe.web.SyncEvents;
import io.javalin.http.sse.SseClient;

/** One browser listening to sync progress until it goes away. */
final class EventStream {
  private EventStream() {}

  static void open(SseClient client, SyncEvents events) {
    client.keepAlive();
    client.sendComment("connected");
    AutoCloseable subscription = events.subscribe(line -> client.sendEvent("message", line));
    client.onClose(
        () -> {
          try {
            subscription.close();
          } catch (Exception e) {
            // removing a listener cannot fail
          }
        });
  }
}
