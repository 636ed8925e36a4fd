package dev.probe.scraper.bench;

import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.page.NetPage;
import dev.probe.scraper.NetPageParser;
import dev.probe.scraper.SyntheticCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Parse + extract throughput of {@link NetPageParser} on the real CN record list (50 plays, 152 KB)
 * and on the SYNTHETIC full-catalogue score list ({@link SyntheticCatalogue}, 1,400 charts, about
 * 1.7 MB). Run with {@code main}: it prints pages/s and MB/s per page. Not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserBenchmark {

  private final NetPageParser parser = new NetPageParser();
  private RawPage recordList;
  private RawPage fullCatalogue;

  @Setup
  public void setUp() throws IOException {
    recordList = page(resource("fixtures/cn/record.html"));
    fullCatalogue = page(SyntheticCatalogue.html().getBytes(StandardCharsets.UTF_8));
  }

  @Benchmark
  public NetPage recordList() {
    return parser.parse(recordList);
  }

  @Benchmark
  public NetPage fullCatalogue() {
    return parser.parse(fullCatalogue);
  }

  static RawPage page(byte[] body) {
    return new RawPage(URI.create("file:///bench.html"), Instant.EPOCH, body);
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = ParserBenchmark.class.getResourceAsStream("/" + name)) {
      return in.readAllBytes();
    }
  }

  public static void main(String[] args) throws Exception {
    ParserBenchmark sizes = new ParserBenchmark();
    sizes.setUp();
    for (RunResult r :
        new Runner(new OptionsBuilder().include(ParserBenchmark.class.getName()).build()).run()) {
      String name = r.getParams().getBenchmark();
      double perSecond = r.getPrimaryResult().getScore();
      int bytes =
          name.endsWith("recordList") ? sizes.recordList.size() : sizes.fullCatalogue.size();
      System.out.printf(
          "%s pages_per_s=%.1f mb_per_s=%.2f (%d bytes)%n",
          name.substring(name.lastIndexOf('.') + 1), perSecond, perSecond * bytes / 1e6, bytes);
    }
  }
}
