package dev.probe.app;

import dev.probe.app.exchange.ScoreExchange;
import dev.probe.app.exchange.ScoreExchange.ReadOptions;
import dev.probe.core.application.service.ImportScoresService;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probe scores import FILE --format …}. */
@Command(
    name = "import",
    description =
        "Import another tracker's scores as best scores. A score never lowers a best and never becomes a play. Rows on charts the catalogue lacks are kept in FILE.set-aside.csv; import the song catalogue first ('probe songs update').")
final class ScoresImportCommand implements Callable<Integer> {

  @ParentCommand ScoresCommand scores;
  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Parameters(paramLabel = "FILE", description = "The export file.")
  Path file;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description =
          "df-json (Diving-Fish records or update_records), lxns-json, df-csv (the Diving-Fish site's CSV), lxns-csv, probe-csv (probe's own CSV), tachi (BATCH-MANUAL).")
  String format;

  @Option(
      names = "--player",
      paramLabel = "NAME",
      description = "Whose scores (default: the only player).")
  String player;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "The file's encoding (default: UTF-8, or GBK when the bytes are not UTF-8).")
  String encoding;

  @Option(
      names = "--chart-type",
      paramLabel = "std|dx",
      description =
          "For a CSV without a type column: its charts' type (default: from the file name).")
  String chartType;

  @Override
  public Integer call() {
    ProbeCli probe = scores.probe;
    try (ArchiveSession session = ArchiveSession.open(probe)) {
      PlayerId who = PlayerChoice.resolve(session.archive().players(), player);
      new ScoreImport(
              session.archive().catalog(),
              new ImportScoresService(
                  session.archive().catalog(),
                  session.archive().scoreLists(),
                  session.archive().transactions(),
                  probe.clock()),
              probe.clock())
          .run(
              file,
              ScoreExchange.importFormat(format),
              new ReadOptions(charset(), type(), ScoreExchange.DEFAULT_MAX_BYTES),
              who,
              spec.commandLine().getOut());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }

  private Charset charset() {
    if (encoding == null) {
      return null;
    }
    try {
      return Charset.forName(encoding);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw ProbeException.invalid("unknown encoding '" + encoding + "' (try UTF-8 or GBK)");
    }
  }

  private ChartType type() {
    if (chartType == null) {
      return null;
    }
    switch (chartType.toLowerCase(Locale.ROOT)) {
      case "std":
      case "sd":
        return ChartType.STD;
      case "dx":
        return ChartType.DX;
      default:
        throw ProbeException.invalid("--chart-type is std or dx, not '" + chartType + "'");
    }
  }
}
