package dev.probe.app.exchange;

import dev.probe.core.application.port.in.ImportedScore;
import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.ProbeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CSV the Diving-Fish site exports, one file per chart type ({@code 标准乐谱.csv}, {@code DX
 * 乐谱.csv}), UTF-8 or GBK: {@code 排名,曲名,难度,等级,定数,达成率, DX Rating}. It has no type, DX score, FC/AP or
 * sync column: the type comes from the file name, {@code --chart-type} or the catalogue. Rows at 0%
 * are the site's "unlocked" placeholders for unplayed charts and are skipped.
 */
final class DivingFishCsvReader implements ScoreReader {

  static final String TITLE = "曲名";
  static final String DIFFICULTY = "难度";
  static final String LEVEL = "等级";
  static final String ACHIEVEMENT = "达成率";

  @Override
  public List<ImportedScore> read(String text, ReadContext context) {
    CsvTable table =
        CsvTable.parse(text, "Diving-Fish CSV", List.of(TITLE, DIFFICULTY, ACHIEVEMENT));
    List<ImportedScore> rows = new ArrayList<>();
    for (Csv.Row row : table.rows()) {
      Achievement achievement = Values.achievement(table.get(row, ACHIEVEMENT), row.line());
      if (achievement.value() == 0) {
        continue;
      }
      String title = table.get(row, TITLE);
      Difficulty difficulty = difficulty(table.get(row, DIFFICULTY), row.line());
      ChartId chart =
          context
              .charts()
              .resolveUntyped(
                  title, difficulty, table.get(row, LEVEL), context.typeHint(), row.line());
      rows.add(
          Rows.score(
              row.line(),
              "'" + title + "' " + difficulty.label(),
              chart,
              achievement,
              Values.rank("", achievement, row.line()),
              0,
              Values.combo("", row.line()),
              Values.sync("", row.line()),
              context.importedAt()));
    }
    return rows;
  }

  static Difficulty difficulty(String label, int line) {
    switch (label.strip().toLowerCase(Locale.ROOT)) {
      case "basic":
        return Difficulty.BASIC;
      case "advanced":
        return Difficulty.ADVANCED;
      case "expert":
        return Difficulty.EXPERT;
      case "master":
        return Difficulty.MASTER;
      case "re:master":
      case "remaster":
        return Difficulty.REMASTER;
      case "utage":
      case "u·ta·ge":
        return Difficulty.UTAGE;
      default:
        throw ProbeException.invalid(
            "line " + line + ": not a difficulty: '" + label + "' (Basic … Re:MASTER)");
    }
  }
}
