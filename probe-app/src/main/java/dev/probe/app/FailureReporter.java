package dev.probe.app;

import dev.probe.core.domain.ProbeException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one line on stderr and an exit code: 2 for bad input, 1 for anything
 * else. Stack traces only with {@code --verbose}: expected failures are the user's to act on, not a
 * programmer's to debug.
 */
final class FailureReporter implements IExecutionExceptionHandler {

  static final int BAD_INPUT = CommandLine.ExitCode.USAGE;
  static final int FAILURE = CommandLine.ExitCode.SOFTWARE;

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    int exitCode;
    if (e instanceof ProbeException) {
      ProbeException failure = (ProbeException) e;
      err.println("probe: " + headline(failure) + ": " + failure.getMessage());
      exitCode = exitCode(failure.kind());
    } else {
      err.println("probe: unexpected failure: " + e);
      exitCode = FAILURE;
    }
    if (verbose(parsed)) {
      e.printStackTrace(err);
    } else if (!(e instanceof ProbeException)) {
      err.println("probe: run again with --verbose to see where it happened.");
    }
    err.flush();
    return exitCode;
  }

  static int exitCode(ProbeException.Kind kind) {
    return switch (kind) {
      case INVALID_INPUT, UNRECOGNISED_PAGE -> BAD_INPUT;
      default -> FAILURE;
    };
  }

  private static String headline(ProbeException failure) {
    return switch (failure.kind()) {
      case SESSION_EXPIRED -> "the NET session has expired, log in to NET again";
      case NO_SESSION -> "no NET session is stored yet, log in to NET first";
      case MAINTENANCE -> "maimai DX NET is in maintenance, try again later";
      case NET_ERROR -> "maimai DX NET answered with error " + failure.netErrorCode();
      case NET_UNAVAILABLE -> "maimai DX NET could not be reached";
      case BLOCKED -> "maimai DX NET refused the request (firewall or bot check)";
      case UNRECOGNISED_PAGE -> "unrecognised page";
      case NOT_FOUND -> "not found";
      case INVALID_INPUT -> "invalid input";
      case UNAUTHORISED -> "not authorised";
      case TOO_LARGE -> "too large";
      case CONFLICT -> "conflict";
      case STORE_UNAVAILABLE -> "the archive's database is unavailable";
    };
  }

  /** {@code --verbose} is inherited, so it may sit on any level: {@code probe sync --verbose}. */
  private static boolean verbose(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
