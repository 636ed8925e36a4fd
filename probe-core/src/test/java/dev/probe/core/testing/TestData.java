package dev.probe.core.testing;

import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Count;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.JudgementRow;
import dev.probe.core.domain.JudgementTable;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.NoteType;
import dev.probe.core.domain.Photo;
import dev.probe.core.domain.PlayDetail;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.SyncSource;
import dev.probe.core.domain.SyncStatus;
import dev.probe.core.domain.page.UserBlock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small, readable test data: players, charts, plays, snapshots, runs, pages and photos. */
public final class TestData {

  public static final PlayerId ME = new PlayerId("me");
  public static final PlayerId SISTER = new PlayerId("sister");

  private TestData() {}

  public static Player player(PlayerId id, Region region) {
    return new Player(id, region, "ＰＲＯＢＥ", "");
  }

  public static Instant at(String isoInstant) {
    return Instant.parse(isoInstant);
  }

  /** A DX MASTER chart of level {@code 13}. */
  public static ChartRef chart(String title) {
    return chart(title, Difficulty.MASTER, "13");
  }

  public static ChartRef chart(String title, Difficulty difficulty, String level) {
    return ChartRef.of(title, ChartType.DX, difficulty, level);
  }

  /** A play of {@code chart} at the given ISO instant; refine it with the builder. */
  public static PlayBuilder play(ChartRef chart, String isoInstant) {
    return new PlayBuilder(chart, Instant.parse(isoInstant));
  }

  public static PlayBuilder play(ChartRef chart, Instant at) {
    return new PlayBuilder(chart, at);
  }

  /** A minimal but complete detail page: all TAP critical perfects. */
  public static PlayDetail detail() {
    JudgementTable table =
        new JudgementTable(Map.of(NoteType.TAP, new JudgementRow(500, 0, 0, 0, 0)));
    return new PlayDetail(
        "Sample Arcade",
        List.of(),
        0,
        0,
        table,
        new Count(500, 500),
        null,
        0,
        0,
        List.of(),
        null,
        null);
  }

  /** A catalogue chart for a page's chart, with one exact constant in {@code version}. */
  public static Chart catalogChart(
      ChartRef ref, GameVersion addedIn, GameVersion version, int constantTenths) {
    return new Chart(
        ChartIds.of(ref),
        ref.level(),
        new NoteCounts(400, 50, 40, 10, 20),
        addedIn,
        Map.of(version, InternalLevel.exact(constantTenths)),
        false,
        false);
  }

  public static Song song(String title, GameVersion version) {
    return new Song(ChartIds.of(chart(title)).song(), "Sample Artist", "maimai", version, 150);
  }

  public static UserBlock user(int rating) {
    return new UserBlock("ＰＲＯＢＥ", rating, "rating_base_rainbow", 100, "", "", "", "", "");
  }

  public static ProfileSnapshot snapshot(
      PlayerId player, Instant at, int rating, int playCountTotal) {
    return new ProfileSnapshot(
        player,
        at,
        user(rating),
        playCountTotal < 0 ? -1 : 10,
        playCountTotal,
        Map.of("sssp", new Count(1, 100)));
  }

  public static SyncRun run(PlayerId player, Instant startedAt) {
    return SyncRun.started(player, SyncSource.NET, startedAt);
  }

  public static SyncRun finished(SyncRun started, long id, Instant at, int newPlays) {
    return new SyncRun(
        id,
        started.player(),
        started.source(),
        started.startedAt(),
        at,
        SyncStatus.DONE,
        3,
        newPlays,
        0,
        null,
        null,
        -1,
        -1,
        "",
        "");
  }

  /** A page of the given UTF-8 text fetched from a region's NET path. */
  public static RawPage page(String path, Instant fetchedAt, String body) {
    return new RawPage(
        URI.create("https://maimaidx.jp/maimai-mobile/" + path),
        fetchedAt,
        body.getBytes(StandardCharsets.UTF_8));
  }

  public static Photo photo(PlayerId player, Instant takenAt, ChartRef chart) {
    return new Photo(player, takenAt, chart, "https://maimaidx.jp/photo/" + takenAt, "");
  }
}
