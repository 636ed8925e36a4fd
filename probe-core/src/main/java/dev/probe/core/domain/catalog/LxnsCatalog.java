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
import dev.probe.core.domain.rating.VersionCalendar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The LXNS song list (CN): one song with {@code standard}, {@code dx} and {@code utage} charts,
 * each with its own version id (SEGA's code, e.g. 25500). A {@code disabled} song is removed. LXNS
 * has no "new" flag: a chart is new when its version falls in the CN year being played.
 */
final class LxnsCatalog {

  static final String FORMAT = "lxns";

  private LxnsCatalog() {}

  static CatalogData map(JsonNode root, GameVersion current) {
    SongKeys keys = new SongKeys();
    List<Song> songs = new ArrayList<>();
    List<Chart> charts = new ArrayList<>();
    for (JsonNode s : root.get("songs").array()) {
      song(s, current, keys, songs, charts);
    }
    return new CatalogData(FORMAT, songs, charts);
  }

  private static void song(
      JsonNode s, GameVersion current, SongKeys keys, List<Song> songs, List<Chart> charts) {
    String title = s.get("title").string();
    if (title.isEmpty()) {
      throw s.get("title").error("a song needs a title");
    }
    String artist = s.opt("artist").map(JsonNode::string).orElse("");
    String genre = s.opt("genre").map(JsonNode::string).orElse("");
    int bpm = s.opt("bpm").map(JsonNode::intValue).orElse(0);
    GameVersion songVersion = version(s.get("version"));
    boolean removed = s.opt("disabled").map(JsonNode::bool).orElse(false);
    JsonNode difficulties = s.get("difficulties");
    for (ChartType type : ChartType.values()) {
      String member = type == ChartType.STD ? "standard" : "dx";
      List<JsonNode> list = difficulties.opt(member).map(JsonNode::array).orElse(List.of());
      if (list.isEmpty()) {
        continue;
      }
      SongKey key = keys.of(title, genre, type);
      songs.add(new Song(key, artist, genre, songVersion, bpm));
      for (JsonNode c : list) {
        charts.add(chart(c, key, type, songVersion, current, removed));
      }
    }
    for (JsonNode u : difficulties.opt("utage").map(JsonNode::array).orElse(List.of())) {
      String level = u.get("level").string();
      boolean buddy = u.opt("is_buddy").map(JsonNode::bool).orElse(false);
      SongKey key = keys.utage(title, level, buddy);
      songs.add(new Song(key, artist, genre, songVersion, bpm));
      GameVersion v = u.opt("version").map(LxnsCatalog::version).orElse(songVersion);
      charts.add(
          new Chart(
              new ChartId(key, ChartType.DX, Difficulty.UTAGE),
              level,
              utageNotes(u),
              v,
              Map.of(),
              false,
              removed));
    }
  }

  private static Chart chart(
      JsonNode c,
      SongKey key,
      ChartType type,
      GameVersion songVersion,
      GameVersion current,
      boolean removed) {
    JsonNode d = c.get("difficulty");
    int index = d.intValue();
    if (index < 0 || index > 4) {
      throw d.error("difficulty is 0 (BASIC) to 4 (Re:MASTER), found " + index);
    }
    GameVersion v = c.opt("version").map(LxnsCatalog::version).orElse(songVersion);
    Optional<InternalLevel> constant = c.opt("level_value").map(DivingFishCatalog::constant);
    return new Chart(
        new ChartId(key, type, Difficulty.values()[index]),
        c.get("level").string(),
        c.opt("notes").map(LxnsCatalog::notes).orElse(NoteCounts.UNKNOWN),
        v,
        constant.map(k -> Map.of(current, k)).orElse(Map.of()),
        VersionCalendar.sameCnYear(v, current),
        removed);
  }

  private static NoteCounts notes(JsonNode n) {
    return new NoteCounts(
        count(n, "tap"), count(n, "hold"), count(n, "slide"), count(n, "touch"), count(n, "break"));
  }

  /** A Buddy's notes are {@code {left, right}}: NET shows the pair, so they add up. */
  private static NoteCounts utageNotes(JsonNode u) {
    Optional<JsonNode> notes = u.opt("notes");
    if (notes.isEmpty()) {
      return NoteCounts.UNKNOWN;
    }
    JsonNode n = notes.get();
    if (n.opt("left").isPresent()) {
      NoteCounts l = notes(n.get("left"));
      NoteCounts r = notes(n.get("right"));
      return new NoteCounts(
          l.tap() + r.tap(),
          l.hold() + r.hold(),
          l.slide() + r.slide(),
          l.touch() + r.touch(),
          l.breaks() + r.breaks());
    }
    return notes(n);
  }

  private static int count(JsonNode notes, String name) {
    int v = notes.opt(name).map(JsonNode::intValue).orElse(0);
    if (v < 0) {
      throw notes.get(name).error("a note count cannot be negative");
    }
    return v;
  }

  private static GameVersion version(JsonNode node) {
    int code = node.intValue();
    return GameVersion.ofCode(code).orElseThrow(() -> node.error("unknown version id " + code));
  }
}
