package dev.probe.store;

import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.Photo;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.RawPageRef;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.page.UserBlock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The export's JSON shapes, one object per line, written from the core's records with stable field
 * order so that two exports of the same archive are byte for byte equal. {@link ArchiveJsonReader}
 * reads them back.
 */
final class ArchiveJson {

  private ArchiveJson() {}

  static String player(Player p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id().value());
    m.put("region", p.region().name());
    m.put("name", p.name());
    m.put("friendCode", p.friendCode());
    return Json.write(m);
  }

  static String song(Song s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", s.key().title());
    m.put("variant", s.key().variant());
    m.put("artist", s.artist());
    m.put("genre", s.genre());
    m.put("version", s.version().name());
    m.put("bpm", s.bpm());
    return Json.write(m);
  }

  static String chart(Chart c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id().asString());
    m.put("level", c.level());
    m.put(
        "notes",
        Arrays.asList(
            c.notes().tap(),
            c.notes().hold(),
            c.notes().slide(),
            c.notes().touch(),
            c.notes().breaks()));
    m.put("addedIn", c.addedIn().name());
    Map<String, Object> constants = new TreeMap<>();
    c.constants()
        .forEach((v, l) -> constants.put(v.name(), Arrays.asList(l.tenths(), l.estimated())));
    m.put("constants", constants);
    m.put("providerNew", c.providerNew());
    m.put("removed", c.removed());
    return Json.write(m);
  }

  static String syncRun(SyncRun r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("player", r.player().value());
    m.put("source", r.source().name());
    m.put("startedAt", time(r.startedAt()));
    m.put("finishedAt", time(r.finishedAt()));
    m.put("status", r.status().name());
    m.put("pages", r.pages());
    m.put("newPlays", r.newPlays());
    m.put("lostPlays", r.lostPlays());
    m.put("lostFrom", time(r.lostFrom()));
    m.put("lostTo", time(r.lostTo()));
    m.put("playCountBefore", r.playCountBefore());
    m.put("playCountAfter", r.playCountAfter());
    m.put("errorKind", r.errorKind());
    m.put("errorMessage", r.errorMessage());
    return Json.write(m);
  }

  /** A play, with the run that first saved it (so an import keeps "plays of a run"). */
  static String play(Play p, long firstRun) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("player", p.player().value());
    m.put("key", p.key().value());
    m.put("chartId", p.chartId().asString());
    m.put("chart", ref(p.chart()));
    m.put("track", p.track());
    m.put("playedAt", time(p.playedAt()));
    m.put("result", result(p.result()));
    m.put("achievementNewRecord", p.achievementNewRecord());
    m.put("dxScoreNewRecord", p.dxScoreNewRecord());
    m.put("place", p.place());
    m.put("detailIdx", p.detailIdx());
    m.put("detail", p.detail() == null ? null : DetailJson.toMap(p.detail()));
    m.put("firstRun", firstRun);
    return Json.write(m);
  }

  static String listedScore(String player, String chartId, Instant seenAt, PlayResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("player", player);
    m.put("chartId", chartId);
    m.put("seenAt", time(seenAt));
    m.put("result", result(r));
    return Json.write(m);
  }

  static String profile(ProfileSnapshot s) {
    UserBlock u = s.user();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("player", s.player().value());
    m.put("takenAt", time(s.takenAt()));
    m.put(
        "user",
        Arrays.asList(
            u.name(),
            u.rating(),
            u.ratingFrame(),
            u.stars(),
            u.trophy(),
            u.trophyKind(),
            u.icon(),
            u.courseRank(),
            u.classRank()));
    m.put("playCountVersion", s.playCountVersion());
    m.put("playCountTotal", s.playCountTotal());
    Map<String, Object> counters = new TreeMap<>();
    s.counters().forEach((k, c) -> counters.put(k, Arrays.asList(c.value(), c.total())));
    m.put("counters", counters);
    return Json.write(m);
  }

  static String photo(Photo p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("player", p.player().value());
    m.put("takenAt", time(p.takenAt()));
    m.put("chart", ref(p.chart()));
    m.put("imageUrl", p.imageUrl());
    m.put("imageSha256", p.imageSha256());
    return Json.write(m);
  }

  static String rawPage(RawPageRef r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sha256", r.sha256());
    m.put("player", r.player().value());
    m.put("syncRunId", r.syncRunId());
    m.put("url", r.url().toString());
    m.put("fetchedAt", time(r.fetchedAt()));
    m.put("size", r.size());
    return Json.write(m);
  }

  private static Object ref(ChartRef r) {
    return Arrays.asList(
        r.title(),
        r.type().name(),
        r.difficulty().name(),
        r.level(),
        r.jacket(),
        r.genre(),
        r.utageKind());
  }

  private static Object result(PlayResult r) {
    return Arrays.asList(
        r.achievement().value(),
        r.rank().name(),
        r.dxScore().score(),
        r.dxScore().max(),
        r.combo().name(),
        r.sync().name());
  }

  private static String time(Instant t) {
    return t == null ? null : t.toString();
  }
}
