package dev.probe.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One PostgreSQL per test JVM: embedded, started on first use and stopped at exit, or the external
 * one named by {@code PROBE_TEST_DB_URL} ({@code PROBE_TEST_DB_USER}, {@code
 * PROBE_TEST_DB_PASSWORD}). Each caller gets its own fresh, migrated schema.
 */
public final class TestDatabase {

  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static String url;
  private static String user;
  private static String password;

  private TestDatabase() {}

  /** A new schema holding the latest migrations. */
  public static DataSource freshSchema() {
    return freshSchema(null);
  }

  /** A new schema migrated up to {@code target} (null: the latest). */
  public static DataSource freshSchema(String target) {
    String schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
    DataSource ds = pool(schema);
    Migrations.migrate(ds, schema, target);
    return ds;
  }

  /** A pool whose connections use {@code schema} (created by the caller's migration). */
  public static HikariDataSource pool(String schema) {
    start();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setSchema(schema);
    config.setMaximumPoolSize(6);
    config.setMinimumIdle(0);
    return new HikariDataSource(config);
  }

  /** The JDBC URL, user and password of the shared server (for child processes). */
  public static String[] connection() {
    start();
    return new String[] {url, user, password};
  }

  public static void execute(DataSource ds, String sql) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static synchronized void start() {
    if (url != null) {
      return;
    }
    String external = System.getenv("PROBE_TEST_DB_URL");
    if (external != null && !external.isBlank()) {
      url = external;
      user = System.getenv().getOrDefault("PROBE_TEST_DB_USER", "postgres");
      password = System.getenv().getOrDefault("PROBE_TEST_DB_PASSWORD", "");
      return;
    }
    try {
      EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      pg.close();
                    } catch (IOException ignored) {
                      // the JVM is exiting
                    }
                  }));
      url = pg.getJdbcUrl("postgres", "postgres");
      user = "postgres";
      password = "";
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the test PostgreSQL", e);
    }
  }
}
