package dev.probe.lambda;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The connection pool of one execution environment. An environment serves one request at a time, so
 * one or two connections are plenty; thousands of environments share the database (through RDS
 * Proxy when there are many).
 *
 * <p>The pool never fails the init phase: it starts without connecting and opens its first
 * connection on its own thread, while the rest of the function initialises. A database that is down
 * at that moment costs a 503 per request (see {@link DatabaseFuse}) instead of a function that
 * cannot start; when the database is back, the next request connects.
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
    // One connection is kept open, filled in the background; SnapStart priming lowers this to 0
    // before the snapshot (see SnapStartPriming) and raises it again after a restore.
    hikari.setMinimumIdle(1);
    // Negative: start without connecting and without failing when the database is unreachable.
    hikari.setInitializationFailTimeout(-1);
    hikari.setConnectionTimeout(config.dbTimeoutMillis());
    hikari.setValidationTimeout(Math.min(3_000, config.dbTimeoutMillis()));
    // RDS Proxy and Aurora close idle connections; retire ours before they do.
    hikari.setMaxLifetime(10 * 60_000);
    hikari.setIdleTimeout(5 * 60_000);
    hikari.addDataSourceProperty("ApplicationName", "probe-lambda");
    hikari.addDataSourceProperty("tcpKeepAlive", "true");
    // The driver's own connect timeout (seconds) no longer than the pool's wait.
    hikari.addDataSourceProperty(
        "connectTimeout", Integer.toString(Math.max(1, config.dbTimeoutMillis() / 1000)));
    return new HikariDataSource(hikari);
  }
}
