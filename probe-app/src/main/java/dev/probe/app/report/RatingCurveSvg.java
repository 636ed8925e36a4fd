package dev.probe.app.report;

import dev.probe.app.report.ReportData.CurvePoint;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The rating curve as an inline SVG: probe's figure as a line, NET's as dots. No scripts. */
final class RatingCurveSvg {
  private RatingCurveSvg() {}

  static final int WIDTH = 640;
  static final int HEIGHT = 240;
  private static final int PAD_LEFT = 48;
  private static final int PAD = 16;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  static String render(List<CurvePoint> points, ZoneOffset zone) {
    if (points.isEmpty()) {
      return "<p class=\"muted\">No rating history yet.</p>";
    }
    long t0 = points.get(0).at().getEpochSecond();
    long t1 = points.get(points.size() - 1).at().getEpochSecond();
    int lo = Integer.MAX_VALUE;
    int hi = Integer.MIN_VALUE;
    for (CurvePoint p : points) {
      lo = Math.min(lo, p.rating());
      hi = Math.max(hi, p.rating());
      if (p.netRating() >= 0) {
        lo = Math.min(lo, p.netRating());
        hi = Math.max(hi, p.netRating());
      }
    }
    if (hi == lo) {
      hi = lo + 1;
    }
    StringBuilder svg = new StringBuilder();
    svg.append("<svg viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"DX RATING over time\" class=\"curve\">");
    svg.append(axisLabel(4, PAD + 4, Integer.toString(hi)));
    svg.append(axisLabel(4, HEIGHT - PAD, Integer.toString(lo)));
    svg.append(axisLabel(PAD_LEFT, HEIGHT - 2, DAY.format(points.get(0).at().atOffset(zone))));
    String last = DAY.format(points.get(points.size() - 1).at().atOffset(zone));
    svg.append("<text x=\"")
        .append(WIDTH - PAD)
        .append("\" y=\"")
        .append(HEIGHT - 2)
        .append("\" text-anchor=\"end\">")
        .append(Html.escape(last))
        .append("</text>");
    StringBuilder line = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (CurvePoint p : points) {
      double x = x(p.at().getEpochSecond(), t0, t1);
      line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(p.rating(), lo, hi)));
      if (p.netRating() >= 0) {
        dots.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" class=\"net\"/>",
                x,
                y(p.netRating(), lo, hi)));
      }
    }
    svg.append("<polyline fill=\"none\" class=\"probe\" points=\"")
        .append(line.toString().strip())
        .append("\"/>")
        .append(dots)
        .append("</svg>");
    return svg.toString();
  }

  private static String axisLabel(int x, int y, String text) {
    return "<text x=\"" + x + "\" y=\"" + y + "\">" + Html.escape(text) + "</text>";
  }

  private static double x(long t, long t0, long t1) {
    double span = WIDTH - PAD_LEFT - PAD;
    return t1 == t0 ? PAD_LEFT + span : PAD_LEFT + span * (t - t0) / (double) (t1 - t0);
  }

  private static double y(int rating, int lo, int hi) {
    double span = HEIGHT - 2.0 * PAD - 12;
    return PAD + span * (hi - rating) / (double) (hi - lo);
  }
}
