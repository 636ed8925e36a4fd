package dev.probe.core.application.service;

import dev.probe.core.application.port.in.Progress;
import dev.probe.core.application.port.in.SyncPlayerCommand;
import dev.probe.core.application.port.in.SyncPlayerUseCase;
import dev.probe.core.application.port.in.SyncReport;
import dev.probe.core.application.port.out.FetchNetPagePort;
import dev.probe.core.application.port.out.PageParserPort;
import dev.probe.core.domain.NetLoginAdvice;
import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.SyncSource;
import dev.probe.core.domain.SyncStatus;
import dev.probe.core.domain.page.RecordPage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Syncs one player from NET (ARCHITECTURE.md §5): the play counter first, and only when it moved
 * the record list, the detail pages of plays not yet archived with a detail, and the album; the
 * score lists only when asked.
 */
public final class SyncPlayerService implements SyncPlayerUseCase {

  private final FetchNetPagePort net;
  private final PageParserPort parser;
  private final ArchivePorts ports;
  private final Clock clock;

  public SyncPlayerService(
      FetchNetPagePort net, PageParserPort parser, ArchivePorts ports, Clock clock) {
    this.net = Objects.requireNonNull(net, "net");
    this.parser = Objects.requireNonNull(parser, "parser");
    this.ports = Objects.requireNonNull(ports, "ports");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public SyncReport sync(SyncPlayerCommand command, Consumer<Progress> progress) {
    PlayerId player = Players.require(ports.players(), command.player()).id();
    NetSession session =
        ports
            .sessions()
            .loadSession(player)
            .orElseThrow(
                () ->
                    new ProbeException(
                        ProbeException.Kind.NO_SESSION,
                        "No NET session is stored for '"
                            + player
                            + "': log in to NET and give the cookies with"
                            + " `probe session set --player "
                            + player
                            + "`."));
    Optional<java.time.Instant> expiredAt = session.expiredAtIfAny();
    if (expiredAt.isPresent()) {
      // A dead session is never sent again: asking NET with it only adds load and noise.
      throw new ProbeException(
          ProbeException.Kind.SESSION_EXPIRED,
          "The NET session of '"
              + player
              + "' expired (found "
              + expiredAt.get()
              + "); probe does not use it again. "
              + NetLoginAdvice.nextStep(session.region(), player));
    }
    Optional<ProfileSnapshot> lastCounter = lastCounterReading(player);
    boolean lastSyncComplete = lastNetRunComplete(player);
    Instant newestStored = newestStoredPlay(player);
    SyncRun run = SyncRun.started(player, SyncSource.NET, clock.instant());
    long runId = ports.runs().startRun(run);
    RunEnding ending = new RunEnding(run, runId, clock);
    int counterBefore = lastCounter.map(ProfileSnapshot::playCountTotal).orElse(-1);
    NetFetcher fetcher = new NetFetcher(net, parser, ports, runId, session);
    SyncSteps steps = new SyncSteps(fetcher, ports, runId, progress);
    try {
      progress.accept(new Progress("play counter", 0, 1));
      int counter = steps.readCounter();
      if (unchanged(lastCounter, counter) && lastSyncComplete) {
        if (command.scoreLists()) {
          steps.fetchScoreLists();
        }
        SyncRun done = ending.done(fetcher.pages(), 0, LostPlays.NONE, counter, counter);
        ports.runs().finishRun(done);
        return new SyncReport(done, fetcher.requests(), true, List.of(), 0, 0, 0);
      }
      RecordPage record = steps.fetchRecordList();
      List<PlayKey> newPlays = steps.saveRecordList(record);
      steps.saveCounterSnapshot();
      steps.fetchMissingDetails(record);
      steps.fetchAlbum();
      if (command.scoreLists()) {
        steps.fetchScoreLists();
      }
      LostPlays lost =
          LostPlays.estimate(
              lastCounter.orElse(null),
              counter,
              record.plays(),
              Set.copyOf(newPlays),
              e -> PageRecords.play(player, e, null).key(),
              newestStored);
      SyncRun done = ending.done(fetcher.pages(), newPlays.size(), lost, counterBefore, counter);
      ports.runs().finishRun(done);
      return report(done, fetcher, steps, newPlays);
    } catch (ProbeException e) {
      ProbeException cause = e;
      if (e.kind() == ProbeException.Kind.SESSION_EXPIRED) {
        ports.sessions().saveSession(fetcher.session().expired(clock.instant()));
        cause =
            new ProbeException(
                e.kind(),
                e.getMessage() + " " + NetLoginAdvice.nextStep(session.region(), player),
                e.netErrorCode(),
                e);
      }
      SyncRun stopped =
          ending.stopped(
              fetcher.pages(), steps.newPlays().size(), counterBefore, steps.counter(), cause);
      ports.runs().finishRun(stopped);
      return report(stopped, fetcher, steps, steps.newPlays());
    } catch (RuntimeException e) {
      ports
          .runs()
          .finishRun(
              ending.stopped(
                  fetcher.pages(),
                  steps.newPlays().size(),
                  counterBefore,
                  steps.counter(),
                  new ProbeException(
                      ProbeException.Kind.STORE_UNAVAILABLE,
                      "the sync failed unexpectedly: " + e.getClass().getSimpleName())));
      throw e;
    }
  }

  private static boolean unchanged(Optional<ProfileSnapshot> last, int counter) {
    return counter >= 0 && last.isPresent() && last.get().playCountTotal() == counter;
  }

  /** The newest profile reading that showed the play counter. */
  private Optional<ProfileSnapshot> lastCounterReading(PlayerId player) {
    List<ProfileSnapshot> history = ports.profiles().history(player);
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).hasPlayCounts()) {
        return Optional.of(history.get(i));
      }
    }
    return Optional.empty();
  }

  /** Whether the last NET sync ran to the end (one that stopped midway must be resumed). */
  private boolean lastNetRunComplete(PlayerId player) {
    for (SyncRun r : ports.runs().runs(player, new PageRequest(1, 50)).items()) {
      if (r.source() == SyncSource.NET && r.status() != SyncStatus.RUNNING) {
        return r.status() == SyncStatus.DONE;
      }
    }
    return false;
  }

  private Instant newestStoredPlay(PlayerId player) {
    List<Play> newest =
        ports.loadPlays().findPlays(player, PlayFilter.ALL, new PageRequest(1, 1)).items();
    return newest.isEmpty() ? null : newest.get(0).playedAt();
  }

  private static SyncReport report(
      SyncRun run, NetFetcher fetcher, SyncSteps steps, List<PlayKey> newPlays) {
    return new SyncReport(
        run,
        fetcher.requests(),
        false,
        newPlays,
        steps.detailsFetched(),
        steps.newPhotos(),
        steps.unreadablePages());
  }
}
