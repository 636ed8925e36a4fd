package dev.probe.app;

import dev.probe.core.application.service.ImportCatalogService;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Region;
import dev.probe.store.PostgresArchive;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probe songs}: the song catalogue, which probe never ships. */
@Command(
    name = "songs",
    description = "Import the song catalogue from a file, or download it from a public provider.",
    subcommands = {SongsImportCommand.class, SongsUpdateCommand.class})
final class SongsCommand implements Callable<Integer> {

  @ParentCommand ProbeCli probe;
  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }

  static ImportCatalogService importCatalog(PostgresArchive a, ProbeCli probe) {
    return new ImportCatalogService(
        a.catalog(), a.players(), a.scoreLists(), a.transactions(), probe.clock());
  }

  static Region region(String name) {
    try {
      return Region.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProbeException.invalid("--region is cn, jp or intl, not '" + name + "'");
    }
  }
}
