package dev.probe.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probe session …}: the player's NET cookies. */
@Command(
    name = "session",
    description = "Manage the NET session (cookies) probe syncs with.",
    subcommands = {
      SessionSetCommand.class,
      SessionLoginCommand.class,
      SessionStatusCommand.class,
      SessionWechatCommand.class
    })
final class SessionCommand implements Callable<Integer> {

  @ParentCommand ProbeCli probe;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }
}
