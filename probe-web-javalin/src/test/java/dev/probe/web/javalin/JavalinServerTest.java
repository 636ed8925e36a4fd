package dev.probe.web.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.web.ContractFixture;
import dev.probe.web.ContractRequest;
import dev.probe.web.SyncEvents;
import dev.probe.web.WebResponse;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.brotli.dec.BrotliInputStream;
import org.junit.jupiter.api.Test;

/**
 * What only the local server adds: brotli where present, and live progress as server-sent events.
 */
class JavalinServerTest {

  @Test
  void brotliIsOfferedWhenBrotli4jIsPresent() {
    assertThat(JavalinServer.optionalCompressors())
        .extracting(c -> c.encoding())
        .containsExactly("br");
    JavalinServer server =
        new JavalinServer(
            dev.probe.web.ProbeWeb.builder(
                    ContractFixture.config().withCompressors(JavalinServer.optionalCompressors()))
                .useCases(ContractFixture.useCases())
                .build(),
            JavalinServer.Options.of(1 << 20));
    JavalinTest.test(
        server.javalin(),
        (s, client) -> {
          WebResponse r =
              JavalinContractTest.send(
                  s.port(),
                  ContractRequest.get("/login")
                      .header("Accept-Encoding", "gzip, deflate, br")
                      .build());
          assertThat(r.header("content-encoding")).contains("br");
          String html =
              new String(
                  new BrotliInputStream(new ByteArrayInputStream(r.body())).readAllBytes(),
                  StandardCharsets.UTF_8);
          assertThat(html).contains("<form");
          WebResponse gzip =
              JavalinContractTest.send(
                  s.port(),
                  ContractRequest.get("/login").header("Accept-Encoding", "gzip").build());
          assertThat(gzip.header("content-encoding")).contains("gzip");
        });
  }

  @Test
  void syncProgressStreamsToTheOwnerOnly() throws Exception {
    SyncEvents events = new SyncEvents();
    JavalinServer server =
        new JavalinServer(
            ContractFixture.application(),
            JavalinServer.Options.of(1 << 20).withEvents(events, ContractFixture.BASE));
    try (JavalinServer s = server.start("127.0.0.1", 0)) {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + s.port();
      HttpResponse<String> denied =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/sync/events")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(denied.statusCode()).isEqualTo(401);

      HttpRequest open =
          HttpRequest.newBuilder(URI.create(base + ContractFixture.BASE + "/api/sync/events"))
              .header("Authorization", "Bearer " + ContractFixture.TOKEN)
              .header("Accept", "text/event-stream") // as EventSource sends it
              .build();
      CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> stream =
          http.sendAsync(open, HttpResponse.BodyHandlers.ofLines());
      HttpResponse<java.util.stream.Stream<String>> r = stream.get(5, TimeUnit.SECONDS);
      assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/event-stream");
      Iterator<String> lines = r.body().iterator();
      CompletableFuture<String> data =
          CompletableFuture.supplyAsync(
              () -> {
                while (lines.hasNext()) {
                  String line = lines.next();
                  if (line.startsWith("data:")) {
                    return line;
                  }
                }
                return "";
              });
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (!data.isDone() && System.nanoTime() < deadline) {
        events.publish("alice: record list 1/1");
        Thread.sleep(100);
      }
      assertThat(data.get(1, TimeUnit.SECONDS)).contains("alice: record list 1/1");
    }
  }
}
