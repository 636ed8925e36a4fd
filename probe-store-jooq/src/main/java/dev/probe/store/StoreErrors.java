package dev.probe.store;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProbeException.Kind;
import java.sql.SQLException;
import org.jooq.exception.DataAccessException;

/** Turns database failures into the core's typed failures, with a message a person can act on. */
final class StoreErrors {

  private StoreErrors() {}

  static RuntimeException translate(DataAccessException e) {
    String state = sqlState(e);
    if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
      return new ProbeException(
          Kind.STORE_UNAVAILABLE,
          "the archive's database cannot be reached ("
              + state
              + "): start it or check PROBE_DB_URL",
          e);
    }
    if (state.startsWith("53")) {
      return new ProbeException(
          Kind.STORE_UNAVAILABLE,
          "the archive's database is out of disk space or memory ("
              + state
              + "): free space and retry; nothing of this change was kept",
          e);
    }
    if (state.equals("42P01")) {
      return new ProbeException(
          Kind.STORE_UNAVAILABLE,
          "the database has no probe archive schema (or an old one): run 'probe migrate' first",
          e);
    }
    if (state.equals("40001") || state.equals("40P01")) {
      return new ProbeException(
          Kind.CONFLICT, "a concurrent change collided with this one: retry it", e);
    }
    if (state.startsWith("22") || state.startsWith("23")) {
      return new ProbeException(
          Kind.INVALID_INPUT, "the archive refused a value (" + state + "): " + firstLine(e), e);
    }
    if (state.isEmpty() && isConnectionFailure(e)) {
      return new ProbeException(
          Kind.STORE_UNAVAILABLE,
          "the archive's database cannot be reached: start it or check PROBE_DB_URL",
          e);
    }
    return e;
  }

  private static String sqlState(DataAccessException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return "";
  }

  private static boolean isConnectionFailure(DataAccessException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLTransientConnectionException
          || t instanceof java.net.ConnectException) {
        return true;
      }
    }
    return e.getMessage() != null && e.getMessage().contains("Error getting connection");
  }

  private static String firstLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String m = String.valueOf(root.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
