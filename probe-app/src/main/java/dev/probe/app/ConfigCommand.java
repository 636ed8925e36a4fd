package dev.probe.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probe config}: the settings probe would use, so a wrong variable is easy to spot. */
@Command(
    name = "config",
    description = "Show the configuration read from the PROBE_* environment variables.")
final class ConfigCommand implements Callable<Integer> {

  @ParentCommand ProbeCli probe;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    AppConfig config = probe.config();
    PrintWriter out = spec.commandLine().getOut();
    line(out, "PROBE_HOME", config.home().toString());
    line(
        out,
        "PROBE_DB_URL",
        config.embeddedDatabase()
            ? "(embedded PostgreSQL under PROBE_HOME)"
            : config.databaseUrl());
    line(out, "PROBE_DB_USER", config.databaseUser());
    line(out, "PROBE_DB_PASSWORD", config.databasePassword().isEmpty() ? "(not set)" : "(set)");
    line(out, "PROBE_HOST", config.host());
    line(out, "PROBE_PORT", String.valueOf(config.port()));
    line(out, "PROBE_BASE_PATH", config.basePath().isEmpty() ? "(none)" : config.basePath());
    line(out, "PROBE_PUBLIC_READS", String.valueOf(config.publicReads()));
    line(
        out,
        "PROBE_SYNC_EVERY_MINUTES",
        config.syncEveryMinutes() == 0 ? "0 (no schedule)" : config.syncEveryMinutes() + "");
    line(out, "PROBE_NET_DELAY_MS", String.valueOf(config.netDelay().toMillis()));
    out.flush();
    return 0;
  }

  private static void line(PrintWriter out, String name, String value) {
    out.printf("%-25s %s%n", name, value);
  }
}
