package dev.probe.app;

import dev.probe.store.PostgresArchive;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a folder written by {@code probe export} back into the archive. {@code probe import} uses
 * it when its path is such a folder (its manifest marks it); anything else there is NET pages.
 */
final class ArchiveImport {

  private ArchiveImport() {}

  /** Whether {@code path} is a finished {@code probe export} folder. */
  static boolean isExport(Path path) {
    return Files.isDirectory(path) && PostgresArchive.isExport(path);
  }

  /** Imports it batch by batch; re-running after an interruption completes it. */
  static Map<String, Long> run(PostgresArchive archive, Path dir, PrintWriter out) {
    Map<String, Long> read = archive.importFrom(dir);
    out.printf("Imported the export in %s:%n", dir.toAbsolutePath());
    read.forEach((kind, n) -> out.printf("  %-14s %d%n", kind, n));
    out.flush();
    return read;
  }
}
