package dev.probe.app;

import dev.probe.core.application.port.in.SyncPlayerCommand;
import dev.probe.core.application.port.in.SyncReport;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.SyncStatus;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probe sync}: fetches what is new on NET with the stored session. */
@Command(
    name = "sync",
    description = {
      "Fetch new plays, their details and the album from maimai DX NET.",
      "Checks the play counter first: no new plays, one request."
    })
final class SyncCommand implements Callable<Integer> {

  @ParentCommand ProbeCli probe;
  @Spec CommandSpec spec;

  @Option(names = "--player", description = "The player's handle (default: the only one).")
  String player;

  @Option(
      names = "--scores",
      description =
          "Also read NET's six score lists, keeping the bests of charts not played since the"
              + " archive began (worth doing once, and now and then).")
  boolean scores;

  @Option(
      names = "--push",
      paramLabel = "URL",
      description =
          "Then send this sync's raw pages to the remote probe at URL (see 'probe push').")
  URI push;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "With --push: a file whose first line is the remote's owner token.")
  Path tokenFile;

  @Override
  public Integer call() {
    String pushToken = push == null ? "" : PushToken.read(probe.environment(), tokenFile);
    try (ArchiveSession db = ArchiveSession.open(probe)) {
      ArchiveServices services = new ArchiveServices(db.archive(), probe.clock());
      PlayerId id = PlayerChoice.resolve(services.ports().players(), player);
      ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
      SyncReport report =
          services
              .renewingSync(
                  ArchiveServices.netClient(probe.config()),
                  services.login(probe.config(), probe.environment()))
              .sync(new SyncPlayerCommand(id, scores), progress);
      progress.end();
      print(spec.commandLine().getOut(), id, report);
      if (push != null) {
        // Pages fetched before a stop are kept, so they are worth pushing too.
        PushCommand.pushLastSync(spec.commandLine().getOut(), db.archive(), id, push, pushToken);
      }
      SyncRun run = report.run();
      if (run.status() == SyncStatus.STOPPED) {
        // Everything fetched before the stop is kept; the error says what to do next.
        throw new ProbeException(ProbeException.Kind.valueOf(run.errorKind()), run.errorMessage());
      }
    }
    return 0;
  }

  static void print(PrintWriter out, PlayerId id, SyncReport r) {
    SyncRun run = r.run();
    if (r.unchanged()) {
      out.printf(
          "%s: no new plays since the last sync (play counter %d; %d request).%n",
          id, run.playCountAfter(), r.requests());
    } else {
      out.printf(
          "%s: %d new plays, %d detail pages, %d new photos; %d requests, %d pages kept.%n",
          id, r.newPlays().size(), r.detailsFetched(), r.newPhotos(), r.requests(), run.pages());
    }
    if (run.lostPlays() > 0) {
      out.printf(
          "%s: about %d plays between %s and %s were gone from NET before this sync"
              + " (NET keeps the newest 50).%n",
          id, run.lostPlays(), run.lostFrom(), run.lostTo());
    } else if (run.lostFrom() != null) {
      out.printf(
          "%s: plays between %s and %s may be missing: NET's list no longer reaches the archive.%n",
          id, run.lostFrom(), run.lostTo());
    }
    if (r.unreadablePages() > 0) {
      out.printf(
          "%s: %d pages could not be read; they are kept, 'probe reparse' reads them again later.%n",
          id, r.unreadablePages());
    }
    out.flush();
  }
}
