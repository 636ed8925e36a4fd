package dev.probe.core.bench;

import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.catalog.CatalogData;
import dev.probe.core.domain.catalog.CatalogReader;
import dev.probe.core.testing.SampleCatalog;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading a catalogue of real size: the synthetic sample's 11 entries repeated (titles renamed) to
 * 1,584 entries and 5,616 charts, about the size of a Diving-Fish file of 2026.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatalogReadBenchmark {

  private byte[] file;

  @Setup
  public void build() {
    String sample = new String(SampleCatalog.bytes(), StandardCharsets.UTF_8).strip();
    String body = sample.substring(1, sample.length() - 1);
    StringBuilder all = new StringBuilder("[");
    for (int copy = 0; copy < 144; copy++) {
      if (copy > 0) {
        all.append(',');
      }
      all.append(
          body.replace("\"Sample ", "\"Copy " + copy + " ")
              .replace("\"\u3000\"", "\"Space " + copy + "\""));
    }
    file = all.append(']').toString().getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public CatalogData read1584Entries() {
    return CatalogReader.read("big.json", file, GameVersion.PRISM_PLUS, GameVersion.PRISM_PLUS);
  }
}
