package dev.probe.core.application.service;

import static dev.probe.core.application.service.SampleArchive.master;
import static dev.probe.core.testing.TestData.ME;
import static dev.probe.core.testing.TestData.play;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.application.port.in.AddPlayerCommand;
import dev.probe.core.application.port.in.ExportArchiveCommand;
import dev.probe.core.application.port.in.ListChartsQuery;
import dev.probe.core.application.port.in.ListPhotosQuery;
import dev.probe.core.application.port.in.SetNetSessionCommand;
import dev.probe.core.application.port.in.ShowProfileHistoryQuery;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.Photo;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.RawPageRef;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.archive.ArchiveSink;
import dev.probe.core.domain.view.ChartListItem;
import dev.probe.core.testing.TestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Charts, profile, album, players, NET session and export. */
class ManagementServicesTest {

  private final SampleArchive archive = new SampleArchive();
  private final ChartRef learned =
      new ChartRef("Only On NET", ChartType.DX, Difficulty.EXPERT, "12+", "", "", "");

  @Test
  void theChartListIsTheWholeCatalogueWithChartsOnlyNetShowedAndThePlayersBests() {
    archive.run(
        Instant.parse("2026-11-01T12:00:00Z"),
        play(master("Sample Song 04", ChartType.DX), "2026-11-01T10:00:00Z").build(),
        play(learned, "2026-11-01T10:05:00Z").achievement("100.5000").build());
    var service =
        new ListChartsService(
            archive.store,
            archive.store,
            archive.store,
            archive.store,
            archive.store,
            archive.clock);
    List<ChartListItem> all = service.listCharts(ListChartsQuery.all(ME));
    assertThat(all).hasSize(40);
    ChartListItem net =
        all.stream().filter(i -> !i.chart().inCatalogue()).findFirst().orElseThrow();
    assertThat(net.chart().title()).isEqualTo("Only On NET");
    assertThat(net.ratingEstimated()).isTrue();
    assertThat(net.rating()).isEqualTo(283); // 22.4 × 12.6 × 1.005 from the label 12+
    assertThat(service.listCharts(new ListChartsQuery(ME, "", true))).hasSize(2);
    assertThat(service.listCharts(new ListChartsQuery(ME, "twin", false))).hasSize(8);
    assertThat(service.listCharts(new ListChartsQuery(ME, "artist j", false)))
        .extracting(i -> i.chart().difficulty())
        .containsExactly(Difficulty.UTAGE);
  }

  @Test
  void profileHistoryListsWhatChangedEachTime() {
    archive.store.saveSnapshot(
        TestData.snapshot(ME, Instant.parse("2026-11-01T00:00:00Z"), 100, 10));
    archive.store.saveSnapshot(
        TestData.snapshot(ME, Instant.parse("2026-11-02T00:00:00Z"), 120, 12));
    var entries =
        new ShowProfileHistoryService(archive.store, archive.store)
            .showProfileHistory(new ShowProfileHistoryQuery(ME));
    assertThat(entries).hasSize(2);
    assertThat(entries.get(1).changes())
        .extracting(c -> c.name())
        .containsExactly("rating", "playCountTotal");
  }

