package dev.probe.app.exchange;

import dev.probe.core.application.port.in.ImportScoresResult.SetAside;
import dev.probe.core.application.port.in.ImportedScore;
import dev.probe.core.application.port.in.ScoreRow;
import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.ProbeException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * probe's own CSV: every column of a best score, with the stable chart id first. Import reads the
 * chart id and the result columns; title, level, constant, rating and stars are there for people
 * and spreadsheets.
 */
final class ProbeCsv implements ScoreReader, ScoreWriter {

  static final List<String> HEADER =
      List.of(
          "chart_id",
          "title",
          "variant",
          "type",
          "difficulty",
          "level",
          "constant",
          "constant_estimated",
          "rating",
          "achievement",
          "rank",
          "dx_score",
          "dx_max",
          "dx_stars",
          "combo",
          "sync",
          "achieved_at",
          "from_plays");

  @Override
  public String write(List<ScoreRow> rows, WriteReport report) {
    StringBuilder out = new StringBuilder(Csv.line(HEADER));
    for (ScoreRow row : rows) {
      ChartId id = row.chartId();
      PlayResult best = row.best();
      out.append(
          Csv.line(
              List.of(
                  id.asString(),
                  id.song().title(),
                  id.song().variant(),
                  id.type().name(),
                  id.difficulty().name(),
                  row.level(),
                  row.constant(),
                  Boolean.toString(row.constantEstimated()),
                  Integer.toString(row.rating()),
                  best.achievement().format(),
                  best.rank().label(),
                  Integer.toString(best.dxScore().score()),
                  Integer.toString(best.dxScore().max()),
                  Integer.toString(best.dxScore().stars()),
                  best.combo().key(),
                  best.sync().key(),
                  row.achievedAt().toString(),
                  Boolean.toString(row.fromPlays()))));
      report.written();
    }
    return out.toString();
  }

  /** Rows an import set aside, re-importable as probe CSV once the catalogue knows them. */
  static String setAside(List<SetAside> rows) {
    StringBuilder out = new StringBuilder(Csv.line(SET_ASIDE_HEADER));
    for (SetAside s : rows) {
      ImportedScore r = s.score();
      PlayResult p = r.result();
      out.append(
          Csv.line(
              List.of(
                  r.chart().asString(),
                  p.achievement().format(),
                  p.rank().label(),
                  Integer.toString(p.dxScore().score()),
                  p.combo().key(),
                  p.sync().key(),
                  r.achievedAt().toString(),
                  Integer.toString(r.line()),
                  r.named(),
                  s.reason())));
    }
    return out.toString();
  }

  static final List<String> SET_ASIDE_HEADER =
      List.of(
          "chart_id",
          "achievement",
          "rank",
          "dx_score",
          "combo",
          "sync",
          "achieved_at",
          "source_line",
          "source_name",
          "reason");

  @Override
  public List<ImportedScore> read(String text, ReadContext context) {
    CsvTable table =
        CsvTable.parse(
            text, "probe CSV", List.of("chart_id", "achievement", "dx_score", "combo", "sync"));
    List<ImportedScore> rows = new ArrayList<>();
    for (Csv.Row row : table.rows()) {
      int line = row.line();
      ChartId chart = chartId(table.get(row, "chart_id"), line);
      Achievement achievement = Values.achievement(table.get(row, "achievement"), line);
      rows.add(
          Rows.score(
              line,
              chart.asString(),
              chart,
              achievement,
              Values.rank(table.get(row, "rank"), achievement, line),
              Values.integer(table.get(row, "dx_score"), line, "dx_score"),
              Values.combo(table.get(row, "combo"), line),
              Values.sync(table.get(row, "sync"), line),
              date(table.get(row, "achieved_at"), line, context.importedAt())));
    }
    return rows;
  }

  private static ChartId chartId(String text, int line) {
    try {
      return ChartId.parse(text);
    } catch (ProbeException e) {
      throw ProbeException.invalid("line " + line + ": " + e.getMessage());
    }
  }

  private static Instant date(String text, int line, Instant fallback) {
    if (text.isBlank()) {
      return fallback;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw Values.bad(line, "achieved_at (such as 2025-10-03T05:06:00Z)", text);
    }
  }
}
