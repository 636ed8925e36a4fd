package dev.probe.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.app.exchange.ScoreExchange.ImportFormat;
import dev.probe.app.exchange.ScoreExchange.Read;
import dev.probe.app.exchange.ScoreExchange.ReadOptions;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ProbeException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {

  @TempDir Path dir;

  final ScoreExchange exchange =
      new ScoreExchange(
          TestCharts.catalogue(),
          Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC));

  static final String DF_CSV =
      "排名,曲名,难度,等级,定数,达成率, DX Rating\n"
          + "1,Sample Song 02,Re:MASTER,14+,14.6,100.7,328\n"
          + "2,\"Comma, \"\"Quote\"\"\",Expert,10,10.0,50.1234,50\n"
          + "3,Sample Song 01,Master,13,13.2,0,0\n";

  Path file(String name, String text, Charset charset) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, text.getBytes(charset));
    return f;
  }

  @Test
  void gbkCsvFromExcelIsDetected() throws IOException {
    Path f = file("DX 乐谱.csv", DF_CSV, Charset.forName("GBK"));
    Read read = exchange.read(ImportFormat.DF_CSV, f, ReadOptions.defaults());
    assertThat(read.charset().name()).isEqualTo("GBK");
    assertThat(read.scores())
        .extracting(s -> s.chart())
        .containsExactly(TestCharts.SONG02_REMASTER, TestCharts.COMMA);
    assertThat(read.scores().get(1).line()).isEqualTo(3);
  }

  @Test
  void csvWithoutTypeAndTwoTypesInTheCatalogueAsksForTheType() throws IOException {
    String text = "排名,曲名,难度,等级,定数,达成率, DX Rating\n1,Sample Song 01,Master,13,13.2,99,200\n";
    Path f = file("export.csv", text, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> exchange.read(ImportFormat.DF_CSV, f, ReadOptions.defaults()))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("--chart-type");
    Read read =
        exchange.read(
            ImportFormat.DF_CSV,
            f,
            new ReadOptions(null, ChartType.DX, ScoreExchange.DEFAULT_MAX_BYTES));
    assertThat(read.scores().get(0).chart()).isEqualTo(TestCharts.SONG01_DX_MASTER);
  }

  @Test
  void wrongFormatSaysWhatItExpected() throws IOException {
    Path f = file("lxns.json", "{\"scores\": [{\"id\": 1}]}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> exchange.read(ImportFormat.DF_JSON, f, ReadOptions.defaults()))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("not a Diving-Fish records file");
    Path csv = file("df.csv", DF_CSV, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> exchange.read(ImportFormat.PROBE_CSV, csv, ReadOptions.defaults()))
        .hasMessageContaining("line 1: this is not a probe CSV file");
  }

  @Test
  void badValuesNameTheirLine() throws IOException {
    String json =
        "[\n  {\"title\": \"Altale\", \"type\": \"SD\", \"level_index\": 1, \"achievements\": 99.5},\n"
            + "  {\"title\": \"Altale\", \"type\": \"SD\", \"level_index\": 1,\n"
            + "   \"achievements\": 99.12345}\n]";
    Path f = file("df.json", json, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> exchange.read(ImportFormat.DF_JSON, f, ReadOptions.defaults()))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("at most four decimals");
    Path broken = file("broken.json", "[\n{\"title\": \"x\",\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> exchange.read(ImportFormat.DF_JSON, broken, ReadOptions.defaults()))
        .hasMessageContaining("not valid JSON");
    Path csv =
        file(
            "bad.csv",
            "排名,曲名,难度,等级,定数,达成率\n1,\"unclosed,Master,13,13,99\n",
            StandardCharsets.UTF_8);
    assertThatThrownBy(() -> exchange.read(ImportFormat.DF_CSV, csv, ReadOptions.defaults()))
        .hasMessageContaining("line 2: a quoted field is never closed");
  }

  @Test
  void hugeFilesAreRefusedBeforeReading() throws IOException {
    Path f = file("big.json", "[" + " ".repeat(2048) + "]", StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> exchange.read(ImportFormat.DF_JSON, f, new ReadOptions(null, null, 1024)))
        .isInstanceOfSatisfying(
            ProbeException.class,
            e -> assertThat(e.kind()).isEqualTo(ProbeException.Kind.TOO_LARGE));
  }

  @Test
  void namedEncodingIsUsedAndAWrongOneIsReported() throws IOException {
    Path f = file("DX 乐谱.csv", DF_CSV, Charset.forName("GBK"));
    assertThatThrownBy(
            () ->
                exchange.read(
                    ImportFormat.DF_CSV,
                    f,
                    new ReadOptions(StandardCharsets.UTF_8, null, ScoreExchange.DEFAULT_MAX_BYTES)))
        .hasMessageContaining("--encoding");
  }
}
