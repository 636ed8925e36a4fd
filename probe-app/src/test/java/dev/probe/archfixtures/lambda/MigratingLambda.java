package dev.probe.archfixtures.lambda;

import org.flywaydb.core.Flyway;

/** Wrong: the Lambda migrates the database (and would carry Flyway in its jar). */
public final class MigratingLambda {
  public void migrate(Flyway flyway) {
    flyway.migrate();
  }
}
