package dev.probe.store;

import static dev.probe.store.TestPlays.ME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.domain.Player;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.SyncSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TransactionTest {

  private final PostgresArchive archive = new PostgresArchive(TestDatabase.freshSchema());

  @Test
  void everyPortCallInsideAFailedTransactionIsUndone() {
    assertThatThrownBy(
            () ->
                archive
                    .transactions()
                    .inTransaction(
                        () -> {
                          archive.players().savePlayer(new Player(ME, Region.JP, "ＭＥ", ""));
                          long run =
                              archive
                                  .syncRuns()
                                  .startRun(SyncRun.started(ME, SyncSource.IMPORT, TestPlays.T0));
                          archive.savePlays().savePlays(run, TestPlays.many(ME, 10));
                          archive
                              .rawPages()
                              .saveRawPage(
                                  ME,
                                  run,
                                  new RawPage(
                                      URI.create("file:/x.html"),
                                      TestPlays.T0,
                                      "<html>".getBytes(StandardCharsets.UTF_8)));
                          // reads inside the transaction see its own writes
                          assertThat(archive.loadPlays().countPlays(ME)).isEqualTo(10);
                          throw new IllegalStateException("failure midway");
                        }))
        .hasMessage("failure midway");

    assertThat(archive.players().listPlayers()).isEmpty();
    assertThat(archive.loadPlays().countPlays(ME)).isZero();
    assertThat(archive.rawPages().rawPages(ME)).isEmpty();
    assertThat(archive.syncRuns().latestFinished(ME)).isEmpty();
  }

  @Test
  void nestedTransactionsJoinTheOuterOne() {
    archive
        .transactions()
        .inTransaction(
            () ->
                archive
                    .transactions()
                    .inTransaction(() -> archive.savePlays().savePlays(1, TestPlays.many(ME, 3))));
    assertThat(archive.loadPlays().countPlays(ME)).isEqualTo(3);
  }
}
