package dev.probe.core.application.service;

import dev.probe.core.application.port.out.ArchiveChangesPort;
import java.util.concurrent.atomic.AtomicLong;

/** Counts completed writes in this process. */
final class WriteCounter implements ArchiveChangesPort {
  private final AtomicLong count = new AtomicLong();

  @Override
  public long changeCount() {
    return count.get();
  }

  void written() {
    count.incrementAndGet();
  }
}
