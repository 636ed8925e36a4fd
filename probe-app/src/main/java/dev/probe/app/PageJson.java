package dev.probe.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SyncFlag;
import dev.probe.core.domain.page.FriendCodePage;
import dev.probe.core.domain.page.HomePage;
import dev.probe.core.domain.page.MusicDetailPage;
import dev.probe.core.domain.page.NetPage;
import dev.probe.core.domain.page.PhotoAlbumPage;
import dev.probe.core.domain.page.PlayDetailPage;
import dev.probe.core.domain.page.PlayerDataPage;
import dev.probe.core.domain.page.RatingTargetPage;
import dev.probe.core.domain.page.RecordEntry;
import dev.probe.core.domain.page.RecordPage;
import dev.probe.core.domain.page.ScoreEntry;
import dev.probe.core.domain.page.ScoreListPage;
import dev.probe.core.domain.page.UserBlock;
import java.time.Instant;

/**
 * The JSON shape of {@code probe parse}: typed pages mapped field by field (never by reflection on
 * the core's records), so the shape stays what the documentation promises when the core changes.
 */
final class PageJson {

  static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private PageJson() {}

  /** {@code kind}, {@code region} and the page's content, into {@code line}. */
  static void page(NetPage page, ObjectNode line) {
    line.put("kind", page.kind().name());
    line.put("region", page.region().name());
    if (page instanceof RecordPage) {
      ArrayNode plays = line.putArray("plays");
      for (RecordEntry e : ((RecordPage) page).plays()) {
        plays.add(play(e, page.region()));
      }
    } else if (page instanceof PlayDetailPage) {
      PlayDetailPage detail = (PlayDetailPage) page;
      line.set("play", play(detail.play(), page.region()));
      line.set("detail", DetailJson.detail(detail.detail()));
    } else if (page instanceof ScoreListPage) {
      ScoreListPage list = (ScoreListPage) page;
      line.put("source", list.source());
      ArrayNode entries = line.putArray("entries");
      list.entries().forEach(e -> entries.add(score(e)));
    } else if (page instanceof RatingTargetPage) {
      RatingTargetPage target = (RatingTargetPage) page;
      line.set("player", player(target.player(), null, null));
      ArrayNode sections = line.putArray("sections");
      target
          .sections()
          .forEach(
              s -> {
                ObjectNode section = sections.addObject().put("name", s.name());
                ArrayNode entries = section.putArray("entries");
                s.entries().forEach(e -> entries.add(score(e)));
              });
    } else if (page instanceof PlayerDataPage) {
      PlayerDataPage data = (PlayerDataPage) page;
      line.set("player", player(data.player(), data.playCountTotal(), data.playCountVersion()));
      ObjectNode counters = line.putObject("counters");
      data.counters().entrySet().stream()
          .sorted(java.util.Map.Entry.comparingByKey())
          .forEach(
              c ->
                  counters
                      .putObject(c.getKey())
                      .put("value", c.getValue().value())
                      .put("total", c.getValue().total()));
    } else if (page instanceof HomePage) {
      line.set("player", player(((HomePage) page).player(), null, null));
    } else if (page instanceof FriendCodePage) {
      FriendCodePage friend = (FriendCodePage) page;
      line.put("friendCode", friend.friendCode());
      line.set("player", player(friend.player(), null, null));
    } else if (page instanceof MusicDetailPage) {
      DetailJson.musicDetail((MusicDetailPage) page, line);
    } else if (page instanceof PhotoAlbumPage) {
      DetailJson.album((PhotoAlbumPage) page, line);
    }
  }

  static ObjectNode play(RecordEntry e, Region region) {
    ObjectNode n = JSON.objectNode();
    n.put("track", e.track());
    n.put("playedAt", at(e.playedAt(), region));
    n.put("exactTime", e.exactTime());
    n.put("shownAt", e.shownAt().toString());
    n.put("detailIdx", e.detailIdx());
    n.put("title", e.chart().title());
    n.put("difficulty", e.chart().difficulty().name());
    n.put("chartType", e.chart().type().name());
    n.put("level", e.chart().level());
    n.put("jacket", e.chart().jacket());
    n.put("utageKind", e.chart().utageKind());
    result(e.result(), n);
    n.put("dxStars", e.dxStars());
    n.put("newRecord", e.achievementNewRecord() || e.dxScoreNewRecord());
    n.put("achievementNewRecord", e.achievementNewRecord());
    n.put("dxScoreNewRecord", e.dxScoreNewRecord());
    if (e.place() == 0) {
      n.putNull("place");
    } else {
      n.put("place", e.place());
    }
    n.put("vs", e.vsKind().isEmpty() ? null : e.vsKind() + (e.vsWon() ? ":win" : ":lose"));
    return n;
  }

  static ObjectNode score(ScoreEntry e) {
    ObjectNode n = JSON.objectNode();
    n.put("title", e.chart().title());
    n.put("genre", e.chart().genre());
    n.put("difficulty", e.chart().difficulty().name());
    n.put("chartType", e.chart().type().name());
    n.put("level", e.chart().level());
    n.put("utageKind", e.chart().utageKind());
    result(e.result(), n);
    n.put("detailIdx", e.detailIdx());
    return n;
  }

  /** achievement "100.5000", rank "SSS+", DX score, fc and sync (null when none or unplayed). */
  static void result(PlayResult r, ObjectNode n) {
    n.put("achievement", r == null ? null : r.achievement().format());
    n.put("rank", r == null ? null : r.rank().label());
    if (r == null || r.dxScore().max() == 0) {
      n.putNull("dxScore");
      n.putNull("dxScoreMax");
    } else {
      n.put("dxScore", r.dxScore().score());
      n.put("dxScoreMax", r.dxScore().max());
    }
    n.put("fc", r == null || r.combo() == ComboFlag.NONE ? null : r.combo().name());
    n.put("sync", r == null || r.sync() == SyncFlag.NONE ? null : r.sync().name());
  }

  static ObjectNode player(UserBlock u, Integer playCount, Integer playCountVersion) {
    ObjectNode n = JSON.objectNode();
    n.put("name", u.name());
    n.put("rating", u.rating());
    n.put("stars", u.stars());
    n.put("playCount", playCount);
    n.put("playCountVersion", playCountVersion);
    n.put("trophy", u.trophy());
    n.put("trophyKind", u.trophyKind());
    n.put("ratingFrame", u.ratingFrame());
    n.put("icon", u.icon());
    n.put("courseRank", u.courseRank());
    n.put("classRank", u.classRank());
    return n;
  }

  /**
   * ISO-8601 with the region's offset, as NET showed the time: {@code 2025-10-03T13:06:00+08:00}.
   */
  static String at(Instant instant, Region region) {
    return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        instant.atOffset(region.zone()));
  }
}
