package dev.probe.app.exchange;

import dev.probe.core.application.port.in.ImportedScore;
import java.util.ArrayList;
import java.util.List;

/**
 * LXNS score CSV: one score per row, columns named as the fields of LXNS's score object ({@code id,
 * song_name, type, level_index, achievements, fc, fs, dx_score, play_time, …}); other columns are
 * ignored.
 */
final class LxnsCsvReader implements ScoreReader {

  @Override
  public List<ImportedScore> read(String text, ReadContext context) {
    CsvTable table =
        CsvTable.parse(text, "LXNS CSV", List.of("type", "level_index", "achievements"));
    List<ImportedScore> rows = new ArrayList<>();
    for (Csv.Row row : table.rows()) {
      rows.add(LxnsScores.row(row.line(), table.fields(row), context));
    }
    return rows;
  }
}
