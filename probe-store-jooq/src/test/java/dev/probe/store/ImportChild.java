package dev.probe.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

/**
 * Imports an export in a child JVM, so that a test can kill it midway: URL USER PASSWORD SCHEMA
 * DIR.
 */
public final class ImportChild {

  private ImportChild() {}

  public static void main(String[] args) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setUsername(args[1]);
    config.setPassword(args[2]);
    config.setSchema(args[3]);
    try (HikariDataSource ds = new HikariDataSource(config)) {
      new PostgresArchive(ds).importFrom(Path.of(args[4]));
    }
  }
}
