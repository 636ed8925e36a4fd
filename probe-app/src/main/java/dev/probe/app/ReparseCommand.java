package dev.probe.app;

import dev.probe.core.application.port.in.ImportReport;
import dev.probe.core.application.port.in.ReparsePagesCommand;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probe reparse}: every stored raw page read again with today's parsers. */
@Command(
    name = "reparse",
    description = {
      "Read every stored NET page again with today's parsers and add what they now read",
      "(plays, details, photos, profiles). Stored plays are completed, never overwritten."
    })
final class ReparseCommand implements Callable<Integer> {

  @ParentCommand ProbeCli probe;
  @Spec CommandSpec spec;

  @Option(names = "--player", description = "Only this player (default: every player).")
  String player;

  @Override
  public Integer call() {
    try (ArchiveSession db = ArchiveSession.open(probe)) {
      ArchiveServices services = new ArchiveServices(db.archive(), probe.clock());
      List<PlayerId> ids =
          player != null
              ? List.of(PlayerChoice.resolve(services.ports().players(), player))
              : services.players().listPlayers().stream().map(Player::id).toList();
      PrintWriter out = spec.commandLine().getOut();
      for (PlayerId id : ids) {
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
        ImportReport r = services.reparse().reparse(new ReparsePagesCommand(id), progress);
        progress.end();
        out.printf(
            "%s: %d pages read again, %d not readable; %d new plays, %d details added,"
                + " %d new photos.%n",
            id,
            r.pagesRead(),
            r.rejections().size(),
            r.newPlays().size(),
            r.detailsAdded(),
            r.newPhotos());
      }
      out.flush();
    }
    return 0;
  }
}
