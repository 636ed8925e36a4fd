package dev.probe.store;

import dev.probe.core.application.port.out.TransactionPort;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * One JDBC transaction per outermost unit of work. Every port call made inside {@link
 * #inTransaction} on the same thread joins it, so a failure anywhere leaves nothing half-written.
 */
final class StoreTx implements TransactionPort {

  private final DSLContext root;
  private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

  StoreTx(DSLContext root) {
    this.root = root;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return write(dsl -> work.get());
  }

  /** Runs {@code work} in the caller's transaction, or in a new one when there is none. */
  <T> T write(Function<DSLContext, T> work) {
    DSLContext joined = current.get();
    if (joined != null) {
      return work.apply(joined);
    }
    try {
      return root.transactionResult(
          cfg -> {
            DSLContext tx = cfg.dsl();
            current.set(tx);
            try {
              return work.apply(tx);
            } finally {
              current.remove();
            }
          });
    } catch (DataAccessException e) {
      throw StoreErrors.translate(e);
    }
  }

  /** Runs a read in the caller's transaction when there is one (it sees its own writes). */
  <T> T read(Function<DSLContext, T> work) {
    DSLContext joined = current.get();
    try {
      return work.apply(joined != null ? joined : root);
    } catch (DataAccessException e) {
      throw StoreErrors.translate(e);
    }
  }
}
