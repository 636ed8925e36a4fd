package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ImportCatalogCommand;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.view.CatalogImportReport;
import dev.probe.core.testing.InMemoryStore;
import dev.probe.core.testing.MutableClock;
import dev.probe.core.testing.SampleCatalog;
import dev.probe.core.testing.TestData;
import java.time.Instant;
import java.util.List;

/**
 * An in-memory archive for service tests: player {@code me} (CN, because the sample catalogue is a
 * CN one), the sample catalogue imported, and a clock in the CN 舞萌DX 2026 (PRiSM PLUS) era.
 */
final class SampleArchive {

  final InMemoryStore store = new InMemoryStore();
  final MutableClock clock = MutableClock.startingAt("2026-11-26T03:00:00Z");
  final CatalogImportReport catalogReport;

  SampleArchive() {
    store.savePlayer(TestData.player(TestData.ME, Region.CN));
    catalogReport =
        new ImportCatalogService(store, store, store, store, clock)
            .importCatalog(
                new ImportCatalogCommand(
                    "music-data.sample.json", SampleCatalog.bytes(), Region.CN, null));
  }

  static ChartRef master(String title, ChartType type) {
    return new ChartRef(title, type, Difficulty.MASTER, "", "", "", "");
  }

  static ChartRef of(String title, ChartType type, Difficulty difficulty) {
    return new ChartRef(title, type, difficulty, "", "", "", "");
  }

  long run(Instant at, Play... plays) {
    long id = store.startRun(TestData.run(TestData.ME, at));
    store.savePlays(id, List.of(plays));
    store.finishRun(
        TestData.finished(store.findRun(id).orElseThrow(), id, at.plusSeconds(60), plays.length));
    return id;
  }
}
