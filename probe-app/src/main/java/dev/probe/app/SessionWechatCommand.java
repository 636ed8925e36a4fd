package dev.probe.app;

import dev.probe.core.application.port.in.AddPlayerCommand;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Region;
import dev.probe.web.WechatSignIn;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code probe session wechat}: China's sign-in from the terminal. Runs the WeChat sign-in proxy
 * until the session arrives (or the time is up), printing what to type on the phone.
 */
@Command(
    name = "wechat",
    description = {
      "Sign in to China's NET through WeChat: probe listens as a plain HTTP proxy, the phone",
      "uses it and opens the sign-in link in WeChat, and probe stores the session it catches."
    })
final class SessionWechatCommand implements Callable<Integer> {

  @ParentCommand SessionCommand session;
  @Spec CommandSpec spec;

  @Option(
      names = "--player",
      description = "The player's handle (default: the only CN one, or 'me').")
  String player;

  @Option(
      names = "--listen",
      paramLabel = "[HOST:]PORT",
      description = "Where the proxy listens (default 8033 on every network of this machine).")
  String listen;

  @Option(names = "--wait", description = "Minutes to wait for the sign-in (default 10).")
  int minutes = 10;

  @Override
  public Integer call() throws InterruptedException {
    if (minutes < 1 || minutes > 120) {
      throw ProbeException.invalid("--wait is 1 to 120 minutes");
    }
    ProbeCli probe = session.probe;
    PrintWriter out = spec.commandLine().getOut();
    try (ArchiveSession db = ArchiveSession.open(probe)) {
      ArchiveServices services = new ArchiveServices(db.archive(), probe.clock());
      PlayerId id = choosePlayer(services);
      try (WechatSignInBridge wechat =
          new WechatSignInBridge(
              services, ArchiveServices.netClient(probe.config()), probe.clock(), listen)) {
        WechatSignIn.Status s = wechat.start(null, id);
        out.println("1. On the phone (same Wi-Fi), set the Wi-Fi proxy to manual:");
        s.addresses().forEach(a -> out.println("     " + a));
        out.println("2. Optional check in the phone's browser: " + s.checkLink());
        out.println("3. In WeChat, send yourself this link and tap it:");
        out.println("     " + s.signInLink());
        out.println("Waiting for the sign-in of '" + id + "' (Ctrl-C stops)…");
        out.flush();
        return await(wechat, id, out);
      }
    }
  }

  private int await(WechatSignIn wechat, PlayerId id, PrintWriter out) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
    Object lastFailure = null;
    while (System.nanoTime() < end) {
      WechatSignIn.Status s = wechat.status();
      if (s.state().equals("DONE")) {
        out.println(
            "Signed in as "
                + s.playerName()
                + ": stored the NET session of '"
                + id
                + "'. Switch the phone's proxy off again and run 'probe sync'.");
        out.flush();
        return 0;
      }
      if (s.state().equals("FAILED") && !s.changedAt().equals(lastFailure)) {
        lastFailure = s.changedAt();
        spec.commandLine().getErr().println(s.message() + " Still waiting…");
        spec.commandLine().getErr().flush();
      }
      Thread.sleep(300);
    }
    throw new ProbeException(
        ProbeException.Kind.NO_SESSION,
        "no sign-in arrived within "
            + minutes
            + " minutes: check the phone's proxy with the check link, then try again.");
  }

  private PlayerId choosePlayer(ArchiveServices services) {
    List<Player> cn =
        services.players().listPlayers().stream().filter(p -> p.region() == Region.CN).toList();
    PlayerId id =
        player != null
            ? new PlayerId(player)
            : cn.size() == 1 ? cn.get(0).id() : new PlayerId("me");
    var existing =
        services.players().listPlayers().stream().filter(p -> p.id().equals(id)).findFirst();
    if (existing.isEmpty()) {
      return services.players().addPlayer(new AddPlayerCommand(id, Region.CN, "")).id();
    }
    if (existing.get().region() != Region.CN) {
      throw ProbeException.invalid(
          "player '" + id + "' plays on " + existing.get().region() + " NET, not China's");
    }
    return id;
  }
}
