package dev.probe.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.probe.core.application.port.in.ImportCatalogCommand;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.view.CatalogImportReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bytes from a file or a provider reach the core's catalogue import unchanged. */
class SongCatalogImportTest {

  @TempDir Path dir;
  final List<ImportCatalogCommand> received = new ArrayList<>();
  final StringWriter out = new StringWriter();

  final SongCatalogImport songs =
      new SongCatalogImport(
          command -> {
            received.add(command);
            return new CatalogImportReport(
                "diving-fish",
                command.region(),
                GameVersion.PRISM_PLUS,
                11,
                40,
                List.of(ChartId.of("Only On NET", ChartType.DX, Difficulty.MASTER)));
          },
          new CatalogDownload(Duration.ofSeconds(5), 1 << 20));

  static byte[] sample() throws IOException {
    try (InputStream in =
        SongCatalogImportTest.class.getResourceAsStream("/data/music-data.sample.json")) {
      return in.readAllBytes();
    }
  }

  @Test
  void importsAFile() throws IOException {
    Path file = dir.resolve("music_data.json");
    Files.write(file, sample());
    songs.fromFile(file, Region.CN, new PrintWriter(out));
    assertThat(received)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.content()).isEqualTo(sample());
              assertThat(c.sourceName()).isEqualTo("music_data.json");
              assertThat(c.region()).isEqualTo(Region.CN);
            });
    assertThat(out.toString())
        .contains("Imported 11 songs and 40 charts")
        .contains("DX|MASTER||Only On NET");
  }

  @Test
  void downloadsFromAProviderOnLoopback() throws IOException {
    byte[] sample = sample();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/api/maimaidxprober/music_data",
        ex -> {
          ex.sendResponseHeaders(200, sample.length);
          try (OutputStream o = ex.getResponseBody()) {
            o.write(sample);
          }
        });
    server.start();
    try {
      URI url =
          URI.create(
              "http://127.0.0.1:"
                  + server.getAddress().getPort()
                  + "/api/maimaidxprober/music_data");
      songs.fromProvider(url, Region.CN, new PrintWriter(out));
    } finally {
      server.stop(0);
    }
    assertThat(received).singleElement().satisfies(c -> assertThat(c.content()).isEqualTo(sample));
    assertThat(out.toString()).contains("Downloading the song catalogue from http://127.0.0.1:");
  }
}
