package dev.probe.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.application.service.ListPlaysService;
import dev.probe.core.application.service.ShowDashboardService;
import dev.probe.core.application.service.ShowRatingService;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.Region;
import dev.probe.core.testing.InMemoryStore;
import dev.probe.core.testing.MutableClock;
import dev.probe.core.testing.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report over the core's own use cases and the in-memory store. */
class OfflineReportTest {

  @Test
  void showsProfileBestsCurveAndHistoryEscaped() {
    InMemoryStore store = new InMemoryStore();
    MutableClock clock = MutableClock.startingAt("2026-01-01T00:00:00Z");
    store.savePlayer(TestData.player(TestData.ME, Region.CN));
    ChartRef evil = TestData.chart("<script>alert(1)</script>");
    ChartRef plain = TestData.chart("Sample Song 04");
    store.saveCatalog(
        List.of(),
        List.of(
            TestData.catalogChart(evil, GameVersion.PRISM, GameVersion.PRISM, 130),
            TestData.catalogChart(plain, GameVersion.PRISM, GameVersion.PRISM, 148)));
    store.savePlays(
        0,
        List.of(
            TestData.play(evil, "2025-10-01T10:00:00Z")
                .achievement("100.5000")
                .combo(ComboFlag.AP)
                .build(),
            TestData.play(plain, "2025-10-02T10:00:00Z").achievement("99.0000").build()));
    store.saveSnapshot(
        TestData.snapshot(TestData.ME, TestData.at("2025-10-02T11:00:00Z"), 12345, 678));

    OfflineReport report =
        new OfflineReport(
            new ShowDashboardService(store, store, store, store, store, store, clock),
            new ShowRatingService(store, store, store, store, store, clock),
            new ListPlaysService(store, store, store, clock),
            clock);
    String html = report.render(TestData.ME);

    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html)
        .contains("ＰＲＯＢＥ")
        .contains("12345")
        .contains("<svg")
        .contains("Sample Song 04")
        .contains("100.5000%")
        .contains("2025-10-02 18:00");
    assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=");
  }
}
