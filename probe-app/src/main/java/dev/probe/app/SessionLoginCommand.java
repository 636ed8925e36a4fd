package dev.probe.app;

import dev.probe.core.application.port.in.LoginToNetCommand;
import dev.probe.core.application.port.in.NetLoginOutcome;
import dev.probe.core.domain.AimeCard;
import dev.probe.core.domain.CardChooser;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SegaCredentials;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code probe session login}: logs in to international or Japanese NET with a SEGA ID and stores
 * the session. The SEGA ID and password are asked on the terminal (the password without echo); with
 * no terminal they are the first two lines of standard input. Neither is ever printed, and the
 * password is kept (encrypted) only with {@code --remember}.
 */
@Command(
    name = "login",
    description = {
      "Log in to international or Japanese NET with a SEGA ID and store the session.",
      "Asks for the SEGA ID and password (not echoed); without a terminal, reads them",
      "as the first two lines of standard input. Adds the player when it is new."
    })
final class SessionLoginCommand implements Callable<Integer> {

  @ParentCommand SessionCommand session;
  @Spec CommandSpec spec;

  @Option(names = "--region", description = "INTL or JP (default: the player's).")
  Region region;

  @Option(names = "--player", description = "The player's handle (default: the only one, or 'me').")
  String player;

  @Option(
      names = "--remember",
      description = {
        "Keep the login, encrypted with a key outside the database, so a sync that",
        "finds the session expired logs in again by itself (once). Without it, any",
        "kept login is forgotten and only NET's cookies are stored."
      })
  boolean remember;

  @Option(
      names = "--card",
      paramLabel = "N",
      description = "JP: the Aime card to use when the SEGA ID has several (as listed).")
  Integer card;

  @Override
  public Integer call() {
    ProbeCli probe = session.probe;
    try (ArchiveSession db = ArchiveSession.open(probe)) {
      ArchiveServices services = new ArchiveServices(db.archive(), probe.clock());
      PlayerId id = LoginPlayer.resolve(services.players(), player, region);
      TerminalCredentials terminal = new TerminalCredentials(spec.commandLine().getErr());
      SegaCredentials credentials = terminal.read();
      NetLoginOutcome outcome =
          services
              .login(probe.config(), probe.environment())
              .logIn(new LoginToNetCommand(id, credentials, remember), chooser(terminal));
      if (outcome.needsCard()) {
        throw ProbeException.invalid(
            "this SEGA ID has several Aime cards: "
                + describe(outcome.cardsToChoose())
                + ". Run again with --card N.");
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "Logged in to "
              + outcome.status().region()
              + " NET"
              + (outcome.playerName().isEmpty() ? "" : " as " + outcome.playerName())
              + " and stored the session of '"
              + id
              + "' (cookies "
              + String.join(", ", outcome.status().cookieNames())
              + ").");
      out.println(
          remember
              ? "The login is kept, encrypted, so a sync that finds the session expired logs in"
                  + " again by itself, once. 'probe session login' without --remember forgets it."
              : "Only NET's cookies are kept; when they expire, run 'probe session login' again.");
      out.println("Run 'probe sync' to fetch.");
      out.flush();
    }
    return 0;
  }

  private CardChooser chooser(TerminalCredentials terminal) {
    if (card != null) {
      return CardChooser.fixed(card);
    }
    return terminal.interactive() ? terminal::chooseCard : CardChooser.none();
  }

  static String describe(List<AimeCard> cards) {
    return cards.stream()
        .map(c -> c.index() + (c.playerName().isEmpty() ? "" : " (" + c.playerName() + ")"))
        .collect(Collectors.joining(", "));
  }
}
