package dev.probe.core.domain.catalog;

import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SongKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Diving-Fish {@code music_data} array (CN): one element per (song, type); ids ≥ 100000 are
 * utage (two charts for a Buddy utage, one chart id for the pair as NET shows it).
 */
final class DivingFishCatalog {

  static final String FORMAT = "diving-fish";
  private static final int UTAGE_IDS = 100_000;

  private DivingFishCatalog() {}

  static CatalogData map(JsonNode root, GameVersion constantsVersion) {
    SongKeys keys = new SongKeys();
    Map<SongKey, Song> songs = new LinkedHashMap<>();
    List<Chart> charts = new ArrayList<>();
    for (JsonNode entry : root.array()) {
      entry(entry, constantsVersion, keys, songs, charts);
    }
    return new CatalogData(FORMAT, new ArrayList<>(songs.values()), charts);
  }

  private static void entry(
      JsonNode e,
      GameVersion constantsVersion,
      SongKeys keys,
      Map<SongKey, Song> songs,
      List<Chart> charts) {
    int id = id(e.get("id"));
    String title = e.get("title").string();
    if (title.isEmpty()) {
      throw e.get("title").error("a song needs a title");
    }
    ChartType type = type(e.get("type"));
    JsonNode info = e.get("basic_info");
    String genre = info.get("genre").string();
    JsonNode from = info.get("from");
    GameVersion version =
        VersionNames.of(from.string())
            .orElseThrow(() -> from.error("unknown version \"" + from.string() + "\""));
    boolean isNew = info.opt("is_new").map(JsonNode::bool).orElse(false);
    List<JsonNode> ds = e.get("ds").array();
    List<JsonNode> levels = e.get("level").array();
    List<JsonNode> chartList = e.get("charts").array();
    if (ds.isEmpty() || levels.size() != ds.size() || chartList.size() != ds.size()) {
      throw e.error("\"ds\", \"level\" and \"charts\" must be equally long and not empty");
    }
    boolean utage = id >= UTAGE_IDS;
    SongKey key =
        utage
            ? keys.utage(title, levels.get(0).string(), ds.size() == 2)
            : keys.of(title, genre, type);
    songs.putIfAbsent(
        key,
        new Song(
            key,
            info.get("artist").string(),
            genre,
            version,
            info.opt("bpm").map(JsonNode::intValue).orElse(0)));
    if (utage) {
      charts.add(utageChart(key, levels, chartList, version, isNew));
      return;
    }
    if (ds.size() > 5) {
      throw e.get("ds").error("at most five charts (BASIC … Re:MASTER), found " + ds.size());
    }
    for (int i = 0; i < ds.size(); i++) {
      Difficulty difficulty = Difficulty.values()[i];
      charts.add(
          new Chart(
              new ChartId(key, type, difficulty),
              levels.get(i).string(),
              notes(chartList.get(i).get("notes"), type),
              version,
              Map.of(constantsVersion, constant(ds.get(i))),
              isNew,
              false));
    }
  }

  /**
   * A utage (or both sides of a Buddy) as the one chart NET shows; its "?" level is no constant.
   */
  private static Chart utageChart(
      SongKey key,
      List<JsonNode> levels,
      List<JsonNode> chartList,
      GameVersion version,
      boolean isNew) {
    NoteCounts sum = NoteCounts.UNKNOWN;
    for (JsonNode c : chartList) {
      NoteCounts n = notes(c.get("notes"), ChartType.DX);
      sum =
          new NoteCounts(
              sum.tap() + n.tap(),
              sum.hold() + n.hold(),
              sum.slide() + n.slide(),
              sum.touch() + n.touch(),
              sum.breaks() + n.breaks());
    }
    return new Chart(
        new ChartId(key, ChartType.DX, Difficulty.UTAGE),
        levels.get(0).string(),
        sum,
        version,
        Map.of(),
        isNew,
        false);
  }

  /** SD: [tap, hold, slide, break]; DX: [tap, hold, slide, touch, break]. */
  static NoteCounts notes(JsonNode node, ChartType type) {
    List<JsonNode> n = node.array();
    int expected = type == ChartType.STD ? 4 : 5;
    if (n.size() != expected) {
      throw node.error(
          (type == ChartType.STD ? "SD" : "DX")
              + " notes are "
              + expected
              + " numbers, found "
              + n.size());
    }
    int[] v = new int[n.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = n.get(i).intValue();
      if (v[i] < 0) {
        throw n.get(i).error("a note count cannot be negative");
      }
    }
    return type == ChartType.STD
        ? new NoteCounts(v[0], v[1], v[2], 0, v[3])
        : new NoteCounts(v[0], v[1], v[2], v[3], v[4]);
  }

  static InternalLevel constant(JsonNode node) {
    BigDecimal tenths = node.number().movePointRight(1);
    try {
      int t = tenths.intValueExact();
      if (t < 10 || t > 160) {
        throw node.error("a constant lies between 1.0 and 16.0, found " + node.number());
      }
      return InternalLevel.exact(t);
    } catch (ArithmeticException e) {
      throw node.error("a constant has one decimal, found " + node.number());
    }
  }

  private static int id(JsonNode node) {
    if (node.value() instanceof String s) {
      if (!s.matches("\\d{1,9}")) {
        throw node.error("an id is digits, found \"" + s + "\"");
      }
      return Integer.parseInt(s);
    }
    return node.intValue();
  }

  private static ChartType type(JsonNode node) {
    switch (node.string()) {
      case "SD":
        return ChartType.STD;
      case "DX":
        return ChartType.DX;
      default:
        throw node.error("type is \"SD\" or \"DX\", found \"" + node.string() + "\"");
    }
  }
}