  @Test
  void theAlbumIsPagedNewestFirstWithCharts() {
    archive.store.savePhotos(
        List.of(
            TestData.photo(
                ME, Instant.parse("2026-11-01T00:00:00Z"), master("Sample Song 04", ChartType.DX)),
            TestData.photo(ME, Instant.parse("2026-11-02T00:00:00Z"), learned)));
    var page =
        new ListPhotosService(archive.store, archive.store, archive.store, archive.clock)
            .listPhotos(new ListPhotosQuery(ME, new dev.probe.core.domain.PageRequest(1, 1)));
    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items()).extracting(v -> v.chart().title()).containsExactly("Only On NET");
  }

  @Test
  void playersAreAddedOnceAndFound() {
    var service = new ManagePlayersService(archive.store, archive.store);
    Player sister = service.addPlayer(new AddPlayerCommand(new PlayerId("sister"), Region.JP, ""));
    assertThat(service.listPlayers()).extracting(Player::id).containsExactly(ME, sister.id());
    assertThatThrownBy(() -> service.addPlayer(new AddPlayerCommand(ME, Region.JP, "")))
        .extracting(e -> ((ProbeException) e).kind())
        .isEqualTo(ProbeException.Kind.CONFLICT);
    assertThatThrownBy(() -> service.findPlayer(new PlayerId("nobody")))
        .extracting(e -> ((ProbeException) e).kind())
        .isEqualTo(ProbeException.Kind.NOT_FOUND);
    assertThatThrownBy(() -> new AddPlayerCommand(ME, null, "")).hasMessageContaining("region");
  }

  @Test
  void aSessionIsStoredAndOnlyItsPresenceComesBack() {
    var service = new ManageNetSessionService(archive.store, archive.store, archive.clock);
    assertThat(service.sessionStatus(ME).present()).isFalse();
    var command = new SetNetSessionCommand(ME, Map.of("userId", "s3cr3t", "_t", "t0k3n"));
    var status = service.setSession(command);
    assertThat(status.present()).isTrue();
    assertThat(status.lastUsed()).isEqualTo(archive.clock.instant());
    assertThat(status.cookieNames()).containsExactly("_t", "userId");
    assertThat(status.toString()).doesNotContain("s3cr3t", "t0k3n");
    assertThat(command.toString()).doesNotContain("s3cr3t", "t0k3n");
    assertThat(archive.store.loadSession(ME).orElseThrow().cookies()).containsEntry("_t", "t0k3n");
    assertThat(service.forgetSession(ME).present()).isFalse();
    assertThatThrownBy(() -> new SetNetSessionCommand(ME, Map.of("_t", "a\nb")))
        .hasMessage("the value of cookie '_t' is empty or malformed");
  }

  @Test
  void aSessionWhoseOwnerNetShowedUpdatesThePlayer() {
    var service = new ManageNetSessionService(archive.store, archive.store, archive.clock);
    String before = archive.store.findPlayer(ME).orElseThrow().name();
    service.setSession(new SetNetSessionCommand(ME, Map.of("userId", "u"), "", ""));
    assertThat(archive.store.findPlayer(ME).orElseThrow().friendCode()).isEmpty();
    assertThat(archive.store.findPlayer(ME).orElseThrow().name()).isEqualTo(before);

    service.setSession(
        new SetNetSessionCommand(ME, Map.of("userId", "u"), "ＭＥ", "101680000000000"));

    assertThat(archive.store.findPlayer(ME).orElseThrow())
        .extracting(p -> p.name(), p -> p.friendCode())
        .containsExactly("ＭＥ", "101680000000000");
  }

  @Test
  void theExportStreamsEveryKindOfRecord() {
    Play p = play(master("Sample Song 04", ChartType.DX), "2026-11-01T10:00:00Z").build();
    long run = archive.run(Instant.parse("2026-11-01T12:00:00Z"), p);
    archive.store.saveSnapshot(TestData.snapshot(ME, Instant.parse("2026-11-01T12:00:00Z"), 1, 1));
    archive.store.savePhotos(
        List.of(TestData.photo(ME, Instant.parse("2026-11-01T10:00:00Z"), p.chart())));
    archive.store.saveRawPage(
        ME, run, TestData.page("record/", Instant.parse("2026-11-01T12:00:00Z"), "r"));
    archive.store.saveSession(
        new dev.probe.core.domain.NetSession(ME, Region.CN, Map.of("_t", "secret"), Instant.EPOCH));
    List<String> seen = new ArrayList<>();
    ArchiveSink sink =
        new ArchiveSink() {
          @Override
          public void song(Song song) {
            seen.add("song");
          }

          @Override
          public void chart(Chart chart) {
            seen.add("chart");
          }

          @Override
          public void player(Player player) {
            seen.add("player");
          }

          @Override
          public void syncRun(SyncRun r) {
            seen.add("run");
          }

          @Override
          public void play(Play play) {
            seen.add("play");
          }

          @Override
          public void bestScore(PlayerId player, BestScore best) {
            seen.add("best");
          }

          @Override
          public void profile(ProfileSnapshot snapshot) {
            seen.add("profile");
          }

          @Override
          public void photo(Photo photo) {
            seen.add("photo");
          }

          @Override
          public void rawPage(RawPageRef ref, RawPage body) {
            seen.add(body == null ? "raw" : "raw+" + body.text());
          }
        };
    var summary =
        new ExportArchiveService(
                new ExportArchiveService.StorePorts(
                    archive.store,
                    archive.store,
                    archive.store,
                    archive.store,
                    archive.store,
                    archive.store,
                    archive.store,
                    archive.store),
                archive.clock)
            .exportArchive(ExportArchiveCommand.everything(), sink);
    assertThat(summary.songs()).isEqualTo(10);
    assertThat(summary.charts()).isEqualTo(39);
    assertThat(summary.plays()).isEqualTo(1);
    assertThat(seen.subList(49, seen.size()))
        .containsExactly("player", "run", "play", "best", "profile", "photo", "raw+r");
    assertThat(String.join(",", seen)).doesNotContain("secret");
  }
}
