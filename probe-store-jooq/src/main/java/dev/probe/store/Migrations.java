package dev.probe.store;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProbeException.Kind;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Brings a database to the archive's schema. Flyway lives only here, so code that never migrates
 * (the Lambda) never links it.
 */
public final class Migrations {

  private Migrations() {}

  /** Applies every pending migration; returns how many ran. */
  public static int migrate(DataSource dataSource) {
    return migrate(dataSource, null, null);
  }

  /**
   * Applies pending migrations in {@code schema} (null: the connection's default) up to {@code
   * target} (null: the latest).
   */
  public static int migrate(DataSource dataSource, String schema, String target) {
    var config =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .loggers("slf4j");
    if (schema != null) {
      config = config.schemas(schema).defaultSchema(schema);
    }
    if (target != null) {
      config = config.target(MigrationVersion.fromVersion(target));
    }
    try {
      return config.load().migrate().migrationsExecuted;
    } catch (FlywayException e) {
      throw new ProbeException(
          Kind.STORE_UNAVAILABLE,
          "the archive's schema could not be brought up to date: " + e.getMessage(),
          e);
    }
  }
}
