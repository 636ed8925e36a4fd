package dev.probe.app;

import dev.probe.app.exchange.ScoreExchange;
import dev.probe.core.application.service.ExportScoresService;
import dev.probe.core.domain.PlayerId;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probe scores export --format … --out FILE}. */
@Command(
    name = "export",
    description =
        "Write every best score in another tracker's format. It says what the format could not carry. For a lossless copy of the whole archive use 'probe export'.")
final class ScoresExportCommand implements Callable<Integer> {

  @ParentCommand ScoresCommand scores;
  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description =
          "csv (every column, stable chart ids), df-json (Diving-Fish update_records body), lxns-json (LXNS scores upload body), tachi (Tachi BATCH-MANUAL for maimaidx).")
  String format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write.")
  Path out;

  @Option(
      names = "--player",
      paramLabel = "NAME",
      description = "Whose scores (default: the only player).")
  String player;

  @Override
  public Integer call() {
    ProbeCli probe = scores.probe;
    try (ArchiveSession session = ArchiveSession.open(probe)) {
      PlayerId who = PlayerChoice.resolve(session.archive().players(), player);
      new ScoreExport(
              session.archive().catalog(),
              new ExportScoresService(
                  session.archive().catalog(),
                  session.archive().scoreLists(),
                  session.archive().players(),
                  probe.clock()),
              probe.clock())
          .run(ScoreExchange.exportFormat(format), out, who, spec.commandLine().getOut());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
