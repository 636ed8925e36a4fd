package dev.probe.core.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work atomically: everything the work saved through the store ports is kept, or nothing is
 * when it throws.
 */
public interface TransactionPort {
  <T> T inTransaction(Supplier<T> work);
}
