package dev.probe.store;

import static dev.probe.store.TestPlays.ME;
import static dev.probe.store.TestPlays.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Count;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.Photo;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SongKey;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.SyncSource;
import dev.probe.core.domain.SyncStatus;
import dev.probe.core.domain.page.UserBlock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OtherPortsTest {

  private final PostgresArchive archive = new PostgresArchive(TestDatabase.freshSchema());

  @Test
  void players() {
    archive.players().savePlayer(new Player(ME, Region.CN, "", ""));
    archive.players().savePlayer(new Player(ME, Region.JP, "ＭＥ", "123"));
    assertThat(archive.players().listPlayers())
        .containsExactly(new Player(ME, Region.JP, "ＭＥ", "123"));
  }

  @Test
  void catalogMergesConstantsPerVersion() {
    Song song = new Song(SongKey.of("Link"), "someone", "maimai", GameVersion.MILK, 150);
    Chart chart =
        new Chart(
            TestPlays.chart("Link"),
            "13+",
            new NoteCounts(500, 50, 40, 30, 20),
            GameVersion.MILK,
            Map.of(GameVersion.PRISM, InternalLevel.exact(137)),
            false,
            false);
    archive.catalog().saveCatalog(List.of(song), List.of(chart));
    Chart later =
        new Chart(
            chart.id(),
            "13+",
            chart.notes(),
            GameVersion.MILK,
            Map.of(GameVersion.CIRCLE, new InternalLevel(138, true)),
            true,
            false);
    archive.catalog().saveCatalog(List.of(), List.of(later));

    Chart merged = archive.catalog().findChart(chart.id()).orElseThrow();
    assertThat(merged.constants())
        .isEqualTo(
            Map.of(
                GameVersion.PRISM,
                InternalLevel.exact(137),
                GameVersion.CIRCLE,
                new InternalLevel(138, true)));
    assertThat(merged.providerNew()).isTrue();
    assertThat(archive.catalog().allSongs()).containsExactly(song);
    assertThat(archive.catalog().findSong(new SongKey("Link", "niconico"))).isEmpty();
    assertThat(archive.catalog().allCharts()).containsExactly(merged);
  }

  @Test
  void profilesPhotosAndSessions() {
    ProfileSnapshot s =
        new ProfileSnapshot(
            ME,
            T0,
            new UserBlock(
                "ＭＥ", 15321, "rating_base_rainbow", 120, "称号", "Gold", "icon", "", "class"),
            100,
            2000,
            Map.of("sssp", new Count(3, 900)));
    archive.profiles().saveSnapshot(s);
    archive.profiles().saveSnapshot(s);
    assertThat(archive.profiles().history(ME)).containsExactly(s);
    assertThat(archive.profiles().latest(ME)).contains(s);

    Photo photo =
        new Photo(ME, T0, TestPlays.ref("Song", Difficulty.EXPERT), "https://x/photo.jpg", "");
    assertThat(archive.photos().savePhotos(List.of(photo, photo))).isEqualTo(1);
    assertThat(archive.photos().savePhotos(List.of(photo))).isZero();
    assertThat(archive.photos().photos(ME)).containsExactly(photo);

    NetSession session = new NetSession(ME, Region.JP, Map.of("userId", "secret", "_t", "t1"), T0);
    archive.netSessions().saveSession(session);
    archive.netSessions().saveSession(session.withCookies(Map.of("_t", "t2"), T0.plusSeconds(1)));
    assertThat(archive.netSessions().loadSession(ME).orElseThrow().cookies())
        .containsEntry("_t", "t2");
    archive.netSessions().deleteSession(ME);
    assertThat(archive.netSessions().loadSession(ME)).isEmpty();
  }

  @Test
  void rawPagesAreStoredOncePerBodyAndReadBackByteForByte() {
    byte[] body = "<html>ｍａｉｍａｉ\u0000</html>".repeat(100).getBytes(StandardCharsets.UTF_8);
    RawPage first = new RawPage(URI.create("https://maimaidx.jp/maimai-mobile/record/"), T0, body);
    RawPage again = new RawPage(first.url(), T0.plusSeconds(60), body);
    String sha = archive.rawPages().saveRawPage(ME, 1, first);
    assertThat(archive.rawPages().saveRawPage(ME, 2, again))
        .isEqualTo(sha)
        .isEqualTo(first.sha256());

    assertThat(archive.rawPages().loadRawPage(sha)).contains(first);
    assertThat(archive.rawPages().rawPages(ME)).hasSize(2);
    assertThat(
            archive.rawPages().latestRawPage(ME, first.url().toString()).orElseThrow().syncRunId())
        .isEqualTo(2);
    assertThat(archive.rawPages().loadRawPage("0".repeat(64))).isEmpty();
  }

  @Test
  void syncRuns() {
    long id = archive.syncRuns().startRun(SyncRun.started(ME, SyncSource.NET, T0));
    SyncRun done =
        new SyncRun(
            id,
            ME,
            SyncSource.NET,
            T0,
            T0.plusSeconds(30),
            SyncStatus.DONE,
            12,
            3,
            1,
            T0.minusSeconds(99),
            T0,
            10,
            14,
            "",
            "");
    archive.syncRuns().finishRun(done);
    long running =
        archive.syncRuns().startRun(SyncRun.started(ME, SyncSource.IMPORT, T0.plusSeconds(60)));

    assertThat(archive.syncRuns().findRun(id)).contains(done);
    assertThat(archive.syncRuns().latestFinished(ME)).contains(done);
    assertThat(archive.syncRuns().runs(ME, new PageRequest(1, 1)).items())
        .extracting(SyncRun::id)
        .containsExactly(running);
    assertThat(archive.syncRuns().runs(ME, new PageRequest(1, 1)).total()).isEqualTo(2);
    assertThat(ChartType.DX).isNotNull();
  }
}
