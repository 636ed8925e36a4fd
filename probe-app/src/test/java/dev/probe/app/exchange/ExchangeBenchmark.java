package dev.probe.app.exchange;

import dev.probe.app.exchange.ScoreExchange.ExportFormat;
import dev.probe.app.exchange.ScoreExchange.ImportFormat;
import dev.probe.app.exchange.ScoreExchange.ReadOptions;
import dev.probe.core.application.port.in.ScoreRow;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.SyncFlag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Reading and writing a whole player's worth of scores (6,000 charts, about a full catalogue). Run:
 * {@code mvn -q -pl probe-app -am test-compile} then {@code java -cp <test classpath>
 * dev.probe.app.exchange.ExchangeBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ExchangeBenchmark {

  static final int CHARTS = 6_000;

  ScoreExchange exchange;
  List<ScoreRow> rows;
  Path dfJson;
  Path probeCsv;

  @Setup
  public void setUp() throws IOException {
    List<Chart> catalogue = new ArrayList<>();
    rows = new ArrayList<>();
    for (int i = 0; i < CHARTS; i++) {
      ChartId id =
          ChartId.of(
              "Song " + i / 4,
              i % 8 < 4 ? ChartType.STD : ChartType.DX,
              Difficulty.values()[i % 4]);
      catalogue.add(TestCharts.chart(id, "12", 120, 500));
      rows.add(
          TestCharts.row(
              id, 990_000 + i, 1000, 1500, ComboFlag.FC, SyncFlag.FS, "2025-01-01T00:00:00Z"));
    }
    exchange = new ScoreExchange(catalogue, Clock.systemUTC());
    Path dir = Files.createTempDirectory("probe-bench");
    dfJson = dir.resolve("df.json");
    probeCsv = dir.resolve("scores.csv");
    Files.writeString(
        dfJson, exchange.write(ExportFormat.DF_JSON, rows).text(), StandardCharsets.UTF_8);
    Files.writeString(
        probeCsv, exchange.write(ExportFormat.CSV, rows).text(), StandardCharsets.UTF_8);
  }

  @Benchmark
  public int readDivingFishJson() {
    return exchange.read(ImportFormat.DF_JSON, dfJson, ReadOptions.defaults()).scores().size();
  }

  @Benchmark
  public int readProbeCsv() {
    return exchange.read(ImportFormat.PROBE_CSV, probeCsv, ReadOptions.defaults()).scores().size();
  }

  @Benchmark
  public int writeProbeCsv() {
    return exchange.write(ExportFormat.CSV, rows).text().length();
  }

  @Benchmark
  public int writeTachi() {
    return exchange.write(ExportFormat.TACHI, rows).text().length();
  }

  public static void main(String[] args) throws RunnerException {
    new Runner(new OptionsBuilder().include(ExchangeBenchmark.class.getSimpleName()).build()).run();
  }
}
