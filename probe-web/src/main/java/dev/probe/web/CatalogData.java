package dev.probe.web;

import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SongKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole catalogue with the player's bests as compact arrays, so ~6,000 charts fit in well under
 * 100 kB compressed; the page's script renders and searches them. Layout (also the JSON of {@code
 * /api/charts}): {@code songs[i] = [title, variant, artist, genre#, charts]} and {@code charts[j] =
 * [type#, difficulty#, level, constant×10 or -1, estimated 0/1, version#, best achievement or -1,
 * FC/AP label]}, where {@code #} indexes the lookup lists.
 */
record CatalogData(
    List<String> types,
    List<String> diffs,
    List<String> genres,
    List<String> versions,
    List<List<Object>> songs,
    int chartCount) {

  static CatalogData of(List<Song> songs, List<Chart> charts, Map<ChartId, BestScore> bests) {
    Map<SongKey, Song> songByKey = new LinkedHashMap<>();
    songs.forEach(s -> songByKey.put(s.key(), s));
    Map<SongKey, List<Chart>> bySong = new TreeMap<>();
    charts.forEach(c -> bySong.computeIfAbsent(c.id().song(), k -> new ArrayList<>()).add(c));
    List<String> genres = new ArrayList<>();
    Map<String, Integer> genreIndex = new LinkedHashMap<>();
    GameVersion latest = GameVersion.values()[GameVersion.values().length - 1];
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<SongKey, List<Chart>> e : bySong.entrySet()) {
      Song song = songByKey.get(e.getKey());
      String genre = song == null ? "" : song.genre();
      Integer g =
          genreIndex.computeIfAbsent(
              genre,
              x -> {
                genres.add(x);
                return genres.size() - 1;
              });
      List<List<Object>> chartRows = new ArrayList<>();
      e.getValue().sort((a, b) -> a.id().compareTo(b.id()));
      for (Chart c : e.getValue()) {
        InternalLevel constant = c.constantIn(latest).orElse(null);
        BestScore best = bests.get(c.id());
        chartRows.add(
            List.of(
                c.id().type().ordinal(),
                c.id().difficulty().ordinal(),
                c.level(),
                constant == null ? -1 : constant.tenths(),
                constant != null && constant.estimated() ? 1 : 0,
                c.addedIn() == null ? 0 : c.addedIn().ordinal(),
                best == null ? -1 : best.best().achievement().value(),
                best == null ? "" : best.best().combo().label()));
      }
      rows.add(
          List.of(
              e.getKey().title(),
              e.getKey().variant(),
              song == null ? "" : song.artist(),
              g,
              chartRows));
    }
    List<String> versions = new ArrayList<>();
    for (GameVersion v : GameVersion.values()) {
      versions.add(v.label());
    }
    List<String> types = new ArrayList<>();
    for (ChartType t : ChartType.values()) {
      types.add(t.name());
    }
    List<String> diffs = new ArrayList<>();
    for (Difficulty d : Difficulty.values()) {
      diffs.add(d.name());
    }
    return new CatalogData(types, diffs, genres, versions, rows, charts.size());
  }

  /** The data as the page embeds it. */
  String json() {
    return Json.write(this);
  }
}
