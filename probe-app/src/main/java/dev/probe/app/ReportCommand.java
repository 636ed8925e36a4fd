package dev.probe.app;

import dev.probe.app.report.OfflineReport;
import dev.probe.core.application.service.ListPlaysService;
import dev.probe.core.application.service.ShowDashboardService;
import dev.probe.core.application.service.ShowRatingService;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.store.PostgresArchive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probe report --out FILE.html}. */
@Command(
    name = "report",
    description =
        "Write one self-contained HTML file with the profile, rating curve, B50 and play history. It opens in any browser, on a phone too, with no server and no network.")
final class ReportCommand implements Callable<Integer> {

  @ParentCommand ProbeCli probe;
  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.html",
      description = "Where to write.")
  Path out;

  @Option(
      names = "--player",
      paramLabel = "NAME",
      description = "Whose report (default: the only player).")
  String player;

  @Override
  public Integer call() {
    String html;
    try (ArchiveSession session = ArchiveSession.open(probe)) {
      PostgresArchive a = session.archive();
      PlayerId who = PlayerChoice.resolve(a.players(), player);
      html =
          new OfflineReport(
                  new ShowDashboardService(
                      a.players(),
                      a.loadPlays(),
                      a.scoreLists(),
                      a.profiles(),
                      a.catalog(),
                      a.syncRuns(),
                      probe.clock()),
                  new ShowRatingService(
                      a.players(),
                      a.loadPlays(),
                      a.scoreLists(),
                      a.profiles(),
                      a.catalog(),
                      probe.clock()),
                  new ListPlaysService(a.players(), a.loadPlays(), a.catalog(), probe.clock()),
                  probe.clock())
              .render(who);
    }
    try {
      Files.writeString(out, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ProbeException.invalid("cannot write " + out + ": " + e.getMessage());
    }
    spec.commandLine()
        .getOut()
        .printf("Wrote the report to %s (%d KiB).%n", out, html.length() / 1024);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
