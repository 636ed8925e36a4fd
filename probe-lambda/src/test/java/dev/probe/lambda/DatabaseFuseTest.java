package dev.probe.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The pool's timeout is waited out once per invocation at most, and each invocation tries again.
 */
class DatabaseFuseTest {

  /** A pool whose database is away: every request for a connection fails after its timeout. */
  private static final class AwayPool implements DataSource {
    int asked;
    SQLException failure =
        new SQLTransientConnectionException("probe-lambda - Connection is not available", "08001");

    @Override
    public Connection getConnection() throws SQLException {
      asked++;
      throw failure;
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      throw new UnsupportedOperationException();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }

  @Test
  void afterOneUnreachableAnswerTheRestOfTheInvocationFailsAtOnce() {
    AwayPool pool = new AwayPool();
    DatabaseFuse fuse = new DatabaseFuse(pool);

    assertThatThrownBy(fuse::getConnection).isSameAs(pool.failure);
    assertThatThrownBy(fuse::getConnection)
        .isInstanceOf(SQLTransientConnectionException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08001"));
    assertThat(pool.asked).isEqualTo(1);
    assertThat(fuse.blown()).isTrue();

    fuse.reset(); // the next invocation
    assertThatThrownBy(fuse::getConnection).isSameAs(pool.failure);
    assertThat(pool.asked).isEqualTo(2);
  }

  @Test
  void otherFailuresLeaveItClosed() {
    AwayPool pool = new AwayPool();
    pool.failure = new SQLException("permission denied for table play", "42501");
    DatabaseFuse fuse = new DatabaseFuse(pool);

    assertThatThrownBy(fuse::getConnection).isSameAs(pool.failure);
    assertThatThrownBy(fuse::getConnection).isSameAs(pool.failure);
    assertThat(pool.asked).isEqualTo(2);
    assertThat(fuse.blown()).isFalse();
  }
}
