package dev.probe.web;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.diff.Trend;
import dev.probe.core.domain.rating.RatingBand;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Small formatting rules the templates share, so numbers look the same on every page. */
final class Fmt {
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private Fmt() {}

  static String ach(Achievement a) {
    return a == null ? "—" : a.format() + "%";
  }

  /** A change in ten-thousandths of a percent: {@code +0.1234%}. */
  static String achDelta(int tenThousandths) {
    String sign = tenThousandths > 0 ? "+" : tenThousandths < 0 ? "−" : "±";
    int v = Math.abs(tenThousandths);
    return sign + String.format("%d.%04d%%", v / 10_000, v % 10_000);
  }

  static String signed(int n) {
    return n > 0 ? "+" + n : n < 0 ? "−" + Math.abs(n) : "±0";
  }

  static String time(Instant t, ZoneOffset zone) {
    return t == null ? "—" : MINUTE.format(t.atOffset(zone));
  }

  static String day(Instant t, ZoneOffset zone) {
    return t == null ? "—" : DAY.format(t.atOffset(zone));
  }

  static String constant(InternalLevel c) {
    return c == null ? "—" : c.format() + (c.estimated() ? "?" : "");
  }

  static String band(int rating) {
    return "rating band-" + RatingBand.of(rating).name().toLowerCase(java.util.Locale.ROOT);
  }

  static String diffClass(Difficulty d) {
    return "diff d-" + d.name();
  }

  static String trendClass(Trend t) {
    if (t == null) {
      return "";
    }
    String name = t.name();
    return name.equals("UP") ? "good" : name.equals("DOWN") ? "bad" : "muted";
  }

  static String playPath(PlayKey key) {
    return "/plays/" + Urls.encode(key.value());
  }

  static String chartPath(ChartId id) {
    return "/charts/" + Urls.encode(id.asString());
  }

  /** Canvas data: {@code {"format":…,"series":[{"name":…,"points":[[ms,v],…]}]}}. */
  static String series(String format, List<String> names, List<List<long[]>> series) {
    StringBuilder out = new StringBuilder("{\"format\":");
    Json.string(format, out);
    out.append(",\"series\":[");
    for (int i = 0; i < series.size(); i++) {
      out.append(i == 0 ? "" : ",").append("{\"name\":");
      Json.string(names.get(i), out);
      out.append(",\"points\":[");
      List<long[]> pts = series.get(i);
      for (int j = 0; j < pts.size(); j++) {
        out.append(j == 0 ? "" : ",")
            .append('[')
            .append(pts.get(j)[0])
            .append(',')
            .append(pts.get(j)[1])
            .append(']');
      }
      out.append("]}");
    }
    return out.append("]}").toString();
  }
}
