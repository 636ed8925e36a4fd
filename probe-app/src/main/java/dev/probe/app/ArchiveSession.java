package dev.probe.app;

import dev.probe.store.Database;
import dev.probe.store.Migrations;
import dev.probe.store.PostgresArchive;

/** The archive's database opened for one command, migrated, and closed after it. */
final class ArchiveSession implements AutoCloseable {

  private final Database database;
  private final PostgresArchive archive;

  private ArchiveSession(Database database) {
    this.database = database;
    this.archive = new PostgresArchive(database.dataSource());
  }

  static ArchiveSession open(ProbeCli probe) {
    AppConfig config = probe.config();
    Database db =
        config.embeddedDatabase()
            ? Database.embedded(config.home())
            : Database.external(
                config.databaseUrl(), config.databaseUser(), config.databasePassword());
    try {
      Migrations.migrate(db.dataSource());
      return new ArchiveSession(db);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  PostgresArchive archive() {
    return archive;
  }

  @Override
  public void close() {
    database.close();
  }
}
