package dev.probe.app.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.probe.core.application.port.in.ScoreRow;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.SyncFlag;
import java.util.List;

/**
 * LXNS's upload body {@code {scores: [{song_name, type, level_index, achievements, fc, fs,
 * dx_score, play_time}]}}. LXNS names songs by its own numeric {@code id}, which probe's catalogue
 * does not hold; songs go by {@code song_name} instead.
 */
final class LxnsJsonWriter implements ScoreWriter {

  @Override
  public String write(List<ScoreRow> rows, WriteReport report) {
    ObjectNode root = JsonRecords.MAPPER.createObjectNode();
    ArrayNode scores = root.putArray("scores");
    for (ScoreRow row : rows) {
      ChartId id = row.chartId();
      ObjectNode s = scores.addObject();
      s.put("song_name", id.song().title());
      s.put("type", type(id));
      s.put("level_index", id.difficulty() == Difficulty.UTAGE ? 0 : id.difficulty().netIndex());
      if (id.difficulty() == Difficulty.UTAGE) {
        s.put("level", id.song().variant().replace(":buddy", ""));
      }
      s.put("achievements", Values.percent(row.best().achievement()));
      ComboFlag fc = row.best().combo();
      SyncFlag fs = row.best().sync();
      if (fc == ComboFlag.NONE) {
        s.putNull("fc");
      } else {
        s.put("fc", fc.key());
      }
      if (fs == SyncFlag.NONE) {
        s.putNull("fs");
      } else {
        s.put("fs", Values.trackerSyncKey(fs));
      }
      s.put("dx_score", row.best().dxScore().score());
      s.put("play_time", row.achievedAt().toString());
      if (id.song().title().equals("Link") && !id.song().variant().isEmpty()) {
        report.leftOut(
            "the niconico 'Link' is written as 'Link'; LXNS tells the two apart only by its song id");
      }
      report.written();
    }
    return Json.pretty(root);
  }

  private static String type(ChartId id) {
    if (id.difficulty() == Difficulty.UTAGE) {
      return "utage";
    }
    return id.type() == ChartType.STD ? "standard" : "dx";
  }
}
