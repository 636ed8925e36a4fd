package dev.probe.store;

import static dev.probe.store.TestPlays.ME;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PlayFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real kill: a child JVM imports, the test kills it midway, only whole batches remain. */
class InterruptedImportTest {

  private static final int PLAYS = 10 * ArchiveImporter.PLAYS_PER_BATCH;

  @TempDir Path tmp;

  @Test
  void aKilledImportLeavesWholeBatchesAndARerunCompletesIt() throws Exception {
    PostgresArchive source = new PostgresArchive(TestDatabase.freshSchema());
    source.savePlays().savePlays(1, TestPlays.many(ME, PLAYS));
    Path export = tmp.resolve("export");
    source.exportTo(export);

    HikariDataSource target = (HikariDataSource) TestDatabase.freshSchema();
    PostgresArchive archive = new PostgresArchive(target);
    Process child = startImport(target.getSchema(), export);
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (archive.loadPlays().countPlays(ME) == 0 && child.isAlive()) {
        assertThat(System.nanoTime()).as("the child never saved a batch").isLessThan(deadline);
        Thread.sleep(5);
      }
    } finally {
      child.destroyForcibly().waitFor();
    }

    long kept = archive.loadPlays().countPlays(ME);
    assertThat(kept).isPositive().isLessThan(PLAYS);
    assertThat(kept % ArchiveImporter.PLAYS_PER_BATCH).isZero();

    archive.importFrom(export);
    assertThat(archive.loadPlays().countPlays(ME)).isEqualTo(PLAYS);
    PageRequest page = new PageRequest(1, 500);
    assertThat(archive.loadPlays().findPlays(ME, PlayFilter.ALL, page))
        .isEqualTo(source.loadPlays().findPlays(ME, PlayFilter.ALL, page));
  }

  private static Process startImport(String schema, Path export) throws Exception {
    String[] db = TestDatabase.connection();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    command.add(ImportChild.class.getName());
    command.add(db[0]);
    command.add(db[1]);
    command.add(db[2]);
    command.add(schema);
    command.add(export.toString());
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
