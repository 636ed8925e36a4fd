package dev.probe.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probe songs import FILE}. */
@Command(
    name = "import",
    description =
        "Import a song catalogue file: Diving-Fish music_data JSON or the LXNS song list. Constants are kept per game version; charts seen on NET stay.")
final class SongsImportCommand implements Callable<Integer> {

  @ParentCommand SongsCommand songs;
  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Parameters(paramLabel = "FILE", description = "The catalogue file.")
  Path file;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      defaultValue = "cn",
      description = "The region the file describes: cn (Diving-Fish, LXNS), jp or intl.")
  String region;

  @Override
  public Integer call() {
    try (ArchiveSession session = ArchiveSession.open(songs.probe)) {
      new SongCatalogImport(SongsCommand.importCatalog(session.archive(), songs.probe), null)
          .fromFile(file, SongsCommand.region(region), spec.commandLine().getOut());
    }
    return 0;
  }
}
