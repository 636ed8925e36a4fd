package dev.probe.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.app.exchange.ScoreExchange.ImportFormat;
import dev.probe.app.exchange.ScoreExchange.ReadOptions;
import dev.probe.core.application.port.in.ImportedScore;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.SyncFlag;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples from the trackers' API documentation (MIT, see LICENSE/NOTICE next to them). */
class SampleShapesTest {

  static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");
  final ScoreExchange exchange =
      new ScoreExchange(TestCharts.catalogue(), Clock.fixed(NOW, ZoneOffset.UTC));

  static Path resource(String name) throws URISyntaxException {
    return Path.of(SampleShapesTest.class.getResource("/api-json/" + name).toURI());
  }

  List<ImportedScore> read(ImportFormat format, String name) throws URISyntaxException {
    return exchange.read(format, resource(name), ReadOptions.defaults()).scores();
  }

  @Test
  void divingFishPlayerRecords() throws URISyntaxException {
    List<ImportedScore> rows = read(ImportFormat.DF_JSON, "diving-fish/player-records.json");
    assertThat(rows).hasSize(2);
    ImportedScore dakara = rows.get(0);
    assertThat(dakara.chart()).isEqualTo(TestCharts.DAKARA);
    assertThat(dakara.result().achievement().value()).isEqualTo(916_265);
    assertThat(dakara.result().rank()).isEqualTo(Rank.AA);
    assertThat(dakara.result().dxScore().score()).isEqualTo(520);
    assertThat(dakara.line()).isEqualTo(7);
    ImportedScore altale = rows.get(1);
    assertThat(altale.chart()).isEqualTo(TestCharts.ALTALE);
    assertThat(altale.result().achievement().value()).isEqualTo(1_010_000);
    assertThat(altale.result().rank()).isEqualTo(Rank.SSS_PLUS);
    assertThat(altale.result().combo()).isEqualTo(ComboFlag.APP);
    assertThat(altale.result().sync()).isEqualTo(SyncFlag.FDX);
    assertThat(altale.achievedAt()).isEqualTo(NOW);
  }

  @Test
  void divingFishUpdateRecordsBody() throws URISyntaxException {
    List<ImportedScore> rows =
        read(ImportFormat.DF_JSON, "diving-fish/update-records-request.json");
    assertThat(rows)
        .extracting(ImportedScore::chart)
        .containsExactly(TestCharts.ALEA, TestCharts.REVIVE);
    assertThat(rows.get(1).result().achievement().value()).isEqualTo(1_007_770);
    assertThat(rows.get(0).result().combo()).isEqualTo(ComboFlag.FC);
  }

  @Test
  void lxnsUploadBodyWithoutTitlesIsNamedByItsId() throws URISyntaxException {
    List<ImportedScore> rows = read(ImportFormat.LXNS_JSON, "lxns/scores-post.json");
    assertThat(rows).hasSize(1);
    ImportedScore s = rows.get(0);
    assertThat(s.named()).contains("LXNS song id 834");
    assertThat(s.result().combo()).isEqualTo(ComboFlag.APP);
    assertThat(s.result().sync()).isEqualTo(SyncFlag.NONE);
    assertThat(s.achievedAt()).isEqualTo(Instant.parse("2023-12-31T16:00:00Z"));
  }
}
