package dev.probe.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.ProbeException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ProbeCliTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void helpListsTheCommandsAndExitsZero() {
    int exit = run(Map.of(), "--help");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("Usage: probe", "Commands:", "config", "--verbose");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void everyCommandAnswersHelp() {
    CommandLine cli = cli(Map.of());
    for (String command : cli.getSubcommands().keySet()) {
      out.getBuffer().setLength(0);
      assertThat(cli.execute(command, "--help")).as(command).isZero();
      assertThat(out.toString()).as(command).contains("Usage: probe " + command);
    }
  }

  @Test
  void versionIsTheMavenProjectVersion() {
    int exit = run(Map.of(), "--version");

    assertThat(exit).isZero();
    assertThat(out.toString()).startsWith("probe ").doesNotContain("${");
    assertThat(out.toString().lines().findFirst().orElseThrow())
        .matches("probe \\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void anUnknownCommandIsAUsageErrorWithAHint() {
    int exit = run(Map.of(), "confg");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("'confg'", "config", "Run 'probe --help' for usage.");
  }

  @Test
  void probeAloneShowsUsageAndIsAUsageError() {
    assertThat(run(Map.of())).isEqualTo(2);
    assertThat(err.toString()).contains("Usage: probe");
  }

  @Test
  void aBadSettingIsOneLineWithoutStackTraceAndExitTwo() {
    int exit = run(Map.of("PROBE_PORT", "eighty"), "config");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).startsWith("probe: invalid input: PROBE_PORT").contains("'eighty'");
  }

  @Test
  void verboseAfterTheCommandShowsTheStackTrace() {
    int exit = run(Map.of("PROBE_PORT", "eighty"), "config", "--verbose");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("at dev.probe.app.EnvironmentReader");
  }

  @Test
  void expectedFailuresThatAreNotBadInputExitOne() {
    int exit =
        runWith(
            new Failing(new ProbeException(ProbeException.Kind.SESSION_EXPIRED, "log in again")));

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo("probe: the NET session has expired, log in to NET again: log in again");
  }

  @Test
  void unrecognisedInputExitsTwo() {
    int exit = runWith(new Failing(ProbeException.unrecognised("page.html is not a NET page")));

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("unrecognised page: page.html is not a NET page");
  }

  @Test
  void unexpectedFailuresExitOneAndPointToVerbose() {
    int exit = runWith(new Failing(new IllegalStateException("bug")));

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString())
        .contains("unexpected failure: java.lang.IllegalStateException: bug", "--verbose")
        .doesNotContain("\tat ");
  }

  @Test
  void everyKindHasAnExitCodeOfOneOrTwo() {
    for (ProbeException.Kind kind : ProbeException.Kind.values()) {
      assertThat(FailureReporter.exitCode(kind)).isIn(1, 2);
    }
  }

  @Test
  void configShowsSettingsButNeverThePassword() {
    int exit =
        run(
            Map.of("PROBE_DB_URL", "jdbc:postgresql://db/probe", "PROBE_DB_PASSWORD", "s3cret"),
            "config");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains("jdbc:postgresql://db/probe", "(set)")
        .doesNotContain("s3cret");
  }

  private int run(Map<String, String> env, String... args) {
    return cli(env).execute(args);
  }

  private int runWith(Callable<Integer> command) {
    CommandLine cli = cli(Map.of());
    cli.addSubcommand("fail", command);
    cli.setErr(new PrintWriter(err, true)); // reaches the subcommand added after the first setErr
    return cli.execute("fail");
  }

  private CommandLine cli(Map<String, String> env) {
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    ProbeCli app = new ProbeCli(env, Path.of("/home/player"), clock);
    return ProbeCli.commandLine(app, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Command(name = "fail")
  static final class Failing implements Callable<Integer> {
    private final RuntimeException failure;

    Failing(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() {
      throw failure;
    }
  }
}
