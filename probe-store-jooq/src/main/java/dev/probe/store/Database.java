package dev.probe.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProbeException.Kind;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The archive's database: an external PostgreSQL when {@code PROBE_DB_URL} is set, else an embedded
 * one under {@code $PROBE_HOME/pg} (default {@code ~/.probe}). Close it to release the pool and,
 * when embedded, stop PostgreSQL and the lock.
 */
public final class Database implements AutoCloseable {

  private final HikariDataSource pool;
  private final EmbeddedDatabase embedded;
  private final String description;

  private Database(HikariDataSource pool, EmbeddedDatabase embedded, String description) {
    this.pool = pool;
    this.embedded = embedded;
    this.description = description;
  }

  /** Chooses external or embedded from the environment (see the class comment). */
  public static Database fromEnvironment(Map<String, String> env) {
    String url = env.getOrDefault("PROBE_DB_URL", "");
    if (!url.isBlank()) {
      return external(
          url, env.getOrDefault("PROBE_DB_USER", ""), env.getOrDefault("PROBE_DB_PASSWORD", ""));
    }
    return embedded(probeHome(env));
  }

  /** {@code $PROBE_HOME}, else {@code ~/.probe}. */
  public static Path probeHome(Map<String, String> env) {
    String home = env.getOrDefault("PROBE_HOME", "");
    return home.isBlank()
        ? Path.of(System.getProperty("user.home"), ".probe")
        : Path.of(home).toAbsolutePath();
  }

  public static Database external(String url, String user, String password) {
    return new Database(pool(url, user, password, 8), null, "PostgreSQL at " + url);
  }

  /**
   * Starts (or reuses) the embedded PostgreSQL whose data lives under {@code home/pg}.
   *
   * @throws ProbeException {@code CONFLICT} when another process holds the archive
   */
  public static Database embedded(Path home) {
    EmbeddedDatabase pg = EmbeddedDatabase.start(home);
    try {
      return new Database(
          pool(pg.jdbcUrl(), EmbeddedDatabase.USER, "", 4),
          pg,
          "embedded PostgreSQL in " + pg.dataDirectory());
    } catch (RuntimeException e) {
      pg.close();
      throw e;
    }
  }

  private static HikariDataSource pool(String url, String user, String password, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(size);
    config.setPoolName("probe");
    config.setConnectionTimeout(10_000);
    try {
      return new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      throw new ProbeException(
          Kind.STORE_UNAVAILABLE,
          "cannot connect to "
              + url
              + ": "
              + rootMessage(e)
              + " (is the server running, and are PROBE_DB_URL, PROBE_DB_USER and"
              + " PROBE_DB_PASSWORD right?)",
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

  public DataSource dataSource() {
    return pool;
  }

  public boolean isEmbedded() {
    return embedded != null;
  }

  /** Where the archive lives, without credentials. */
  public String description() {
    return description;
  }

  @Override
  public void close() {
    pool.close();
    if (embedded != null) {
      embedded.close();
    }
  }
}
