package dev.probe.core.application.port.in;

import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.PlayResult;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of another tracker's export, read but not yet checked against the catalogue.
 *
 * @param line where the row starts in the file (1-based), for messages
 * @param named how the file named the chart, for messages ({@code "Link(CoF)" SD MASTER})
 * @param chart the chart the row was read as
 * @param result the row's best result; its DX maximum may be 0 when the file does not give it
 * @param achievedAt when the file says the score was reached, else when it was imported
 */
public record ImportedScore(
    int line, String named, ChartId chart, PlayResult result, Instant achievedAt) {
  public ImportedScore {
    if (line < 1) {
      throw new IllegalArgumentException("line numbers start at 1: " + line);
    }
    Objects.requireNonNull(named, "named");
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(achievedAt, "achievedAt");
  }
}
