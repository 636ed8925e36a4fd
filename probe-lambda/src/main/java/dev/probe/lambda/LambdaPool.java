package dev.probe.lambda;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.probe.core.domain.ProbeException;

/**
 * The connection pool of one execution environment. An environment serves one request at a time, so
 * one or two connections are plenty; thousands of environments share the database (through RDS
 * Proxy when there are many). The first connection is opened during the init phase, which Lambda
 * runs at full CPU, so the first request does not pay for it.
 */
final class LambdaPool {
  private LambdaPool() {}

  static HikariDataSource open(LambdaConfig config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.dbUrl());
    if (!config.dbUser().isEmpty()) {
      hikari.setUsername(config.dbUser());
    }
    if (!config.dbPassword().isEmpty()) {
      hikari.setPassword(config.dbPassword());
    }
    hikari.setPoolName("probe-lambda");
    hikari.setMaximumPoolSize(config.poolSize());
    // One connection stays open from the init phase on; SnapStart priming lowers this to 0 before
    // the snapshot (see SnapStartPriming) and raises it again after a restore.
    hikari.setMinimumIdle(1);
    hikari.setConnectionTimeout(10_000);
    hikari.setValidationTimeout(3_000);
    // RDS Proxy and Aurora close idle connections; retire ours before they do.
    hikari.setMaxLifetime(10 * 60_000);
    hikari.setIdleTimeout(5 * 60_000);
    hikari.setInitializationFailTimeout(10_000);
    hikari.addDataSourceProperty("ApplicationName", "probe-lambda");
    hikari.addDataSourceProperty("tcpKeepAlive", "true");
    try {
      return new HikariDataSource(hikari);
    } catch (HikariPool.PoolInitializationException e) {
      throw new ProbeException(
          ProbeException.Kind.STORE_UNAVAILABLE,
          "cannot connect to the archive's database (check PROBE_DB_URL, PROBE_DB_USER,"
              + " PROBE_DB_PASSWORD and that the function can reach it): "
              + rootMessage(e),
          e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage()).lines().findFirst().orElse("");
  }
}
