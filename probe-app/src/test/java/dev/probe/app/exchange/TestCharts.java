package dev.probe.app.exchange;

import dev.probe.core.application.port.in.ScoreRow;
import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.SongKey;
import dev.probe.core.domain.SyncFlag;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A few charts shaped like the synthetic sample catalogue, and the documented API examples. */
final class TestCharts {
  private TestCharts() {}

  static final ChartId SONG01_STD_MASTER =
      ChartId.of("Sample Song 01", ChartType.STD, Difficulty.MASTER);
  static final ChartId SONG01_DX_MASTER =
      ChartId.of("Sample Song 01", ChartType.DX, Difficulty.MASTER);
  static final ChartId SONG02_REMASTER =
      ChartId.of("Sample Song 02", ChartType.DX, Difficulty.REMASTER);
  static final ChartId SPACE_MASTER = ChartId.of("\u3000", ChartType.DX, Difficulty.MASTER);
  static final ChartId LINK = ChartId.of("Link", ChartType.STD, Difficulty.MASTER);
  static final ChartId LINK_COF =
      new ChartId(new SongKey("Link", "niconico"), ChartType.STD, Difficulty.MASTER);
  static final ChartId PARTY =
      new ChartId(new SongKey("[宴]Sample Party", "13?"), ChartType.DX, Difficulty.UTAGE);
  static final ChartId COMMA = ChartId.of("Comma, \"Quote\"", ChartType.DX, Difficulty.EXPERT);
  static final ChartId ALTALE = ChartId.of("Altale", ChartType.STD, Difficulty.ADVANCED);
  static final ChartId DAKARA = ChartId.of("だから僕は音楽を辞めた", ChartType.DX, Difficulty.ADVANCED);
  static final ChartId ALEA = ChartId.of("Alea jacta est!", ChartType.STD, Difficulty.MASTER);
  static final ChartId REVIVE = ChartId.of("Revive The Rave", ChartType.STD, Difficulty.REMASTER);

  static List<Chart> catalogue() {
    return List.of(
        chart(SONG01_STD_MASTER, "12", 123, 748),
        chart(SONG01_DX_MASTER, "13", 132, 879),
        chart(SONG02_REMASTER, "14+", 146, 936),
        chart(SPACE_MASTER, "12+", 129, 727),
        chart(LINK, "12", 120, 500),
        chart(LINK_COF, "12+", 127, 600),
        chart(PARTY, "13?", 130, 931),
        chart(COMMA, "10", 100, 400),
        chart(ALTALE, "8", 85, 300),
        chart(DAKARA, "6", 60, 200),
        chart(ALEA, "13", 135, 1000),
        chart(REVIVE, "13+", 137, 900));
  }

  static Chart chart(ChartId id, String level, int constantTenths, int notes) {
    return new Chart(
        id,
        level,
        new NoteCounts(notes, 0, 0, 0, 0),
        GameVersion.FESTIVAL,
        Map.of(GameVersion.FESTIVAL, InternalLevel.exact(constantTenths)),
        false,
        false);
  }

  static ScoreRow row(
      ChartId id, int achievement, int dx, int max, ComboFlag combo, SyncFlag sync, String at) {
    Achievement a = new Achievement(achievement);
    return new ScoreRow(
        id,
        "13",
        "13.2",
        false,
        0,
        new PlayResult(a, Rank.of(a), new DxScore(dx, max), combo, sync),
        Instant.parse(at),
        true);
  }

  /** Rows covering every mark, the traps in titles and a utage chart. */
  static List<ScoreRow> rows() {
    return List.of(
        row(
            SONG01_STD_MASTER,
            1_005_000,
            2000,
            2244,
            ComboFlag.APP,
            SyncFlag.FDXP,
            "2025-10-03T05:06:00Z"),
        row(
            SONG01_DX_MASTER,
            969_999,
            2100,
            2637,
            ComboFlag.NONE,
            SyncFlag.SYNC,
            "2025-10-02T05:06:00Z"),
        row(
            SONG02_REMASTER,
            1_007_000,
            2700,
            2808,
            ComboFlag.FCP,
            SyncFlag.FDX,
            "2025-09-01T00:00:00Z"),
        row(SPACE_MASTER, 999_999, 2000, 2181, ComboFlag.FC, SyncFlag.FSP, "2025-08-01T00:00:00Z"),
        row(LINK, 800_000, 1000, 1500, ComboFlag.NONE, SyncFlag.FS, "2025-07-01T00:00:00Z"),
        row(LINK_COF, 799_999, 1100, 1800, ComboFlag.AP, SyncFlag.NONE, "2025-07-02T00:00:00Z"),
        row(PARTY, 1_012_345, 2500, 2793, ComboFlag.NONE, SyncFlag.NONE, "2025-06-01T00:00:00Z"),
        row(COMMA, 501_234, 500, 1200, ComboFlag.NONE, SyncFlag.NONE, "2025-05-01T00:00:00Z"));
  }
}
