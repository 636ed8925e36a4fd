package dev.probe.core.application.service;

import static dev.probe.core.application.service.SampleArchive.master;
import static dev.probe.core.testing.TestData.ME;
import static dev.probe.core.testing.TestData.play;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.application.port.in.ListSyncDiffsQuery;
import dev.probe.core.application.port.in.ShowDashboardQuery;
import dev.probe.core.application.port.in.ShowSyncDiffQuery;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Count;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.SyncStatus;
import dev.probe.core.domain.diff.CounterChange;
import dev.probe.core.domain.diff.LostPlays;
import dev.probe.core.domain.view.SyncDiff;
import dev.probe.core.testing.TestData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SyncDiffsAndDashboardTest {

  private final SampleArchive archive = new SampleArchive();
  private final ChartRef song04 = master("Sample Song 04", ChartType.DX);
  private final ChartRef song03 = master("Sample Song 03", ChartType.STD);
  private final ListSyncDiffsService diffs =
      new ListSyncDiffsService(
          archive.store,
          archive.store,
          archive.store,
          archive.store,
          archive.store,
          archive.store,
          archive.clock);
  private long firstRun;
  private long secondRun;

  @BeforeEach
  void twoSyncs() {
    Instant t1 = Instant.parse("2026-11-01T12:00:00Z");
    archive.store.saveSnapshot(snapshot(t1.plusSeconds(1), 300, 100, 4));
    firstRun = archive.run(t1, play(song04, "2026-11-01T10:00:00Z").achievement("99.0000").build());
    Instant t2 = Instant.parse("2026-11-02T12:00:00Z");
    archive.store.saveSnapshot(snapshot(t2.plusSeconds(1), 334, 105, 5));
    long id = archive.store.startRun(TestData.run(ME, t2));
    archive.store.savePlays(
        id,
        List.of(
            play(song04, "2026-11-02T10:00:00Z").achievement("100.5000").build(),
            play(song03, "2026-11-02T10:05:00Z").achievement("97.0000").build(),
            play(song04, "2026-11-02T10:10:00Z").achievement("98.0000").build()));
    archive.store.finishRun(
        new SyncRun(
            id,
            ME,
            archive.store.findRun(id).orElseThrow().source(),
            t2,
            t2.plusSeconds(60),
            SyncStatus.DONE,
            5,
            3,
            2,
            Instant.parse("2026-11-01T10:00:00Z"),
            Instant.parse("2026-11-02T10:00:00Z"),
            100,
            105,
            "",
            ""));
    secondRun = id;
  }

  private static ProfileSnapshot snapshot(Instant at, int rating, int plays, int sssp) {
    return new ProfileSnapshot(
        ME, at, TestData.user(rating), plays, plays, Map.of("sssp", new Count(sssp, 50)));
  }

  @Test
  void aRunShowsItsPlaysNewBestsRatingCountersAndLostPlays() {
    SyncDiff d = diffs.showSyncDiff(new ShowSyncDiffQuery(ME, secondRun));
    assertThat(d.newPlays()).hasSize(3);
    assertThat(d.newBests()).hasSize(2);
    var song04Best =
        d.newBests().stream().filter(b -> b.before() != null).findFirst().orElseThrow();
    assertThat(song04Best.before().achievement().format()).isEqualTo("99.0000");
    assertThat(song04Best.after().achievement().format()).isEqualTo("100.5000");
    assertThat(song04Best.ratingBefore()).isEqualTo(304);
    assertThat(song04Best.ratingAfter()).isEqualTo(333);
    assertThat(d.ratingBefore()).isEqualTo(304);
    assertThat(d.ratingAfter()).isEqualTo(333 + 261); // 20.0 × 13.5 × 0.97 = 261.9
    assertThat(d.counters())
        .contains(new CounterChange("rating", 300, 334), new CounterChange("sssp", 4, 5));
    assertThat(d.lostIfAny())
        .contains(
            new LostPlays(
                2, Instant.parse("2026-11-01T10:00:00Z"), Instant.parse("2026-11-02T10:00:00Z")));
  }

  @Test
  void runsAreListedNewestFirst() {
    var page = diffs.listSyncDiffs(new ListSyncDiffsQuery(ME, null));
    assertThat(page.items()).extracting(d -> d.run().id()).containsExactly(secondRun, firstRun);
    assertThat(page.items().get(1).newBests()).hasSize(1);
    assertThat(page.items().get(1).newBests().get(0).before()).isNull();
  }

  @Test
  void theDashboardGathersTheLatestOfEverything() {
    var dashboard =
        new ShowDashboardService(
                archive.store,
                archive.store,
                archive.store,
                archive.store,
                archive.store,
                archive.store,
                archive.clock)
            .showDashboard(new ShowDashboardQuery(ME, 2));
    assertThat(dashboard.player().id()).isEqualTo(ME);
    assertThat(dashboard.profile().user().rating()).isEqualTo(334);
    assertThat(dashboard.latestPlays()).hasSize(2);
    assertThat(dashboard.latestPlays().get(0).play().result().achievement().format())
        .isEqualTo("98.0000");
    assertThat(dashboard.latestSync().run().id()).isEqualTo(secondRun);
    assertThat(dashboard.lostWarning().count()).isEqualTo(2);
    assertThat(dashboard.playCount()).isEqualTo(4);
    assertThat(dashboard.rating()).isEqualTo(dashboard.latestSync().ratingAfter());
    assertThat(dashboard.curve()).extracting(p -> p.netRating()).containsExactly(-1, 300);
  }
}
