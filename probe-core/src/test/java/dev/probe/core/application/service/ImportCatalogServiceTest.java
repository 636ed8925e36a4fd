package dev.probe.core.application.service;

import static dev.probe.core.testing.TestData.play;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.application.port.in.ImportCatalogCommand;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Region;
import dev.probe.core.testing.SampleCatalog;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImportCatalogServiceTest {

  private final SampleArchive archive = new SampleArchive();
  private final ImportCatalogService service =
      new ImportCatalogService(
          archive.store, archive.store, archive.store, archive.store, archive.clock);

  @Test
  void reportsWhatItRead() {
    var report = archive.catalogReport;
    assertThat(report.format()).isEqualTo("diving-fish");
    assertThat(report.region()).isEqualTo(Region.CN);
    assertThat(report.version()).isEqualTo(GameVersion.PRISM_PLUS);
    assertThat(report.songs()).isEqualTo(10);
    assertThat(report.charts()).isEqualTo(39);
    assertThat(report.missingFromCatalogue()).isEmpty();
    assertThat(archive.store.allCharts()).hasSize(39);
  }

  @Test
  void importingAgainChangesNothing() {
    var before = archive.store.allCharts();
    service.importCatalog(
        new ImportCatalogCommand("again", SampleCatalog.bytes(), Region.CN, null));
    assertThat(archive.store.allCharts()).isEqualTo(before);
  }

  @Test
  void constantsOfAnotherVersionAreAddedBesideTheOldOnes() {
    service.importCatalog(
        new ImportCatalogCommand("2025", SampleCatalog.bytes(), Region.CN, GameVersion.PRISM));
    ChartId id = ChartId.of("Sample Song 04", ChartType.DX, Difficulty.MASTER);
    assertThat(archive.store.findChart(id).orElseThrow().constants().keySet())
        .containsExactlyInAnyOrder(GameVersion.PRISM, GameVersion.PRISM_PLUS);
    assertThat(archive.store.findChart(id).orElseThrow().constantIn(GameVersion.PRISM))
        .contains(InternalLevel.exact(148));
  }

  @Test
  void chartsThePlayerHasPlayedButTheCatalogueLacksAreReportedAndKept() {
    ChartRef unknown =
        new ChartRef("Not In Sample", ChartType.DX, Difficulty.EXPERT, "12+", "", "", "");
    archive.run(
        archive.clock.instant().minusSeconds(3600), play(unknown, "2026-11-20T10:00:00Z").build());
    var report =
        service.importCatalog(
            new ImportCatalogCommand("again", SampleCatalog.bytes(), Region.CN, null));
    assertThat(report.missingFromCatalogue()).containsExactly(ChartIds.of(unknown));
  }

  @Test
  void aBrokenFileChangesNothingAndSaysWhere() {
    var before = archive.store.allCharts();
    byte[] broken = "[{\"id\": \"1\",}]".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                service.importCatalog(
                    new ImportCatalogCommand("bad.json", broken, Region.CN, null)))
        .isInstanceOf(ProbeException.class)
        .hasMessageStartingWith("bad.json, line 1, column 13:");
    assertThat(archive.store.allCharts()).isEqualTo(before);
  }

  @Test
  void anEmptyFileIsRefusedAtTheCommand() {
    assertThatThrownBy(() -> new ImportCatalogCommand("empty.json", new byte[0], Region.CN, null))
        .hasMessage("empty.json is empty");
  }
}
