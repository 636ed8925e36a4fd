package dev.probe.app;

import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.rating.LevelLabel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts the demo player plays: the synthetic sample catalogue's (bundled as {@code
 * demo/music-data.sample.json}), with their constants and DX score maxima from it.
 */
final class DemoCharts {
  /** One chart: title, STD/DX, difficulty, constant in tenths, 3 × notes, a jacket number. */
  record DemoChart(
      String title,
      boolean dx,
      Difficulty difficulty,
      int constant,
      int maxDx,
      int jacket,
      GameVersion version) {}

  static final List<DemoChart> ALL =
      List.of(
          new DemoChart(
              "Sample Song 01", false, Difficulty.EXPERT, 94, 1443, 1, GameVersion.MAIMAI),
          new DemoChart(
              "Sample Song 01", false, Difficulty.MASTER, 123, 2244, 1, GameVersion.MAIMAI),
          new DemoChart(
              "Sample Song 03", false, Difficulty.EXPERT, 109, 1359, 3, GameVersion.FINALE),
          new DemoChart(
              "Sample Song 03", false, Difficulty.MASTER, 135, 1947, 3, GameVersion.FINALE),
          new DemoChart(
              "Sample Song 01", true, Difficulty.EXPERT, 106, 1482, 11, GameVersion.UNIVERSE),
          new DemoChart(
              "Sample Song 01", true, Difficulty.MASTER, 132, 2637, 11, GameVersion.UNIVERSE),
          new DemoChart(
              "Sample Song 02", true, Difficulty.EXPERT, 118, 1458, 2, GameVersion.FESTIVAL),
          new DemoChart(
              "Sample Song 02", true, Difficulty.MASTER, 141, 2259, 2, GameVersion.FESTIVAL),
          new DemoChart(
              "Sample Song 02", true, Difficulty.REMASTER, 146, 2808, 2, GameVersion.FESTIVAL),
          new DemoChart("Sample Song 04", true, Difficulty.EXPERT, 120, 1569, 4, GameVersion.PRISM),
          new DemoChart("Sample Song 04", true, Difficulty.MASTER, 148, 2721, 4, GameVersion.PRISM),
          new DemoChart(
              "Sample Song 05", true, Difficulty.EXPERT, 126, 1269, 5, GameVersion.PRISM_PLUS),
          new DemoChart(
              "Sample Song 05", true, Difficulty.MASTER, 150, 2451, 5, GameVersion.PRISM_PLUS),
          new DemoChart("\u3000", true, Difficulty.EXPERT, 101, 1773, 6, GameVersion.FESTIVAL),
          new DemoChart("\u3000", true, Difficulty.MASTER, 129, 2181, 6, GameVersion.FESTIVAL));

  private DemoCharts() {}

  static ChartId id(DemoChart c) {
    return ChartId.of(c.title(), c.dx() ? ChartType.DX : ChartType.STD, c.difficulty());
  }

  /** The songs of the demo charts, as the sample catalogue describes them. */
  static List<Song> songs() {
    Map<String, Song> songs = new LinkedHashMap<>();
    for (DemoChart c : ALL) {
      songs.putIfAbsent(
          c.title(), new Song(id(c).song(), "Sample Artist", "maimai", c.version(), 150));
    }
    return List.copyOf(songs.values());
  }

  /** The demo charts with their constants in the current version and plausible note counts. */
  static List<Chart> charts() {
    return ALL.stream()
        .map(
            c -> {
              int notes = c.maxDx() / 3;
              int breaks = Math.max(1, notes / 20);
              int touch = c.dx() ? notes / 20 : 0;
              int hold = notes / 10;
              int slide = notes / 10;
              InternalLevel constant = InternalLevel.exact(c.constant());
              return new Chart(
                  id(c),
                  LevelLabel.of(constant),
                  new NoteCounts(notes - breaks - touch - hold - slide, hold, slide, touch, breaks),
                  c.version(),
                  Map.of(GameVersion.PRISM_PLUS, constant),
                  c.version() == GameVersion.PRISM_PLUS,
                  false);
            })
        .toList();
  }
}
