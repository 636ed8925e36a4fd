package dev.probe.app.report;

import dev.probe.app.report.ReportData.BestRow;
import dev.probe.app.report.ReportData.PlayRow;
import dev.probe.app.report.ReportData.Profile;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One self-contained HTML page: inline CSS, an inline SVG curve, no scripts and no external
 * request, readable on a phone. Every text from the archive is escaped.
 */
final class ReportPage {
  private ReportPage() {}

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private static final String STYLE =
      "body{font:15px/1.4 system-ui,sans-serif;margin:0 auto;max-width:960px;padding:12px;"
          + "color:#222;background:#fafafa}h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}"
          + ".muted{color:#777}.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%}"
          + "th,td{padding:4px 6px;border-bottom:1px solid #ddd;text-align:left;white-space:nowrap}"
          + "td.num,th.num{text-align:right}td.title{white-space:normal;min-width:8em}"
          + "dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px}dt{color:#555}"
          + "dd{margin:0}.curve{width:100%;height:auto;background:#fff;border:1px solid #ddd}"
          + ".curve text{font-size:11px;fill:#555}.curve .probe{stroke:#6a3ccf;stroke-width:2}"
          + ".curve .net{fill:#e0861b}@media(max-width:600px){body{font-size:14px;padding:6px}}";

  static String render(ReportData d) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>probe report — ")
        .append(Html.escape(d.player()))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n");
    h.append("<h1>maimai DX archive of ").append(Html.escape(d.player())).append("</h1>");
    h.append("<p class=\"muted\">Written by probe on ")
        .append(time(d.generatedAt(), d))
        .append(" (times in UTC")
        .append(Html.escape(d.zone().getId().equals("Z") ? "" : d.zone().getId()))
        .append(").</p>\n");
    profile(h, d);
    h.append("<h2>DX RATING over time</h2>")
        .append(RatingCurveSvg.render(d.curve(), d.zone()))
        .append("<p class=\"muted\">Line: computed by probe. Dots: shown by NET.</p>\n");
    h.append("<h2>Best 50: ").append(d.rating()).append("</h2>");
    bests(h, "New (B15)", d.newCharts());
    bests(h, "Old (B35)", d.oldCharts());
    plays(h, d);
    h.append("</body></html>\n");
    return h.toString();
  }

  private static void profile(StringBuilder h, ReportData d) {
    h.append("<h2>Profile</h2>");
    Profile p = d.profile();
    if (p == null) {
      h.append("<p class=\"muted\">No profile synced yet.</p>\n");
      return;
    }
    h.append("<dl>");
    item(h, "Name", p.name());
    item(h, "Rating on NET", Integer.toString(p.netRating()));
    item(h, "Rating computed", Integer.toString(d.rating()));
    item(h, "Stars", Integer.toString(p.stars()));
    item(h, "Trophy", p.trophy());
    item(h, "Course rank", p.courseRank());
    item(h, "Class rank", p.classRank());
    item(h, "Plays", p.playCount() < 0 ? "unknown" : Integer.toString(p.playCount()));
    item(h, "As of", time(p.takenAt(), d));
    h.append("</dl>\n");
  }

  private static void item(StringBuilder h, String term, String value) {
    h.append("<dt>")
        .append(Html.escape(term))
        .append("</dt><dd>")
        .append(Html.escape(value))
        .append("</dd>");
  }

  private static void bests(StringBuilder h, String caption, List<BestRow> rows) {
    h.append("<h3>").append(Html.escape(caption)).append("</h3>");
    if (rows.isEmpty()) {
      h.append("<p class=\"muted\">None.</p>");
      return;
    }
    h.append("<div class=\"scroll\"><table><thead><tr><th class=\"num\">#</th><th>Title</th>")
        .append("<th>Chart</th><th>Level</th><th class=\"num\">Constant</th>")
        .append("<th class=\"num\">Achievement</th><th>Rank</th><th>Marks</th>")
        .append("<th class=\"num\">Rating</th></tr></thead><tbody>");
    int n = 1;
    for (BestRow r : rows) {
      h.append("<tr><td class=\"num\">").append(n++).append("</td>");
      cell(h, "title", r.title());
      cell(h, "", r.chart());
      cell(h, "", r.level());
      cell(h, "num", r.constant());
      cell(h, "num", r.achievement());
      cell(h, "", r.rank());
      cell(h, "", r.marks());
      cell(h, "num", Integer.toString(r.rating()));
      h.append("</tr>");
    }
    h.append("</tbody></table></div>\n");
  }

  private static void plays(StringBuilder h, ReportData d) {
    h.append("<h2>Play history</h2>");
    if (d.plays().isEmpty()) {
      h.append("<p class=\"muted\">No plays archived yet.</p>\n");
      return;
    }
    h.append("<div class=\"scroll\"><table><thead><tr><th>When</th><th>Title</th><th>Chart</th>")
        .append("<th>Level</th><th class=\"num\">Achievement</th><th>Rank</th>")
        .append("<th class=\"num\">DX score</th><th>Marks</th><th class=\"num\">Rating</th>")
        .append("</tr></thead><tbody>");
    for (PlayRow r : d.plays()) {
      h.append("<tr>");
      cell(h, "", time(r.at(), d));
      cell(h, "title", r.title());
      cell(h, "", r.chart());
      cell(h, "", r.level());
      cell(h, "num", r.achievement());
      cell(h, "", r.rank());
      cell(h, "num", r.dxScore());
      cell(h, "", r.marks());
      cell(h, "num", Integer.toString(r.rating()));
      h.append("</tr>");
    }
    h.append("</tbody></table></div>\n");
    if (d.playsLeftOut() > 0) {
      h.append("<p class=\"muted\">")
          .append(d.playsLeftOut())
          .append(" older plays are in the archive but not in this report.</p>\n");
    }
  }

  private static void cell(StringBuilder h, String cssClass, String text) {
    h.append(cssClass.isEmpty() ? "<td>" : "<td class=\"" + cssClass + "\">")
        .append(Html.escape(text))
        .append("</td>");
  }

  private static String time(Instant at, ReportData d) {
    return Html.escape(MINUTE.format(at.atOffset(d.zone())));
  }
}
