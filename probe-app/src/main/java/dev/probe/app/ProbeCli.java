package dev.probe.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code probe} command line: the entry point of the runnable jar and the composition root.
 *
 * <p>Adding a command: write one package-private class per command in {@code dev.probe.app} (e.g.
 * {@code SyncCommand}), annotated with {@code @Command(name = "sync", description = "…")} and
 * implementing {@code Callable<Integer>} (return {@code 0} on success). Give it a field
 * {@code @ParentCommand ProbeCli probe;} and take what it needs from {@link #config()} and {@link
 * #clock()}, building the object graph with plain constructors; print through {@code @Spec
 * CommandSpec spec} ({@code spec.commandLine().getOut()}), never {@code System.out}. Then add the
 * class to {@code subcommands} below, and to the commands table in README.md. Expected failures are
 * thrown as {@code ProbeException}: {@link FailureReporter} turns them into one line on stderr and
 * an exit code, so commands need no try/catch of their own. Only commands that work are listed.
 */
@Command(
    name = "probe",
    mixinStandardHelpOptions = true,
    versionProvider = ProbeVersion.class,
    sortOptions = false,
    description = "Keeps every maimai DX play from maimai DX NET, with full detail, forever.",
    footer = {"", "Configuration comes from PROBE_* environment variables; see 'probe config'."},
    subcommands = {
      ConfigCommand.class,
      SessionCommand.class,
      SyncCommand.class,
      ImportCommand.class,
      ReparseCommand.class,
      ParseCommand.class,
      MigrateCommand.class,
      ExportCommand.class,
      ScoresCommand.class,
      SongsCommand.class,
      ReportCommand.class,
      ServeCommand.class,
      PushCommand.class,
      HelpCommand.class
    })
public final class ProbeCli implements Callable<Integer> {

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show the full stack trace when something fails.")
  boolean verbose;

  @Spec CommandSpec spec;

  private final Map<String, String> environment;
  private final Path userHome;
  private final Clock clock;
  private AppConfig config;

  ProbeCli(Map<String, String> environment, Path userHome, Clock clock) {
    this.environment = Map.copyOf(environment);
    this.userHome = Objects.requireNonNull(userHome, "userHome");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public static void main(String[] args) {
    // jOOQ prints a banner and a tip on first use unless told not to.
    System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
    System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    ProbeCli app =
        new ProbeCli(System.getenv(), Path.of(System.getProperty("user.home")), Clock.systemUTC());
    System.exit(commandLine(app, out, err).execute(args));
  }

  /** The configured command line, with its exit-code and error-message rules; tests use it too. */
  static CommandLine commandLine(ProbeCli app, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(app);
    withHelpOptions(cli);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new FailureReporter());
    cli.setParameterExceptionHandler(new UsageErrorReporter());
    return cli;
  }

  /** Every command, however deep, answers {@code --help} (and {@code --version}). */
  private static void withHelpOptions(CommandLine command) {
    command.getCommandSpec().mixinStandardHelpOptions(true);
    command.getSubcommands().values().forEach(ProbeCli::withHelpOptions);
  }

  /**
   * The configuration from the environment, read when a command first asks, so that a bad variable
   * fails that command with a clear message but never {@code --help}.
   */
  AppConfig config() {
    if (config == null) {
      config = AppConfig.fromEnvironment(environment, userHome);
    }
    return config;
  }

  Clock clock() {
    return clock;
  }

  /** The environment the command line was started with (secrets such as tokens included). */
  Map<String, String> environment() {
    return environment;
  }

  /** {@code probe} alone: show what it can do, and say it was not a complete command. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }
}
