package dev.probe.app.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.probe.core.application.port.in.ScoreRow;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import java.util.List;

/**
 * The body of Diving-Fish's {@code POST /player/update_records}: {@code [{achievements, dxScore,
 * fc, fs, level_index, title, type}]}. The niconico "Link" is written {@code Link(CoF)} as
 * Diving-Fish names it; utage charts go as {@code DX} with level_index 0.
 */
final class DivingFishJsonWriter implements ScoreWriter {

  @Override
  public String write(List<ScoreRow> rows, WriteReport report) {
    ArrayNode out = JsonRecords.MAPPER.createArrayNode();
    for (ScoreRow row : rows) {
      ChartId id = row.chartId();
      ObjectNode r = out.addObject();
      r.put("achievements", Values.percent(row.best().achievement()));
      r.put("dxScore", row.best().dxScore().score());
      r.put("fc", row.best().combo().key());
      r.put("fs", Values.trackerSyncKey(row.best().sync()));
      r.put("level_index", id.difficulty() == Difficulty.UTAGE ? 0 : id.difficulty().netIndex());
      r.put("title", catalogueTitle(id));
      r.put("type", id.type() == ChartType.STD ? "SD" : "DX");
      report.written();
    }
    return Json.pretty(out);
  }

  static String catalogueTitle(ChartId id) {
    return id.song().title().equals("Link") && id.song().variant().equals("niconico")
        ? "Link(CoF)"
        : id.song().title();
  }
}
