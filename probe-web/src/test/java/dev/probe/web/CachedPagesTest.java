package dev.probe.web;

import static dev.probe.web.ContractFixture.ALICE;
import static dev.probe.web.ContractFixture.CLOCK;
import static dev.probe.web.ContractFixture.TOKEN;
import static dev.probe.web.ContractRequest.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.application.service.ArchivePorts;
import dev.probe.core.application.service.WatchedArchive;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.testing.TestData;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages over the cached use cases, as the local server serves them: answers kept while nothing is
 * written, and fresh (with a new tag, so no stale 304) the moment a sync or import saved plays.
 */
class CachedPagesTest {
  private final WatchedArchive archive =
      WatchedArchive.of(ContractFixture.ports(ContractFixture.seeded()));
  private final WebApplication app =
      ProbeWeb.builder(ContractFixture.config())
          .useCases(WebUseCases.cached(archive, CLOCK))
          .build();

  private WebResponse read(String path, String ifNoneMatch) {
    ContractRequest r = get(path).bearer(TOKEN);
    return app.handle((ifNoneMatch == null ? r : r.header("If-None-Match", ifNoneMatch)).build());
  }

  @Test
  void aSyncMakesEveryKeptPageFreshAndItsOldTagStale() {
    WebResponse dashboard = read("/api/dashboard", null);
    WebResponse plays = read("/api/plays", null);
    WebResponse charts = read("/charts", null);
    assertThat(ContractResponses.text(dashboard)).contains("\"playCount\":60");
    assertThat(ContractResponses.text(plays)).contains("\"total\":60");
    assertThat(ContractResponses.text(charts)).doesNotContain("Fresh Song");
    assertThat(read("/api/dashboard", tag(dashboard)).status()).isEqualTo(304);

    syncOnePlayOfANewChart();

    WebResponse after = read("/api/dashboard", tag(dashboard));
    assertThat(after.status()).isEqualTo(200);
    assertThat(ContractResponses.text(after)).contains("\"playCount\":61").contains("Fresh Song");
    assertThat(tag(after)).isNotEqualTo(tag(dashboard));
    WebResponse playsAfter = read("/api/plays", tag(plays));
    assertThat(playsAfter.status()).isEqualTo(200);
    assertThat(ContractResponses.text(playsAfter)).contains("\"total\":61");
    WebResponse chartsAfter = read("/charts", tag(charts));
    assertThat(chartsAfter.status()).isEqualTo(200);
    assertThat(ContractResponses.text(chartsAfter)).contains("Fresh Song");
  }

  @Test
  void aCompressedPageIsNeverAnOldOne() {
    WebResponse before =
        app.handle(get("/plays").bearer(TOKEN).header("Accept-Encoding", "gzip").build());
    WebResponse again =
        app.handle(get("/plays").bearer(TOKEN).header("Accept-Encoding", "gzip").build());
    assertThat(before.header("content-encoding")).contains("gzip");
    assertThat(again.body()).isEqualTo(before.body());
    assertThat(ContractResponses.text(before))
        .doesNotContain("Fresh Song")
        .hasSizeGreaterThan(CompressedBodies.MIN_SIZE); // large enough to be kept compressed

    syncOnePlayOfANewChart();

    WebResponse after =
        app.handle(get("/plays").bearer(TOKEN).header("Accept-Encoding", "gzip").build());
    assertThat(after.header("content-encoding")).contains("gzip");
    assertThat(ContractResponses.text(after)).contains("Fresh Song");
  }

  private void syncOnePlayOfANewChart() {
    ArchivePorts ports = archive.ports();
    Instant at = Instant.parse("2026-11-10T10:00:00Z");
    ChartRef fresh = ChartRef.of("Fresh Song", ChartType.STD, Difficulty.EXPERT, "12+");
    long run = ports.runs().startRun(TestData.run(ALICE, at));
    ports
        .savePlays()
        .savePlays(
            run, List.of(TestData.play(fresh, at).player(ALICE).achievement(1_000_500).build()));
    ports.runs().finishRun(TestData.finished(TestData.run(ALICE, at), run, at.plusSeconds(60), 1));
  }

  private static String tag(WebResponse r) {
    return r.header("etag").orElseThrow();
  }
}
