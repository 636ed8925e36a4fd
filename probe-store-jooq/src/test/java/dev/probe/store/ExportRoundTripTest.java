package dev.probe.store;

import static dev.probe.store.TestPlays.ME;
import static dev.probe.store.TestPlays.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.Photo;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SongKey;
import dev.probe.core.domain.SyncFlag;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.SyncSource;
import dev.probe.core.domain.page.UserBlock;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRoundTripTest {

  @TempDir Path tmp;

  /** An archive with something of every kind (and odd values: U+3000, quotes, nulls). */
  static void fill(PostgresArchive a) {
    PlayerId sister = new PlayerId("sister");
    a.players().savePlayer(new Player(ME, Region.JP, "ＭＥ", "123456"));
    a.players().savePlayer(new Player(sister, Region.CN, "", ""));
    a.catalog()
        .saveCatalog(
            List.of(new Song(SongKey.of("　"), "a\"rtist", "maimai", GameVersion.FINALE, 0)),
            List.of(
                new Chart(
                    TestPlays.chart("　"),
                    "14",
                    new NoteCounts(1, 2, 3, 4, 5),
                    GameVersion.FINALE,
                    Map.of(GameVersion.PRISM, InternalLevel.exact(140)),
                    false,
                    true)));
    long run = a.syncRuns().startRun(SyncRun.started(ME, SyncSource.IMPORT, T0));
    List<Play> plays = new ArrayList<>(TestPlays.many(ME, 1200));
    plays.set(3, plays.get(3).withDetail(TestPlays.detail()));
    a.savePlays().savePlays(run, plays);
    a.savePlays().savePlays(run + 5, TestPlays.many(sister, 3));
    a.scoreLists()
        .saveListedScores(
            ME,
            T0,
            Map.of(
                TestPlays.chart("Old"),
                new PlayResult(
                    new Achievement(1_003_000),
                    Rank.SSS,
                    new DxScore(1, 2),
                    ComboFlag.AP,
                    SyncFlag.FDXP)));
    a.profiles()
        .saveSnapshot(
            new ProfileSnapshot(
                ME,
                T0,
                new UserBlock("ＭＥ", 1, "f", 2, "t", "Gold", "i", "c", "k"),
                -1,
                -1,
                Map.of()));
    a.photos()
        .savePhotos(List.of(new Photo(ME, T0, TestPlays.ref("P", Difficulty.BASIC), "u", "")));
    byte[] body = "<html>page</html>".getBytes(StandardCharsets.UTF_8);
    a.rawPages().saveRawPage(ME, run, new RawPage(URI.create("file:/a.html"), T0, body));
    a.rawPages()
        .saveRawPage(ME, run, new RawPage(URI.create("file:/b.html"), T0.plusSeconds(1), body));
    a.netSessions().saveSession(new NetSession(ME, Region.JP, Map.of("_t", "secret"), T0));
  }

  @Test
  void exportImportExportGivesTheSameFilesAndTheSameArchive() throws IOException {
    PostgresArchive source = new PostgresArchive(TestDatabase.freshSchema());
    fill(source);
    Path first = tmp.resolve("first");
    Map<String, Long> written = source.exportTo(first);
    assertThat(written).containsEntry("plays", 1203L).containsEntry("raw_bodies", 1L);
    assertThat(PostgresArchive.isExport(first)).isTrue();
    assertThat(Files.readString(first.resolve("plays.jsonl"))).doesNotContain("secret");

    PostgresArchive copy = new PostgresArchive(TestDatabase.freshSchema());
    copy.importFrom(first);
    Path second = tmp.resolve("second");
    copy.exportTo(second);

    assertThat(files(second)).isEqualTo(files(first));
    for (Path f : files(first)) {
      assertThat(Files.readAllBytes(second.resolve(f)))
          .as(f.toString())
          .isEqualTo(Files.readAllBytes(first.resolve(f)));
    }
    PageRequest all = new PageRequest(1, 500);
    assertThat(copy.loadPlays().findPlays(ME, PlayFilter.ALL, all))
        .isEqualTo(source.loadPlays().findPlays(ME, PlayFilter.ALL, all));
    assertThat(copy.scoreLists().bestScores(ME, T0.plusSeconds(86_400)))
        .isEqualTo(source.scoreLists().bestScores(ME, T0.plusSeconds(86_400)));
    assertThat(copy.netSessions().loadSession(ME)).isEmpty();
    long next = copy.syncRuns().startRun(SyncRun.started(ME, SyncSource.NET, T0));
    assertThat(next).isGreaterThan(1);

    // importing again changes nothing
    copy.importFrom(first);
    assertThat(copy.loadPlays().countPlays(ME)).isEqualTo(1200);
  }

  @Test
  void aFolderWithoutManifestOrWithABadLineIsRefused() throws IOException {
    PostgresArchive archive = new PostgresArchive(TestDatabase.freshSchema());
    assertThatThrownBy(() -> archive.importFrom(tmp))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("not a probe export");
    Files.writeString(tmp.resolve("probe-export.json"), "{}");
    Files.writeString(tmp.resolve("players.jsonl"), "{\"id\":\"ok\",\"region\":\"XX\"}\n");
    assertThatThrownBy(() -> archive.importFrom(tmp))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("players.jsonl line 1");
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
    }
  }
}
