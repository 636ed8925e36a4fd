package dev.probe.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.app.report.ReportData.BestRow;
import dev.probe.app.report.ReportData.CurvePoint;
import dev.probe.app.report.ReportData.PlayRow;
import dev.probe.app.report.ReportData.Profile;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPageTest {

  static final String EVIL = "<script>alert('x')</script>&\"";

  static ReportData data(List<CurvePoint> curve) {
    Instant at = Instant.parse("2025-10-03T05:06:00Z");
    return new ReportData(
        "me",
        ZoneOffset.ofHours(8),
        Instant.parse("2026-11-26T00:00:00Z"),
        new Profile(EVIL, 15000, 99, EVIL, "", "", 1234, at),
        15032,
        curve,
        List.of(new BestRow(EVIL, "DX MASTER", "14+", "14.8", "100.5000%", "SSS+", "AP+ FDX", 333)),
        List.of(),
        List.of(
            new PlayRow(at, EVIL, "DX MASTER", "14+", "100.5000%", "SSS+", "2600 / 2721", "", 333)),
        7);
  }

  @Test
  void escapesEveryTextFromTheArchive() {
    String html =
        ReportPage.render(
            data(List.of(new CurvePoint(Instant.parse("2025-01-01T00:00:00Z"), 15000, 14990))));
    assertThat(html).doesNotContain("<script").doesNotContain("alert('x')");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;");
  }

  @Test
  void isSelfContainedAndReadableOnAPhone() {
    String html =
        ReportPage.render(
            data(
                List.of(
                    new CurvePoint(Instant.parse("2025-01-01T00:00:00Z"), 14000, -1),
                    new CurvePoint(Instant.parse("2025-06-01T00:00:00Z"), 15032, 15000))));
    assertThat(html)
        .doesNotContainPattern("(?i)(src|href)\\s*=")
        .doesNotContain("url(")
        .doesNotContain("@import")
        .contains("name=\"viewport\"")
        .contains("<svg")
        .contains("<polyline")
        .contains("class=\"net\"")
        .contains("2025-10-03 13:06")
        .contains("7 older plays");
  }

  @Test
  void emptyArchiveStillRenders() {
    ReportData empty =
        new ReportData(
            "me",
            ZoneOffset.UTC,
            Instant.EPOCH,
            null,
            0,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            0);
    assertThat(ReportPage.render(empty))
        .contains("No profile synced yet")
        .contains("No rating history yet")
        .contains("No plays archived yet");
  }
}
