package dev.probe.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.app.exchange.ScoreExchange.ExportFormat;
import dev.probe.app.exchange.ScoreExchange.ImportFormat;
import dev.probe.app.exchange.ScoreExchange.ReadOptions;
import dev.probe.app.exchange.ScoreExchange.Written;
import dev.probe.core.application.port.in.ImportedScore;
import dev.probe.core.application.port.in.ScoreRow;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.SyncFlag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export → import gives back what each format can carry, and exactly that. */
class ExchangeRoundTripTest {

  static final Instant IMPORTED_AT = Instant.parse("2026-11-26T00:00:00Z");

  @TempDir Path dir;

  final ScoreExchange exchange =
      new ScoreExchange(TestCharts.catalogue(), Clock.fixed(IMPORTED_AT, ZoneOffset.UTC));

  /** What survives a trip, compared field by field (the DX maximum is the catalogue's job). */
  record Kept(
      ChartId chart,
      int achievement,
      String rank,
      int dxScore,
      ComboFlag combo,
      SyncFlag sync,
      Instant at) {}

  static Kept kept(ImportedScore s) {
    return new Kept(
        s.chart(),
        s.result().achievement().value(),
        s.result().rank().label(),
        s.result().dxScore().score(),
        s.result().combo(),
        s.result().sync(),
        s.achievedAt());
  }

  static Kept kept(ScoreRow r) {
    return new Kept(
        r.chartId(),
        r.best().achievement().value(),
        r.best().rank().label(),
        r.best().dxScore().score(),
        r.best().combo(),
        r.best().sync(),
        r.achievedAt());
  }

  List<Kept> trip(ExportFormat out, ImportFormat in, String fileName) throws IOException {
    Written written = exchange.write(out, TestCharts.rows());
    Path file = dir.resolve(fileName);
    Files.writeString(file, written.text(), StandardCharsets.UTF_8);
    return exchange.read(in, file, ReadOptions.defaults()).scores().stream()
        .map(ExchangeRoundTripTest::kept)
        .toList();
  }

  static List<Kept> expected(Predicate<ScoreRow> carried, Function<Kept, Kept> lossy) {
    return TestCharts.rows().stream()
        .filter(carried)
        .map(ExchangeRoundTripTest::kept)
        .map(lossy)
        .toList();
  }

  @Test
  void probeCsvKeepsEverything() throws IOException {
    assertThat(trip(ExportFormat.CSV, ImportFormat.PROBE_CSV, "scores.csv"))
        .containsExactlyElementsOf(expected(r -> true, k -> k));
  }

  @Test
  void divingFishJsonLosesOnlyTheDate() throws IOException {
    assertThat(trip(ExportFormat.DF_JSON, ImportFormat.DF_JSON, "df.json"))
        .containsExactlyElementsOf(
            expected(
                r -> true,
                k ->
                    new Kept(
                        k.chart(),
                        k.achievement(),
                        k.rank(),
                        k.dxScore(),
                        k.combo(),
                        k.sync(),
                        IMPORTED_AT)));
  }

  @Test
  void lxnsJsonKeepsDatesButNotTheSecondLink() throws IOException {
    assertThat(trip(ExportFormat.LXNS_JSON, ImportFormat.LXNS_JSON, "lxns.json"))
        .containsExactlyElementsOf(
            expected(
                r -> true,
                k ->
                    k.chart().equals(TestCharts.LINK_COF)
                        ? new Kept(
                            TestCharts.LINK,
                            k.achievement(),
                            k.rank(),
                            k.dxScore(),
                            k.combo(),
                            k.sync(),
                            k.at())
                        : k));
  }

  @Test
  void tachiKeepsAchievementLampAndDateOnly() throws IOException {
    Written written = exchange.write(ExportFormat.TACHI, TestCharts.rows());
    assertThat(written.leftOut()).hasSize(3);
    assertThat(trip(ExportFormat.TACHI, ImportFormat.TACHI, "tachi.json"))
        .containsExactlyElementsOf(
            expected(
                r ->
                    r.chartId().difficulty() != Difficulty.UTAGE
                        && !r.chartId().song().title().equals("Link"),
                k ->
                    new Kept(
                        k.chart(),
                        k.achievement(),
                        k.rank(),
                        0,
                        k.combo(),
                        SyncFlag.NONE,
                        k.at())));
  }

  @Test
  void divingFishUpdateRecordsHasTheDocumentedFields() {
    String text = exchange.write(ExportFormat.DF_JSON, TestCharts.rows()).text();
    assertThat(text)
        .contains("\"title\" : \"Link(CoF)\"")
        .contains("\"fs\" : \"fsdp\"")
        .contains("\"fc\" : \"app\"")
        .contains("\"type\" : \"SD\"")
        .contains("\"achievements\" : 100.5000");
  }
}
