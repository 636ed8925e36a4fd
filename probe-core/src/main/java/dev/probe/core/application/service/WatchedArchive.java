package dev.probe.core.application.service;

import dev.probe.core.application.port.out.ArchiveChangesPort;
import java.util.Objects;

/**
 * An archive's ports with every write counted: build every service of one process over {@link
 * #ports()} and the cached views over {@link #changes()} see each save, sync and import the moment
 * it completes.
 */
public record WatchedArchive(ArchivePorts ports, ArchiveChangesPort changes) {

  public WatchedArchive {
    Objects.requireNonNull(ports, "ports");
    Objects.requireNonNull(changes, "changes");
  }

  /** Wraps the store's ports; the store itself must not be written to by anything else. */
  public static WatchedArchive of(ArchivePorts store) {
    WriteCounter counter = new WriteCounter();
    return new WatchedArchive(CountedWrites.over(store, counter), counter);
  }
}
