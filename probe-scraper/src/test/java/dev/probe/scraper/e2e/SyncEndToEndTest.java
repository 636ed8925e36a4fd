package dev.probe.scraper.e2e;

import static dev.probe.scraper.e2e.SyncWorld.ME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.application.port.in.SyncReport;
import dev.probe.core.domain.SyncStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Syncs against the fake NET: as few requests as possible, nothing lost, nothing twice. */
class SyncEndToEndTest {

  private SyncWorld world;

  @BeforeEach
  void firstSync() {
    world = new SyncWorld();
    SyncReport first = world.sync();
    assertThat(first.run().status()).isEqualTo(SyncStatus.DONE);
    assertThat(first.newPlays()).hasSize(50);
    assertThat(first.detailsFetched()).isEqualTo(50);
    assertThat(first.requests()).isEqualTo(1 + 1 + 50 + 1 + 2); // and the album's two images
    assertThat(first.unreadablePages()).isZero();
    assertThat(world.playsWithDetail()).isEqualTo(50);
  }

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void aSecondSyncWithNoNewPlaysMakesOneRequestAndSavesNothing() {
    int snapshots = world.store.history(ME).size();
    int photos = world.store.photos(ME).size();

    SyncReport again = world.sync();

    assertThat(again.unchanged()).isTrue();
    assertThat(again.requests()).isEqualTo(1);
    assertThat(world.net.totalRequests()).isEqualTo(1);
    assertThat(again.run().status()).isEqualTo(SyncStatus.DONE);
    assertThat(again.run().newPlays()).isZero();
    assertThat(world.plays()).isEqualTo(50);
    assertThat(world.store.history(ME)).hasSize(snapshots);
    assertThat(world.store.photos(ME)).hasSize(photos);
    System.out.printf("requests per sync, 0 new plays: %d%n", world.net.totalRequests());
  }

  @Test
  void scoreListsAreReadOnlyWhenAskedAndKeepBestsOlderThanTheArchive() {
    assertThat(world.store.bestScores(ME, Instant.now().plusSeconds(60)))
        .allMatch(b -> b.fromPlays());

    SyncReport again = world.syncWithScoreLists();

    assertThat(again.run().status()).isEqualTo(SyncStatus.DONE);
    assertThat(world.net.requests("record/musicGenre/search/")).isEqualTo(6);
    assertThat(again.requests()).isEqualTo(1 + 6);
    assertThat(again.unreadablePages()).isZero();
    // The NET client stamps pages with the real clock, the sync's clock is the test's.
    assertThat(world.store.bestScores(ME, Instant.now().plusSeconds(60)))
        .anyMatch(b -> !b.fromPlays());
    assertThat(world.sync().requests()).isEqualTo(1);
  }

  @Test
  void afterKNewPlaysItFetchesExactlyKDetailPages() {
    world.net.play(5);

    SyncReport report = world.sync();

    assertThat(report.newPlays()).hasSize(5);
    assertThat(world.net.requests("record/playlogDetail/")).isEqualTo(5);
    // counter, record list, 5 details, album, the one new photo's image
    assertThat(world.net.totalRequests()).isEqualTo(1 + 1 + 5 + 1 + 1);
    assertThat(report.run().lostPlays()).isZero();
    assertThat(report.run().playCountAfter()).isEqualTo(world.net.counter());
    assertThat(world.plays()).isEqualTo(55);
    assertThat(world.playsWithDetail()).isEqualTo(55);
    assertThat(report.newPhotos()).isEqualTo(1);
    assertThat(world.store.photos(ME))
        .hasSize(3)
        .allSatisfy(
            p ->
                assertThat(world.store.loadRawPage(p.imageSha256()).orElseThrow().text())
                    .startsWith("\u0089PNG"));
    System.out.printf("requests per sync, 5 new plays: %d%n", world.net.totalRequests());
  }

