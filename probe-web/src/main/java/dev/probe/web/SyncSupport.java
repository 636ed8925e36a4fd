package dev.probe.web;

import dev.probe.core.application.port.in.ImportPagesUseCase;
import dev.probe.core.application.port.in.ManagePlayersUseCase;
import dev.probe.core.application.port.in.Progress;
import dev.probe.core.application.port.in.SyncPlayerCommand;
import dev.probe.core.application.port.in.SyncPlayerUseCase;
import dev.probe.core.application.port.in.SyncReport;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What a deployment can do to bring pages in: import uploads (everywhere), and sync from NET in the
 * background (only where NET can be reached: the local server, never a cloud function). A player
 * has at most one sync running at a time, whether it was started from the page or by the schedule.
 */
public final class SyncSupport {
  /** Neither import nor sync: the pages only show the archive. */
  public static final SyncSupport NONE = new SyncSupport(null, null, null, new SyncEvents());

  final ImportPagesUseCase imports;
  final SyncPlayerUseCase sync;
  final Executor background;
  final SyncEvents events;
  private final Set<PlayerId> running = ConcurrentHashMap.newKeySet();

  private SyncSupport(
      ImportPagesUseCase imports, SyncPlayerUseCase sync, Executor background, SyncEvents events) {
    this.imports = imports;
    this.sync = sync;
    this.background = background;
    this.events = Objects.requireNonNull(events, "events");
  }

  /** Uploads are imported; syncing from NET is refused with a clear message. */
  public static SyncSupport importOnly(ImportPagesUseCase imports, SyncEvents events) {
    return new SyncSupport(Objects.requireNonNull(imports, "imports"), null, null, events);
  }

  /** Uploads are imported and {@code POST /api/sync} starts a sync on {@code background}. */
  public static SyncSupport full(
      ImportPagesUseCase imports, SyncPlayerUseCase sync, Executor background, SyncEvents events) {
    return new SyncSupport(
        Objects.requireNonNull(imports, "imports"),
        Objects.requireNonNull(sync, "sync"),
        Objects.requireNonNull(background, "background"),
        events);
  }

  public SyncEvents events() {
    return events;
  }

  /**
   * One scheduled round: syncs every player in turn on the calling thread, skipping a player whose
   * sync is still running, with progress published as for a sync started from the page.
   *
   * @return how many players were synced
   */
  public int syncEveryPlayer(ManagePlayersUseCase players) {
    return syncEveryPlayer(players, p -> true);
  }

  /** The same round, for the players {@code due} lets through (the others get no request). */
  public int syncEveryPlayer(ManagePlayersUseCase players, Predicate<Player> due) {
    if (sync == null) {
      return 0;
    }
    int synced = 0;
    for (Player p : players.listPlayers()) {
      if (!due.test(p)) {
        continue;
      }
      if (tryStart(p.id())) {
        runStarted(p.id());
        synced++;
      } else {
        events.publish(p.id().value() + ": scheduled sync skipped, a sync is running");
      }
    }
    return synced;
  }

  /** Marks a player's sync as running; false when one already is. */
  boolean tryStart(PlayerId id) {
    return running.add(id);
  }

  /** Forgets a start whose sync never ran. */
  void abandon(PlayerId id) {
    running.remove(id);
  }

  /** Runs a sync {@link #tryStart} allowed, reports it, and marks it done. */
  void runStarted(PlayerId id) {
    try {
      SyncReport r = sync.sync(new SyncPlayerCommand(id), progress(id));
      String error =
          r.run().errorMessage().isEmpty()
              ? ""
              : " (" + r.run().errorKind() + ": " + r.run().errorMessage() + ")";
      events.publish(
          id.value()
              + ": sync "
              + r.run().status().name().toLowerCase(Locale.ROOT)
              + ", "
              + r.newPlays().size()
              + " new plays"
              + error);
    } catch (RuntimeException e) {
      events.publish(id.value() + ": sync failed: " + e.getMessage());
    } finally {
      running.remove(id);
    }
  }

  Consumer<Progress> progress(PlayerId id) {
    return p ->
        events.publish(
            id.value() + ": " + p.step() + (p.total() > 0 ? " " + p.done() + "/" + p.total() : ""));
  }
}
