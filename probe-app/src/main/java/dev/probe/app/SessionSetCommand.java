package dev.probe.app;

import dev.probe.core.application.port.in.AddPlayerCommand;
import dev.probe.core.application.port.in.SetNetSessionCommand;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.view.NetSessionStatus;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code probe session set}: reads the NET cookies from standard input (a Cookie header or {@code
 * name=value} lines), never from the command line where other users and the shell history would see
 * them, and never echoes them.
 */
@Command(
    name = "set",
    description = {
      "Store the NET cookies of a logged-in browser, read from standard input",
      "(e.g. 'userId=…; _t=…'); adds the player when --region is given."
    })
final class SessionSetCommand implements Callable<Integer> {

  @ParentCommand SessionCommand session;
  @Spec CommandSpec spec;

  @Option(names = "--player", description = "The player's handle (default: the only one, or 'me').")
  String player;

  @Option(names = "--region", description = "CN, INTL or JP; needed for a new player.")
  Region region;

  /** Where the cookies come from; tests replace it. */
  InputStream stdin = System.in;

  @Override
  public Integer call() {
    Map<String, String> cookies = parse(readSecret());
    ProbeCli probe = session.probe;
    try (ArchiveSession db = ArchiveSession.open(probe)) {
      ArchiveServices services = new ArchiveServices(db.archive(), probe.clock());
      PlayerId id = choosePlayer(services);
      NetSessionStatus status =
          services.sessions().setSession(new SetNetSessionCommand(id, cookies));
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "Stored the NET session of '"
              + id
              + "' ("
              + status.region()
              + " NET; cookies "
              + String.join(", ", status.cookieNames())
              + "). Run 'probe sync' to fetch.");
      out.flush();
    }
    return 0;
  }

  private PlayerId choosePlayer(ArchiveServices services) {
    List<Player> all = services.players().listPlayers();
    PlayerId id =
        player != null
            ? new PlayerId(player)
            : all.size() == 1 ? all.get(0).id() : new PlayerId("me");
    Optional<Player> existing = all.stream().filter(p -> p.id().equals(id)).findFirst();
    if (existing.isPresent()) {
      if (region != null && region != existing.get().region()) {
        throw ProbeException.invalid(
            "player '" + id + "' plays on " + existing.get().region() + " NET, not " + region);
      }
      return id;
    }
    if (region == null) {
      throw ProbeException.invalid(
          "there is no player '" + id + "' yet: give its NET with --region CN, INTL or JP");
    }
    return services.players().addPlayer(new AddPlayerCommand(id, region, "")).id();
  }

  /** From a terminal without echo; else the whole of standard input. */
  private String readSecret() {
    Console console = System.console();
    if (console != null && stdin == System.in) {
      char[] typed = console.readPassword("Paste the NET cookies (userId=…; _t=…): ");
      return typed == null ? "" : new String(typed);
    }
    try {
      return new String(stdin.readNBytes(64 * 1024), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ProbeException.invalid("cannot read the cookies from standard input");
    }
  }

  /** {@code Cookie: a=1; b=2}, or one {@code name=value} per line. */
  static Map<String, String> parse(String text) {
    String body = text.strip();
    if (body.regionMatches(true, 0, "cookie:", 0, 7)) {
      body = body.substring(7);
    }
    Map<String, String> cookies = new LinkedHashMap<>();
    for (String part : body.split("[;\\r\\n]+")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw ProbeException.invalid(
            "standard input must hold cookies as name=value (e.g. 'userId=…; _t=…');"
                + " one part has no '='");
      }
      cookies.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
    }
    if (cookies.isEmpty()) {
      throw ProbeException.invalid(
          "no cookies on standard input: pipe them in, e.g. 'userId=…; _t=…'");
    }
    return cookies;
  }
}
