package dev.probe.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.application.port.in.ShowDashboardQuery;
import dev.probe.core.application.port.in.ShowProfileHistoryQuery;
import dev.probe.core.application.service.ArchivePorts;
import dev.probe.core.application.service.ImportPagesService;
import dev.probe.core.testing.InMemoryStore;
import dev.probe.core.testing.MutableClock;
import dev.probe.scraper.NetPageParser;
import dev.probe.web.WebUseCases;
import org.junit.jupiter.api.Test;

/** The demo goes in through the real parsers and import, and shows what a newcomer should see. */
class DemoArchiveTest {
  private final InMemoryStore store = new InMemoryStore();
  private final MutableClock clock = MutableClock.startingAt("2026-11-20T12:00:00Z");
  private final ArchivePorts ports =
      new ArchivePorts(store, store, store, store, store, store, store, store, store, store, store);
  private final WebUseCases use = WebUseCases.over(ports, clock);
  private final DemoArchive demo =
      new DemoArchive(
          use.players(), new ImportPagesService(new NetPageParser(), ports, clock), store, clock);

  @Test
  void fillsAnEmptyArchiveThroughTheImportOnce() {
    int plays = demo.fillIfEmpty();
    assertThat(plays).isEqualTo(64);
    assertThat(store.countPlays(DemoArchive.PLAYER)).isEqualTo(64);
    var dashboard = use.dashboard().showDashboard(ShowDashboardQuery.of(DemoArchive.PLAYER));
    assertThat(dashboard.rating()).isPositive();
    assertThat(dashboard.ratingEstimated()).isFalse();
    assertThat(dashboard.latestPlays()).hasSize(10);
    assertThat(dashboard.latestPlays().get(0).play().detail()).isNotNull();
    assertThat(use.profile().showProfileHistory(new ShowProfileHistoryQuery(DemoArchive.PLAYER)))
        .hasSize(8);
    assertThat(demo.fillIfEmpty()).isZero();
    assertThat(store.countPlays(DemoArchive.PLAYER)).isEqualTo(64);
  }
}
