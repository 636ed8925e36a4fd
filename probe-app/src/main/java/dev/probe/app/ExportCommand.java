package dev.probe.app;

import dev.probe.core.domain.ProbeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probe export DIR}: the whole archive as JSON Lines plus raw pages, to back up or move. */
@Command(
    name = "export",
    description = {
      "Write the whole archive to a new folder: JSON Lines per kind and every raw page.",
      "NET sessions are never exported. 'probe import DIR' reads it back."
    })
final class ExportCommand implements Callable<Integer> {

  @ParentCommand ProbeCli probe;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "A folder that does not exist yet, or is empty.")
  Path dir;

  @Override
  public Integer call() {
    requireEmpty(dir);
    PrintWriter out = spec.commandLine().getOut();
    try (ArchiveSession app = ArchiveSession.open(probe)) {
      Map<String, Long> written = app.archive().exportTo(dir);
      out.printf("Exported to %s:%n", dir.toAbsolutePath());
      written.forEach((kind, n) -> out.printf("  %-14s %d%n", kind, n));
    }
    out.flush();
    return 0;
  }

  private static void requireEmpty(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isPresent()) {
        throw ProbeException.invalid(
            dir
                + " is not empty: export into a new folder so that nothing is mixed or overwritten");
      }
    } catch (IOException e) {
      throw ProbeException.invalid(dir + " cannot be read: " + e.getMessage());
    }
  }
}
