package dev.probe.app;

import static dev.probe.app.PageJson.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.probe.core.domain.Count;
import dev.probe.core.domain.JudgementRow;
import dev.probe.core.domain.NoteType;
import dev.probe.core.domain.PlayDetail;
import dev.probe.core.domain.page.MusicDetailChart;
import dev.probe.core.domain.page.MusicDetailPage;
import dev.probe.core.domain.page.PhotoAlbumPage;
import dev.probe.core.domain.page.PhotoEntry;

/** JSON of the detail-rich pages: play detail, music detail and the photo album. */
final class DetailJson {

  private DetailJson() {}

  static ObjectNode detail(PlayDetail d) {
    ObjectNode n = JSON.objectNode();
    n.put("venue", d.venue());
    n.put("fast", d.fast());
    n.put("late", d.late());
    ObjectNode judgements = n.putObject("judgements");
    for (NoteType type : NoteType.values()) {
      JudgementRow row = d.judgements().row(type);
      ArrayNode cells = judgements.putArray(type.name());
      for (Integer v :
          new Integer[] {
            row.criticalPerfect(), row.perfect(), row.great(), row.good(), row.miss()
          }) {
        cells.add(v == null ? JSON.nullNode() : JSON.numberNode(v));
      }
    }
    n.set("maxCombo", count(d.maxCombo()));
    n.set("maxSync", count(d.maxSync()));
    n.set("life", count(d.life()));
    n.put("ratingAfter", d.ratingAfter());
    n.put("ratingChange", d.ratingChange());
    ArrayNode partners = n.putArray("partners");
    d.partners()
        .forEach(
            p ->
                partners
                    .addObject()
                    .put("image", p.image())
                    .put("level", p.level())
                    .put("stars", p.stars()));
    ArrayNode coPlayers = n.putArray("coPlayers");
    d.coPlayers()
        .forEach(
            c ->
                coPlayers
                    .addObject()
                    .put("name", c.name())
                    .put("difficulty", c.difficulty().name()));
    if (d.opponent() == null) {
      n.putNull("opponent");
    } else {
      n.putObject("opponent")
          .put("kind", d.opponent().kind())
          .put("won", d.opponent().won())
          .put("name", d.opponent().name())
          .put(
              "achievement",
              d.opponent().achievement() == null ? null : d.opponent().achievement().format());
    }
    return n;
  }

  static void musicDetail(MusicDetailPage page, ObjectNode line) {
    line.put("title", page.title());
    line.put("artist", page.artist());
    line.put("genre", page.genre());
    line.put("chartType", page.type().name());
    line.put("jacket", page.jacket());
    ArrayNode charts = line.putArray("charts");
    for (MusicDetailChart c : page.charts()) {
      ObjectNode n = charts.addObject();
      n.put("difficulty", c.difficulty().name());
      n.put("level", c.level());
      PageJson.result(c.result(), n);
      n.put("lastPlayed", c.lastPlayed() == null ? null : c.lastPlayed().toString());
      n.put("playCount", c.playCount());
    }
  }

  static void album(PhotoAlbumPage page, ObjectNode line) {
    ArrayNode photos = line.putArray("photos");
    for (PhotoEntry p : page.photos()) {
      photos
          .addObject()
          .put("takenAt", PageJson.at(p.takenAt(), page.region()))
          .put("title", p.chart().title())
          .put("difficulty", p.chart().difficulty().name())
          .put("chartType", p.chart().type().name())
          .put("imageUrl", p.imageUrl());
    }
  }

  private static ObjectNode count(Count c) {
    return c == null ? null : JSON.objectNode().put("value", c.value()).put("total", c.total());
  }
}
