package dev.probe.web;

import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.SongKey;
import dev.probe.core.domain.view.ChartInfo;
import dev.probe.core.domain.view.ChartListItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  static CatalogData of(List<ChartListItem> items) {
    Map<SongKey, List<ChartListItem>> bySong = new LinkedHashMap<>();
    items.forEach(
        i -> bySong.computeIfAbsent(i.chart().id().song(), k -> new ArrayList<>()).add(i));
    List<String> genres = new ArrayList<>();
    Map<String, Integer> genreIndex = new LinkedHashMap<>();
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<SongKey, List<ChartListItem>> e : bySong.entrySet()) {
      ChartInfo first = e.getValue().get(0).chart();
      Integer g =
          genreIndex.computeIfAbsent(
              first.genre(),
              x -> {
                genres.add(x);
                return genres.size() - 1;
              });
      List<List<Object>> charts = new ArrayList<>();
      for (ChartListItem item : e.getValue()) {
        ChartInfo c = item.chart();
        InternalLevel constant = c.constant();
        charts.add(
            List.of(
                c.type().ordinal(),
                c.difficulty().ordinal(),
                c.level(),
                constant == null ? -1 : constant.tenths(),
                c.constantEstimated() ? 1 : 0,
                c.version() == null ? 0 : c.version().ordinal(),
                item.best() == null ? -1 : item.best().best().achievement().value(),
                item.best() == null ? "" : item.best().best().combo().label()));
      }
      rows.add(List.of(first.title(), e.getKey().variant(), first.artist(), g, charts));
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
    return new CatalogData(types, diffs, genres, versions, rows, items.size());
  }

  /** The data as the page embeds it. */
  String json() {
    return Json.write(this);
  }
}
