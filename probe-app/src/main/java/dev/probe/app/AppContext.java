package dev.probe.app;

import dev.probe.store.Database;
import dev.probe.store.Migrations;
import dev.probe.store.PostgresArchive;

/**
 * The one place that opens the archive: the embedded PostgreSQL under {@code PROBE_HOME} (migrated
 * on start) or the external one from {@code PROBE_DB_URL} (migrated only by {@code probe migrate}).
 * Commands open it, use its ports and close it.
 */
final class AppContext implements AutoCloseable {

  private final Database database;
  private final PostgresArchive archive;

  private AppContext(Database database) {
    this.database = database;
    this.archive = new PostgresArchive(database.dataSource());
  }

  /** Opens the configured database; the embedded one is brought to the latest schema. */
  static AppContext open(AppConfig config) {
    Database database = database(config);
    try {
      if (database.isEmbedded()) {
        Migrations.migrate(database.dataSource());
      }
      return new AppContext(database);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  static Database database(AppConfig config) {
    return config.embeddedDatabase()
        ? Database.embedded(config.home())
        : Database.external(config.databaseUrl(), config.databaseUser(), config.databasePassword());
  }

  PostgresArchive archive() {
    return archive;
  }

  Database database() {
    return database;
  }

  @Override
  public void close() {
    database.close();
  }
}
