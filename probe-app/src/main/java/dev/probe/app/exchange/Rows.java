package dev.probe.app.exchange;

import dev.probe.core.application.port.in.ImportedScore;
import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.SyncFlag;
import java.time.Instant;

/** Builds imported rows; the DX maximum is left to the catalogue. */
final class Rows {
  private Rows() {}

  static ImportedScore score(
      int line,
      String named,
      ChartId chart,
      Achievement achievement,
      Rank rank,
      int dxScore,
      ComboFlag combo,
      SyncFlag sync,
      Instant achievedAt) {
    if (dxScore < 0) {
      throw ProbeException.invalid("line " + line + ": a DX score cannot be negative: " + dxScore);
    }
    return new ImportedScore(
        line,
        named,
        chart,
        new PlayResult(achievement, rank, new DxScore(dxScore, 0), combo, sync),
        achievedAt);
  }
}
