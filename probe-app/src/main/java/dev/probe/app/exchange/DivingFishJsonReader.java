package dev.probe.app.exchange;

import dev.probe.app.exchange.JsonRecords.Located;
import dev.probe.core.application.port.in.ImportedScore;
import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.ProbeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Diving-Fish {@code /player/records} responses ({@code {records: [...]}}) and {@code
 * update_records} bodies (a bare array). Charts are named by title, {@code type} SD/DX and {@code
 * level_index}; a {@code song_id} of 100000 or more is a utage chart. No dates: rows get the import
 * time.
 */
final class DivingFishJsonReader implements ScoreReader {

  static final int UTAGE_IDS = 100_000;

  @Override
  public List<ImportedScore> read(String text, ReadContext context) {
    List<ImportedScore> rows = new ArrayList<>();
    for (Located r : JsonRecords.read(text, Set.of("records"), "Diving-Fish records")) {
      String title = JsonRecords.required(r, "title");
      ChartType type = type(JsonRecords.required(r, "type"), r.line());
      int index = Values.integer(JsonRecords.required(r, "level_index"), r.line(), "level_index");
      String songId = JsonRecords.text(r.node(), "song_id");
      boolean utage = !songId.isEmpty() && Values.integer(songId, r.line(), "song_id") >= UTAGE_IDS;
      Difficulty difficulty = utage ? Difficulty.UTAGE : Values.levelIndex(index, r.line());
      String level = JsonRecords.text(r.node(), "level");
      ChartId chart = context.charts().resolve(title, type, difficulty, level);
      Achievement achievement =
          Values.achievement(JsonRecords.required(r, "achievements"), r.line());
      String dx = JsonRecords.text(r.node(), "dxScore");
      rows.add(
          Rows.score(
              r.line(),
              "'" + title + "' " + type.name() + " " + difficulty.label(),
              chart,
              achievement,
              Values.rank(JsonRecords.text(r.node(), "rate"), achievement, r.line()),
              dx.isEmpty() ? 0 : Values.integer(dx, r.line(), "dxScore"),
              Values.combo(JsonRecords.text(r.node(), "fc"), r.line()),
              Values.sync(JsonRecords.text(r.node(), "fs"), r.line()),
              context.importedAt()));
    }
    return rows;
  }

  static ChartType type(String text, int line) {
    switch (text) {
      case "SD":
        return ChartType.STD;
      case "DX":
        return ChartType.DX;
      default:
        throw ProbeException.invalid(
            "line "
                + line
                + ": the chart type is 'SD' or 'DX' in Diving-Fish files, not '"
                + text
                + "'");
    }
  }
}
