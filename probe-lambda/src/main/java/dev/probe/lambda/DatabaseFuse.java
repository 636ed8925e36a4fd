package dev.probe.lambda;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool as the store sees it, behind a fuse. When a connection cannot be had (the database is
 * down, paused or unreachable), the store answers 503 after the pool's timeout; the fuse then makes
 * every later connection request of the same invocation fail at once (an error page asks the
 * database again for its player menu), so one invocation waits out the timeout at most once. Each
 * invocation starts with the fuse closed again, so the function recovers as soon as the database is
 * back.
 */
final class DatabaseFuse implements DataSource {
  private final DataSource pool;
  private volatile boolean blown;

  DatabaseFuse(DataSource pool) {
    this.pool = pool;
  }

  /** A new invocation: try the database again. */
  void reset() {
    blown = false;
  }

  boolean blown() {
    return blown;
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (blown) {
      throw new SQLTransientConnectionException(
          "the archive's database could not be reached moments ago", "08001");
    }
    try {
      return pool.getConnection();
    } catch (SQLException e) {
      if (isUnreachable(e)) {
        blown = true;
        // CloudWatch gets the cause (host and port, never the password); the client gets a 503.
        System.err.println("probe: the archive's database cannot be reached: " + rootMessage(e));
      }
      throw e;
    }
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLException("the pool holds the credentials; ask it without any");
  }

  static boolean isUnreachable(SQLException e) {
    String state = e.getSQLState();
    return e instanceof SQLTransientConnectionException
        || (state != null && (state.startsWith("08") || state.startsWith("57P0")));
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName()
        + ": "
        + String.valueOf(root.getMessage()).lines().findFirst().orElse("");
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return pool.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    pool.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    pool.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return pool.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getLogger("dev.probe.lambda");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return pool.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || pool.isWrapperFor(type);
  }
}
