package dev.probe.app.exchange;

import dev.probe.core.application.port.in.ImportedScore;
import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.ProbeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * One LXNS score from its fields ({@code id, song_name, type, level_index, level, achievements, fc,
 * fs, dx_score, rate, play_time, upload_time}), shared by the JSON and CSV readers. A score without
 * {@code song_name} cannot be named without LXNS's song list and is set aside.
 */
final class LxnsScores {
  private LxnsScores() {}

  static ImportedScore row(int line, Map<String, String> f, ReadContext context) {
    String typeText = required(f, "type", line);
    boolean utage = typeText.equals("utage");
    ChartType type = type(typeText, line);
    int index = Values.integer(required(f, "level_index", line), line, "level_index");
    Difficulty difficulty = utage ? Difficulty.UTAGE : Values.levelIndex(index, line);
    String title = f.getOrDefault("song_name", "");
    String id = f.getOrDefault("id", "");
    ChartId chart;
    String named;
    if (title.isEmpty()) {
      if (id.isEmpty()) {
        throw ProbeException.invalid(
            "line " + line + ": the score has neither 'song_name' nor 'id'");
      }
      named = "LXNS song id " + id + " (the file gives no title)";
      chart =
          new ChartId(new dev.probe.core.domain.SongKey("LXNS song " + id, ""), type, difficulty);
    } else {
      named = "'" + title + "' " + typeText + " " + difficulty.label();
      chart = context.charts().resolve(title, type, difficulty, f.getOrDefault("level", ""));
    }
    Achievement achievement = Values.achievement(required(f, "achievements", line), line);
    String dx = f.getOrDefault("dx_score", "");
    return Rows.score(
        line,
        named,
        chart,
        achievement,
        Values.rank(f.get("rate"), achievement, line),
        dx.isEmpty() ? 0 : Values.integer(dx, line, "dx_score"),
        Values.combo(f.get("fc"), line),
        Values.sync(f.get("fs"), line),
        date(f, line, context.importedAt()));
  }

  static ChartType type(String text, int line) {
    switch (text) {
      case "standard":
        return ChartType.STD;
      case "dx":
      case "utage":
        return ChartType.DX;
      default:
        throw ProbeException.invalid(
            "line "
                + line
                + ": the chart type is 'standard', 'dx' or 'utage' in LXNS files, not '"
                + text
                + "'");
    }
  }

  private static Instant date(Map<String, String> f, int line, Instant fallback) {
    for (String name : new String[] {"play_time", "upload_time"}) {
      String v = f.getOrDefault(name, "");
      if (!v.isEmpty()) {
        try {
          return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
          throw Values.bad(line, name + " (ISO date-time such as 2024-01-01T00:00:00Z)", v);
        }
      }
    }
    return fallback;
  }

  private static String required(Map<String, String> f, String name, int line) {
    String v = f.getOrDefault(name, "");
    if (v.isEmpty()) {
      throw ProbeException.invalid(
          "line " + line + ": the score has no '" + name + "' (is this the right format?)");
    }
    return v;
  }
}
