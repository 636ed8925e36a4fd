package dev.probe.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.probe.core.domain.ProbeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a fake provider on loopback that serves the synthetic sample catalogue. */
class CatalogDownloadTest {

  HttpServer server;
  final CountDownLatch release = new CountDownLatch(1);
  byte[] sample;

  @BeforeEach
  void start() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/data/music-data.sample.json")) {
      sample = in.readAllBytes();
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/music_data",
        ex -> {
          ex.getResponseHeaders().add("Content-Type", "application/json");
          ex.sendResponseHeaders(200, sample.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(sample);
          }
        });
    server.createContext(
        "/down",
        ex -> {
          ex.sendResponseHeaders(503, -1);
          ex.close();
        });
    server.createContext(
        "/slow",
        ex -> {
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          ex.sendResponseHeaders(200, -1);
          ex.close();
        });
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void downloadsTheCatalogue() {
    byte[] body = new CatalogDownload(Duration.ofSeconds(5), 1 << 20).fetch(url("/music_data"));
    assertThat(body).isEqualTo(sample);
  }

  @Test
  void refusesACatalogueAboveTheLimit() {
    assertThatThrownBy(
            () -> new CatalogDownload(Duration.ofSeconds(5), 1024).fetch(url("/music_data")))
        .isInstanceOfSatisfying(
            ProbeException.class,
            e -> assertThat(e.kind()).isEqualTo(ProbeException.Kind.TOO_LARGE));
  }

  @Test
  void providerErrorsSayWhatToDo() {
    assertThatThrownBy(
            () -> new CatalogDownload(Duration.ofSeconds(5), 1 << 20).fetch(url("/down")))
        .isInstanceOfSatisfying(
            ProbeException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ProbeException.Kind.NET_UNAVAILABLE);
              assertThat(e.getMessage()).contains("HTTP 503").contains("PROBE_CATALOG_URL");
            });
  }

  @Test
  void aSilentProviderTimesOut() {
    assertThatThrownBy(
            () -> new CatalogDownload(Duration.ofMillis(300), 1 << 20).fetch(url("/slow")))
        .isInstanceOfSatisfying(
            ProbeException.class, e -> assertThat(e.getMessage()).contains("did not answer"));
  }

  @Test
  void onlyHttpUrls() {
    assertThatThrownBy(
            () ->
                new CatalogDownload(Duration.ofSeconds(1), 1024)
                    .fetch(URI.create("file:///etc/passwd")))
        .hasMessageContaining("must be http(s)");
  }
}
