package dev.probe.store;

import static dev.probe.store.gen.Tables.BEST_STATE;
import static dev.probe.store.gen.Tables.LISTED_SCORE;
import static dev.probe.store.gen.Tables.PLAY;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProbeException.Kind;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

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
      int applied = config.load().migrate().migrationsExecuted;
      if (applied > 0) {
        fillBestStates(dataSource);
      }
      return applied;
    } catch (FlywayException e) {
      throw new ProbeException(
          Kind.STORE_UNAVAILABLE,
          "the archive's schema could not be brought up to date: " + e.getMessage(),
          e);
    }
  }

  /**
   * An archive from before best_state existed gets its states built once from its plays; then
   * best_state is vacuumed.
   */
  private static void fillBestStates(DataSource dataSource) {
    DSLContext dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
    boolean hasTable =
        dsl.resultQuery("select to_regclass('best_state') is not null").fetchOne(0, Boolean.class);
    if (hasTable
        && !dsl.fetchExists(dsl.selectOne().from(BEST_STATE))
        && dsl.fetchExists(dsl.selectOne().from(PLAY).union(dsl.selectOne().from(LISTED_SCORE)))) {
      dsl.transaction(cfg -> BestStates.rebuildAll(cfg.dsl()));
    }
    if (hasTable) {
      // A migration may have rewritten best_state (V6 did) or just filled it: until a vacuum
      // marks its pages all-visible, the covering index's scans visit the table row by row.
      dsl.execute("vacuum (analyze) best_state");
    }
  }
}