  @Test
  void afterMoreThanFiftyPlaysItReportsHowManyWereLost() {
    world.net.play(60);

    SyncReport report = world.sync();

    assertThat(report.newPlays()).hasSize(50);
    assertThat(world.net.requests("record/playlogDetail/")).isEqualTo(50);
    assertThat(report.run().lostPlays()).isEqualTo(10);
    assertThat(report.run().lostFrom()).isNotNull();
    assertThat(report.run().lostTo()).isAfter(report.run().lostFrom());
    assertThat(world.plays()).isEqualTo(100);
    System.out.printf("requests per sync, 60 new plays: %d%n", world.net.totalRequests());
  }

  @Test
  void anExpiredSessionMidwayKeepsEverythingFetchedBeforeIt() {
    world.net.play(5);
    world.net.expireAfter(4); // playerData, record, two details

    SyncReport stopped = world.sync();

    assertThat(stopped.run().status()).isEqualTo(SyncStatus.STOPPED);
    assertThat(stopped.run().errorKind()).isEqualTo("SESSION_EXPIRED");
    assertThat(stopped.run().pages()).isEqualTo(4);
    assertThat(world.store.rawPages(ME).stream().filter(r -> r.syncRunId() == stopped.run().id()))
        .hasSize(4);
    assertThat(world.plays()).isEqualTo(55);
    assertThat(world.playsWithDetail()).isEqualTo(52);

    world.logInAgain();
    SyncReport resumed = world.sync();

    assertThat(resumed.run().status()).isEqualTo(SyncStatus.DONE);
    assertThat(world.net.requests("record/playlogDetail/")).isEqualTo(3);
    assertThat(world.playsWithDetail()).isEqualTo(55);
    assertThat(resumed.newPlays()).isEmpty();
  }

  @Test
  void theRotatedCookieIsSavedAfterEveryRequest() {
    String before = world.store.loadSession(ME).orElseThrow().cookies().get("_t");
    world.net.play(1);
    world.sync();
    // the stored cookie is the one NET issued last: the next sync is accepted
    assertThat(world.store.loadSession(ME).orElseThrow().cookies().get("_t")).isNotEqualTo(before);
    assertThat(world.sync().run().status()).isEqualTo(SyncStatus.DONE);
  }

  @Test
  void netsErrorPageInsteadOfARedirectAlsoStopsTheSync() {
    world.net.play(2);
    world.net.expireWithErrorPage(true);
    world.net.expireAfter(1);

    SyncReport report = world.sync();

    assertThat(report.run().status()).isEqualTo(SyncStatus.STOPPED);
    assertThat(report.run().errorKind()).isEqualTo("SESSION_EXPIRED");
    assertThat(report.run().pages()).isEqualTo(2); // the error page is kept too
    assertThat(world.plays()).isEqualTo(50);
  }

  @Test
  void maintenanceStopsAtTheFirstRequest() {
    world.net.play(5);
    world.net.maintenance(true);

    SyncReport report = world.sync();

    assertThat(report.run().status()).isEqualTo(SyncStatus.STOPPED);
    assertThat(report.run().errorKind()).isEqualTo("MAINTENANCE");
    assertThat(world.net.totalRequests()).isEqualTo(1);
    assertThat(world.plays()).isEqualTo(50);
  }

  @Test
  void aBlockedConnectionIsReportedAsSuch() {
    world.net.blocked(true);
    SyncReport report = world.sync();
    assertThat(report.run().errorKind()).isEqualTo("BLOCKED");
  }

  @Test
  void aBodyCutShortIsFetchedAgain() {
    world.net.play(3);
    world.net.truncateNext("record/", 1);

    SyncReport report = world.sync();

    assertThat(report.run().status()).isEqualTo(SyncStatus.DONE);
    assertThat(world.net.requests("record/")).isEqualTo(2);
    assertThat(report.newPlays()).hasSize(3);
  }

  @Test
  void aSlowServerWithinTheTimeoutIsFine() {
    world.net.play(2);
    world.net.delay(Duration.ofMillis(150));

    SyncReport report = world.sync();

    assertThat(report.run().status()).isEqualTo(SyncStatus.DONE);
    assertThat(report.newPlays()).hasSize(2);
  }
}
