package dev.probe.app;

import dev.probe.store.Database;
import dev.probe.store.Migrations;
import dev.probe.store.PostgresArchive;

/**
 * The one place that opens the archive for a command and closes it after: the embedded PostgreSQL
 * under {@code PROBE_HOME} (migrated on start) or the external one from {@code PROBE_DB_URL}
 * (migrated only by {@code probe migrate}, as a deployment step).
 */
final class ArchiveSession implements AutoCloseable {

  private final Database database;
  private final PostgresArchive archive;

  private ArchiveSession(Database database) {
    this.database = database;
    this.archive = new PostgresArchive(database.dataSource());
  }

  static ArchiveSession open(ProbeCli probe) {
    Database db = database(probe.config());
    try {
      if (db.isEmbedded()) {
        Migrations.migrate(db.dataSource());
      }
      return new ArchiveSession(db);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** The configured database, not migrated. */
  static Database database(AppConfig config) {
    return config.embeddedDatabase()
        ? Database.embedded(config.home())
        : Database.external(config.databaseUrl(), config.databaseUser(), config.databasePassword());
  }

  PostgresArchive archive() {
    return archive;
  }

  @Override
  public void close() {
    database.close();
  }
}
