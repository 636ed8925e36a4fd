package dev.probe.app.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.probe.app.exchange.JsonRecords.Located;
import dev.probe.core.application.port.in.ImportedScore;
import dev.probe.core.application.port.in.ScoreRow;
import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.SyncFlag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tachi's BATCH-MANUAL JSON for {@code maimaidx}/{@code Single}: {@code {head, body: [{percent,
 * lamp, matchType: "songTitle", identifier, difficulty, timeAchieved}]}}. Tachi has no utage
 * charts, no DX score and no sync mark, and matches songs by title only, so utage rows and the two
 * "Link" songs are left out.
 */
final class TachiJson implements ScoreWriter, ScoreReader {

  @Override
  public String write(List<ScoreRow> rows, WriteReport report) {
    ObjectNode root = JsonRecords.MAPPER.createObjectNode();
    ObjectNode head = root.putObject("head");
    head.put("game", "maimaidx");
    head.put("playtype", "Single");
    head.put("service", "probe");
    ArrayNode body = root.putArray("body");
    for (ScoreRow row : rows) {
      ChartId id = row.chartId();
      if (id.difficulty() == Difficulty.UTAGE) {
        report.leftOut(id.asString() + ": Tachi has no utage charts");
        continue;
      }
      if (id.song().title().equals("Link")) {
        report.leftOut(id.asString() + ": Tachi cannot tell the two 'Link' songs apart by title");
        continue;
      }
      ObjectNode s = body.addObject();
      s.put("percent", Values.percent(row.best().achievement()));
      s.put("lamp", lamp(row.best().combo(), row.best().achievement()));
      s.put("matchType", "songTitle");
      s.put("identifier", id.song().title());
      s.put("difficulty", difficulty(id));
      s.put("timeAchieved", row.achievedAt().toEpochMilli());
      report.written();
    }
    return Json.pretty(root);
  }

  static String lamp(ComboFlag combo, Achievement achievement) {
    switch (combo) {
      case APP:
        return "ALL PERFECT+";
      case AP:
        return "ALL PERFECT";
      case FCP:
        return "FULL COMBO+";
      case FC:
        return "FULL COMBO";
      default:
        // a maimai track is cleared at 80% (rank A)
        return achievement.value() >= 800_000 ? "CLEAR" : "FAILED";
    }
  }

  static String difficulty(ChartId id) {
    String name = id.difficulty() == Difficulty.REMASTER ? "Re:Master" : capitalised(id);
    return id.type() == ChartType.DX ? "DX " + name : name;
  }

  private static String capitalised(ChartId id) {
    String n = id.difficulty().netName();
    return n.substring(0, 1).toUpperCase(Locale.ROOT) + n.substring(1);
  }

  @Override
  public List<ImportedScore> read(String text, ReadContext context) {
    List<ImportedScore> rows = new ArrayList<>();
    for (Located r : JsonRecords.read(text, Set.of("body"), "Tachi BATCH-MANUAL")) {
      if (!JsonRecords.text(r.node(), "matchType").equals("songTitle")) {
        throw ProbeException.invalid(
            "line "
                + r.line()
                + ": only matchType 'songTitle' can be read without Tachi's song ids");
      }
      String title = JsonRecords.required(r, "identifier");
      String diff = JsonRecords.required(r, "difficulty");
      ChartType type = diff.startsWith("DX ") ? ChartType.DX : ChartType.STD;
      Difficulty difficulty =
          DivingFishCsvReader.difficulty(
              diff.startsWith("DX ") ? diff.substring(3) : diff, r.line());
      Achievement achievement = Values.achievement(JsonRecords.required(r, "percent"), r.line());
      String time = JsonRecords.text(r.node(), "timeAchieved");
      rows.add(
          Rows.score(
              r.line(),
              "'" + title + "' " + diff,
              context.charts().resolve(title, type, difficulty, ""),
              achievement,
              Values.rank("", achievement, r.line()),
              0,
              combo(JsonRecords.required(r, "lamp"), r.line()),
              SyncFlag.NONE,
              time.isEmpty()
                  ? context.importedAt()
                  : Instant.ofEpochMilli(Values.integerLong(time, r.line(), "timeAchieved"))));
    }
    return rows;
  }

  private static ComboFlag combo(String lamp, int line) {
    switch (lamp) {
      case "ALL PERFECT+":
        return ComboFlag.APP;
      case "ALL PERFECT":
        return ComboFlag.AP;
      case "FULL COMBO+":
        return ComboFlag.FCP;
      case "FULL COMBO":
        return ComboFlag.FC;
      case "CLEAR":
      case "FAILED":
        return ComboFlag.NONE;
      default:
        throw Values.bad(line, "Tachi lamp", lamp);
    }
  }
}
