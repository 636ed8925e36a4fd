package dev.probe.lambda;

import com.zaxxer.hikari.HikariDataSource;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart support. Before Lambda snapshots an initialised environment, one request runs through
 * the whole application (routing, templates, store, database driver), so the classes it needs are
 * loaded and initialised in the snapshot; then the pool lets its connections go, since a connection
 * cannot survive a snapshot. After a restore the pool connects again. On a JVM without CRaC (every
 * local run, and Lambda without SnapStart) the hooks never fire.
 */
final class SnapStartPriming implements Resource {
  private final Runnable prime;
  private final HikariDataSource pool;

  SnapStartPriming(Runnable prime, HikariDataSource pool) {
    this.prime = prime;
    this.pool = pool;
  }

  /** Registers the hooks; org.crac keeps only a weak reference, so the caller must hold this. */
  SnapStartPriming register() {
    Core.getGlobalContext().register(this);
    return this;
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    try {
      prime.run();
    } catch (RuntimeException e) {
      // Priming is an optimisation: a snapshot without it is still correct.
      System.err.println("probe: priming before the snapshot failed: " + e);
    }
    pool.getHikariConfigMXBean().setMinimumIdle(0);
    pool.getHikariPoolMXBean().softEvictConnections();
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    pool.getHikariConfigMXBean().setMinimumIdle(1);
  }
}
