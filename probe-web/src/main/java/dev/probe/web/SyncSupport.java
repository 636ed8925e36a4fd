package dev.probe.web;

import dev.probe.core.application.port.in.ImportPagesUseCase;
import dev.probe.core.application.port.in.SyncPlayerUseCase;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What a deployment can do to bring pages in: import uploads (everywhere), and sync from NET in the
 * background (only where NET can be reached: the local server, never a cloud function).
 */
public final class SyncSupport {
  /** Neither import nor sync: the pages only show the archive. */
  public static final SyncSupport NONE = new SyncSupport(null, null, null, new SyncEvents());

  final ImportPagesUseCase imports;
  final SyncPlayerUseCase sync;
  final Executor background;
  final SyncEvents events;

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
}
