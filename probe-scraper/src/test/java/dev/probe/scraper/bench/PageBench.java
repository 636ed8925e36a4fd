package dev.probe.scraper.bench;

import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.page.NetPage;
import dev.probe.scraper.NetPageParser;
import dev.probe.scraper.SyntheticCatalogue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * {@code bench/parse FILE…}: the project's parse + extract of each file, measured like the lxml
 * baseline script ({@code shared/bench/lxml_baseline.py}): a few warm-up parses, then as many as
 * fit in the measuring time; one line per file with {@code pages_per_s} and {@code mb_per_s}.
 * {@code --seconds S} sets the time; {@code --write-catalogue FILE} writes the synthetic full
 * catalogue.
 */
public final class PageBench {

  private PageBench() {}

  public static void main(String[] args) throws Exception {
    double seconds = 3.0;
    int i = 0;
    if (args.length > 1 && args[0].equals("--seconds")) {
      seconds = Double.parseDouble(args[1]);
      i = 2;
    }
    if (args.length > i + 1 && args[i].equals("--write-catalogue")) {
      Files.writeString(Path.of(args[i + 1]), SyntheticCatalogue.html(), StandardCharsets.UTF_8);
      return;
    }
    NetPageParser parser = new NetPageParser();
    for (String file : List.of(args).subList(i, args.length)) {
      byte[] body = Files.readAllBytes(Path.of(file));
      RawPage page = new RawPage(URI.create("file:///bench.html"), Instant.EPOCH, body);
      NetPage parsed = parser.parse(page);
      long warmUpEnd = System.nanoTime() + 5_000_000_000L; // the JIT needs longer than Python
      while (System.nanoTime() < warmUpEnd) {
        parser.parse(page);
      }
      java.lang.management.ThreadMXBean cpu =
          java.lang.management.ManagementFactory.getThreadMXBean();
      long n = 0;
      long cpuStart = cpu.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      long end = start + (long) (seconds * 1e9);
      long now;
      do {
        parser.parse(page);
        n++;
        now = System.nanoTime();
      } while (now < end);
      double elapsed = (now - start) / 1e9;
      double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      // pages_per_s is wall-clock time, like the baseline script; per CPU second helps on a busy
      // host.
      System.out.printf(
          "%s kind=%s entries=%d pages_per_s=%.1f mb_per_s=%.2f pages_per_cpu_s=%.1f%n",
          file,
          parsed.kind(),
          entries(parsed),
          n / elapsed,
          n * body.length / elapsed / 1e6,
          n / cpuSeconds);
    }
  }

  static int entries(NetPage page) {
    if (page instanceof dev.probe.core.domain.page.RecordPage) {
      return ((dev.probe.core.domain.page.RecordPage) page).plays().size();
    }
    if (page instanceof dev.probe.core.domain.page.ScoreListPage) {
      return ((dev.probe.core.domain.page.ScoreListPage) page).entries().size();
    }
    return 1;
  }
}
