package dev.probe.store;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Count;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.Photo;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.RawPageRef;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SongKey;
import dev.probe.core.domain.SyncFlag;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.SyncSource;
import dev.probe.core.domain.SyncStatus;
import dev.probe.core.domain.page.UserBlock;
import java.net.URI;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the lines {@link ArchiveJson} writes. A malformed line fails with its file and number. */
final class ArchiveJsonReader {

  private ArchiveJsonReader() {}

  static Player player(Map<String, Object> m) {
    return new Player(
        new PlayerId(s(m, "id")), Region.valueOf(s(m, "region")), s(m, "name"), s(m, "friendCode"));
  }

  static Song song(Map<String, Object> m) {
    return new Song(
        new SongKey(s(m, "title"), s(m, "variant")),
        s(m, "artist"),
        s(m, "genre"),
        GameVersion.valueOf(s(m, "version")),
        i(m, "bpm"));
  }

  static Chart chart(Map<String, Object> m) {
    List<Object> n = Json.array(m.get("notes"));
    Map<GameVersion, InternalLevel> constants = new EnumMap<>(GameVersion.class);
    Json.object(m.get("constants"))
        .forEach(
            (v, l) -> {
              List<Object> a = Json.array(l);
              constants.put(
                  GameVersion.valueOf(v),
                  new InternalLevel(Json.integer(a.get(0)), (Boolean) a.get(1)));
            });
    return new Chart(
        ChartId.parse(s(m, "id")),
        s(m, "level"),
        new NoteCounts(
            Json.integer(n.get(0)),
            Json.integer(n.get(1)),
            Json.integer(n.get(2)),
            Json.integer(n.get(3)),
            Json.integer(n.get(4))),
        GameVersion.valueOf(s(m, "addedIn")),
        constants,
        (Boolean) m.get("providerNew"),
        (Boolean) m.get("removed"));
  }

  static SyncRun syncRun(Map<String, Object> m) {
    return new SyncRun(
        ((Number) m.get("id")).longValue(),
        new PlayerId(s(m, "player")),
        SyncSource.valueOf(s(m, "source")),
        t(m, "startedAt"),
        t(m, "finishedAt"),
        SyncStatus.valueOf(s(m, "status")),
        i(m, "pages"),
        i(m, "newPlays"),
        i(m, "lostPlays"),
        t(m, "lostFrom"),
        t(m, "lostTo"),
        i(m, "playCountBefore"),
        i(m, "playCountAfter"),
        s(m, "errorKind"),
        s(m, "errorMessage"));
  }

  static Play play(Map<String, Object> m) {
    Object detail = m.get("detail");
    return new Play(
        new PlayerId(s(m, "player")),
        new PlayKey(s(m, "key")),
        ChartId.parse(s(m, "chartId")),
        ref(m.get("chart")),
        i(m, "track"),
        t(m, "playedAt"),
        result(m.get("result")),
        (Boolean) m.get("achievementNewRecord"),
        (Boolean) m.get("dxScoreNewRecord"),
        i(m, "place"),
        s(m, "detailIdx"),
        detail == null ? null : DetailJson.fromMap(Json.object(detail)));
  }

  static ProfileSnapshot profile(Map<String, Object> m) {
    List<Object> u = Json.array(m.get("user"));
    Map<String, Count> counters = new TreeMap<>();
    Json.object(m.get("counters"))
        .forEach(
            (k, v) -> {
              List<Object> a = Json.array(v);
              counters.put(k, new Count(Json.integer(a.get(0)), Json.integer(a.get(1))));
            });
    return new ProfileSnapshot(
        new PlayerId(s(m, "player")),
        t(m, "takenAt"),
        new UserBlock(
            (String) u.get(0),
            Json.integer(u.get(1)),
            (String) u.get(2),
            Json.integer(u.get(3)),
            (String) u.get(4),
            (String) u.get(5),
            (String) u.get(6),
            (String) u.get(7),
            (String) u.get(8)),
        i(m, "playCountVersion"),
        i(m, "playCountTotal"),
        counters);
  }

  static Photo photo(Map<String, Object> m) {
    return new Photo(
        new PlayerId(s(m, "player")),
        t(m, "takenAt"),
        ref(m.get("chart")),
        s(m, "imageUrl"),
        s(m, "imageSha256"));
  }

  static RawPageRef rawPage(Map<String, Object> m) {
    return new RawPageRef(
        s(m, "sha256"),
        new PlayerId(s(m, "player")),
        ((Number) m.get("syncRunId")).longValue(),
        URI.create(s(m, "url")),
        t(m, "fetchedAt"),
        i(m, "size"));
  }

  static ChartRef ref(Object value) {
    List<Object> a = Json.array(value);
    return new ChartRef(
        (String) a.get(0),
        ChartType.valueOf((String) a.get(1)),
        Difficulty.valueOf((String) a.get(2)),
        (String) a.get(3),
        (String) a.get(4),
        (String) a.get(5),
        (String) a.get(6));
  }

  static PlayResult result(Object value) {
    List<Object> a = Json.array(value);
    return new PlayResult(
        new Achievement(Json.integer(a.get(0))),
        Rank.valueOf((String) a.get(1)),
        new DxScore(Json.integer(a.get(2)), Json.integer(a.get(3))),
        ComboFlag.valueOf((String) a.get(4)),
        SyncFlag.valueOf((String) a.get(5)));
  }

  static String s(Map<String, Object> m, String name) {
    return (String) m.get(name);
  }

  static Instant t(Map<String, Object> m, String name) {
    Object v = m.get(name);
    return v == null ? null : Instant.parse((String) v);
  }

  private static int i(Map<String, Object> m, String name) {
    return Json.integer(m.get(name));
  }
}
