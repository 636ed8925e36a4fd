package dev.probe.core.application.service;

import dev.probe.core.application.port.out.ArchiveChangesPort;
import java.util.concurrent.atomic.AtomicLong;

/** Counts completed writes in this process, and knows which threads are inside a transaction. */
final class WriteCounter implements ArchiveChangesPort {
  private final AtomicLong count = new AtomicLong();
  private final ThreadLocal<int[]> transactionDepth = ThreadLocal.withInitial(() -> new int[1]);

  @Override
  public long changeCount() {
    return count.get();
  }

  void written() {
    count.incrementAndGet();
  }

  void enterTransaction() {
    transactionDepth.get()[0]++;
  }

  void leaveTransaction() {
    transactionDepth.get()[0]--;
  }

  /** Whether this thread reads inside a transaction (and may see what is not committed yet). */
  boolean inTransaction() {
    return transactionDepth.get()[0] > 0;
  }
}
