package dev.probe.app;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probe songs update}: download the catalogue now, from this machine. */
@Command(
    name = "update",
    description =
        "Download the song catalogue from a public provider and import it. The download runs on this machine when asked; probe ships no song data.")
final class SongsUpdateCommand implements Callable<Integer> {

  @ParentCommand SongsCommand songs;
  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Option(
      names = "--url",
      paramLabel = "URL",
      defaultValue = "${env:PROBE_CATALOG_URL:-" + CatalogDownload.DEFAULT_URL + "}",
      description =
          "The provider (default: PROBE_CATALOG_URL, else Diving-Fish's music data API,"
              + " ${DEFAULT-VALUE}).")
  URI url;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      defaultValue = "cn",
      description = "The region the provider describes (Diving-Fish: cn).")
  String region;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "How long to wait for the provider (default: ${DEFAULT-VALUE} s).")
  int timeoutSeconds;

  @Override
  public Integer call() {
    CatalogDownload download =
        new CatalogDownload(
            Duration.ofSeconds(Math.max(1, timeoutSeconds)), CatalogDownload.DEFAULT_MAX_BYTES);
    try (ArchiveSession session = ArchiveSession.open(songs.probe)) {
      new SongCatalogImport(SongsCommand.importCatalog(session.archive(), songs.probe), download)
          .fromProvider(url, SongsCommand.region(region), spec.commandLine().getOut());
    }
    return 0;
  }
}
