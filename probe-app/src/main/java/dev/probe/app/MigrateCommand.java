package dev.probe.app;

import dev.probe.store.Database;
import dev.probe.store.Migrations;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probe migrate}: brings the configured database to the archive's latest schema. */
@Command(
    name = "migrate",
    description = {
      "Apply the archive's schema migrations to the configured database.",
      "Needed for an external PostgreSQL (PROBE_DB_URL) before first use and after an upgrade;"
          + " the embedded one migrates itself."
    })
final class MigrateCommand implements Callable<Integer> {

  @ParentCommand ProbeCli probe;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Database database = ArchiveSession.database(probe.config())) {
      int applied = Migrations.migrate(database.dataSource());
      spec.commandLine()
          .getOut()
          .printf(
              "%s: %s%n",
              database.description(),
              applied == 0 ? "already up to date" : "applied " + applied + " migration(s)");
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
