package dev.probe.app;

import dev.probe.core.domain.PlayerId;
import dev.probe.store.PostgresArchive;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code probe push URL}: sends the raw pages of the last local sync to a remote probe (e.g. the
 * Lambda), which imports them exactly as an import. NET blocks cloud addresses, so the remote never
 * fetches NET itself. Pushing the same sync twice changes nothing there.
 */
@Command(
    name = "push",
    description = {
      "Send the raw pages of the last sync to a remote probe (e.g. on AWS Lambda).",
      "The remote's owner token comes from PROBE_PUSH_TOKEN or --token-file; it is never shown."
    })
final class PushCommand implements Callable<Integer> {
  private static final Pattern NEW_PLAYS = Pattern.compile("\"newPlays\":(\\d+)");

  @ParentCommand ProbeCli probe;
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "URL",
      description = "the remote probe, e.g. https://abc.execute-api.eu-west-1.amazonaws.com/")
  URI remote;

  @Option(
      names = "--player",
      paramLabel = "NAME",
      description = "whose sync (default: the only player)")
  String player;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "a file whose first line is the remote's owner token")
  Path tokenFile;

  @Override
  public Integer call() {
    String token = PushToken.read(probe.environment(), tokenFile);
    try (ArchiveSession session = ArchiveSession.open(probe)) {
      PostgresArchive archive = session.archive();
      PlayerId id = PlayerChoice.resolve(archive.players(), player);
      pushLastSync(spec.commandLine().getOut(), archive, id, remote, token);
    }
    return 0;
  }

  /** Sends the pages of {@code id}'s last NET sync to {@code remote}; also used by sync --push. */
  static void pushLastSync(
      PrintWriter out, PostgresArchive archive, PlayerId id, URI remote, String token) {
    LastSyncPages.Found sync = new LastSyncPages(archive.syncRuns(), archive.rawPages()).find(id);
    PushClient client =
        new PushClient(PushClient.defaultHttp(), remote, token, PushClient.DEFAULT_MAX_BODY);
    PushClient.Outcome outcome = client.push(id, sync.pages());
    int newPlays = 0;
    for (String reply : outcome.replies()) {
      Matcher m = NEW_PLAYS.matcher(reply);
      if (m.find()) {
        newPlays += Integer.parseInt(m.group(1));
      }
    }
    out.printf(
        "pushed %d pages of %s's sync of %s to %s in %d request%s: %d new plays there%n",
        outcome.pages(),
        id,
        sync.run().startedAt(),
        remote,
        outcome.requests(),
        outcome.requests() == 1 ? "" : "s",
        newPlays);
    out.flush();
  }
}
