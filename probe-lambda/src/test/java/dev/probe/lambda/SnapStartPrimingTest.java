package dev.probe.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SnapStart's hooks, called as the runtime calls them: before the snapshot the function primes
 * itself and lets every connection go (none may live in a snapshot), after a restore it connects
 * again. A priming that fails does not stop the snapshot.
 */
class SnapStartPrimingTest {
  private static HikariDataSource db;
  private static LambdaConfig config;

  @BeforeAll
  static void database() {
    db = (HikariDataSource) dev.probe.store.TestDatabase.freshSchema();
    config = LambdaConfig.fromEnvironment(LambdaScenario.environment(db, 1024 * 1024));
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void primesDropsItsConnectionsBeforeTheSnapshotAndReconnectsAfter() throws Exception {
    try (HikariDataSource pool = LambdaPool.open(config)) {
      AtomicInteger primed = new AtomicInteger();
      SnapStartPriming priming = new SnapStartPriming(primed::incrementAndGet, pool);
      try (Connection c = pool.getConnection()) {
        assertThat(c.isValid(1)).isTrue();
      }

      priming.beforeCheckpoint(null);
      assertThat(primed).hasValue(1);
      assertThat(pool.getHikariConfigMXBean().getMinimumIdle()).isZero();
      assertThat(noConnectionsLeft(pool)).isTrue();

      priming.afterRestore(null);
      assertThat(pool.getHikariConfigMXBean().getMinimumIdle()).isEqualTo(1);
      try (Connection c = pool.getConnection()) {
        assertThat(c.isValid(1)).isTrue();
      }
    }
  }

  @Test
  void aFailedPrimingStillLetsTheConnectionsGo() throws Exception {
    try (HikariDataSource pool = LambdaPool.open(config)) {
      SnapStartPriming priming =
          new SnapStartPriming(
              () -> {
                throw new IllegalStateException("the dashboard failed");
              },
              pool);
      pool.getConnection().close();

      priming.beforeCheckpoint(null);
      assertThat(noConnectionsLeft(pool)).isTrue();
    }
  }

  /** Whether the pool holds no connection within a second (one may be opening as it is told). */
  private static boolean noConnectionsLeft(HikariDataSource pool) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      if (pool.getHikariPoolMXBean().getTotalConnections() == 0) {
        return true;
      }
      Thread.sleep(10);
    }
    return false;
  }
}
