package dev.probe.app;

import dev.probe.core.domain.NetLoginAdvice;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.view.NetSessionStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code probe session status}: whether each player has a NET session, when it was last used,
 * whether NET refused it and whether a login is kept; never a value, with the next step when one is
 * needed.
 */
@Command(
    name = "status",
    description = "Show whether each player's NET session is stored, expired or renewable.")
final class SessionStatusCommand implements Callable<Integer> {

  @ParentCommand SessionCommand session;
  @Spec CommandSpec spec;

  @Option(names = "--player", description = "Only this player.")
  String player;

  @Override
  public Integer call() {
    ProbeCli probe = session.probe;
    PrintWriter out = spec.commandLine().getOut();
    try (ArchiveSession db = ArchiveSession.open(probe)) {
      ArchiveServices services = new ArchiveServices(db.archive(), probe.clock());
      List<Player> players = services.players().listPlayers();
      for (Player p : players) {
        if (player == null || p.id().value().equals(player)) {
          out.println(line(services.sessions().sessionStatus(p.id())));
        }
      }
      if (players.isEmpty()) {
        out.println("No players yet: 'probe session login --region INTL|JP' adds one.");
      }
    }
    out.flush();
    return 0;
  }

  static String line(NetSessionStatus s) {
    String head = s.player() + " (" + s.region() + " NET): ";
    if (!s.present()) {
      return head + "no session. " + NetLoginAdvice.nextStep(s.region(), s.player());
    }
    String used = s.lastUsed() == null ? "" : ", last used " + s.lastUsed();
    String kept = s.rememberedLogin() ? "; SEGA ID login kept (encrypted)" : "";
    if (s.expired()) {
      return head
          + "expired (found "
          + s.expiredAt()
          + ")"
          + kept
          + ". "
          + (s.rememberedLogin()
              ? "The next sync logs in again once with the kept login."
              : NetLoginAdvice.nextStep(s.region(), s.player()));
    }
    return head + "stored" + used + kept + ".";
  }
}
