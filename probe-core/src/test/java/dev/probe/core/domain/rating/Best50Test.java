package dev.probe.core.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.BestScore;
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
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SyncFlag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MAIMAI-RULES §2.1: B35 old + B15 new, each chart once, utage and removed charts left out. */
class Best50Test {

  private final Map<ChartId, Chart> charts = new HashMap<>();
  private final List<BestScore> bests = new ArrayList<>();

  private void add(String title, GameVersion added, int ds, String achievement, ComboFlag combo) {
    add(title, Difficulty.MASTER, added, ds, achievement, combo, false);
  }

  private void add(
      String title,
      Difficulty difficulty,
      GameVersion added,
      int ds,
      String achievement,
      ComboFlag combo,
      boolean removed) {
    ChartId id = ChartId.of(title, ChartType.DX, difficulty);
    charts.put(
        id,
        new Chart(
            id,
            "",
            NoteCounts.UNKNOWN,
            added,
            ds == 0 ? Map.of() : Map.of(GameVersion.MAIMAI, InternalLevel.exact(ds)),
            false,
            removed));
    Achievement a = Achievement.parse(achievement);
    bests.add(
        new BestScore(
            id,
            new PlayResult(a, Rank.of(a), new DxScore(0, 0), combo, SyncFlag.NONE),
            Instant.EPOCH,
            true));
  }

  @Test
  void takesTheFifteenBestNewAndThirtyFiveBestOld() {
    for (int i = 0; i < 20; i++) {
      add("new" + i, GameVersion.PRISM_PLUS, 130 + i % 5, "100.5000", ComboFlag.NONE);
    }
    for (int i = 0; i < 40; i++) {
      add("old" + i, GameVersion.FESTIVAL, 120 + i % 10, "100.0000", ComboFlag.NONE);
    }
    Best50 b50 = Best50.of(bests, charts, new RatingRules(Region.JP, GameVersion.PRISM_PLUS, true));
    assertThat(b50.newCharts()).hasSize(15);
    assertThat(b50.oldCharts()).hasSize(35);
    // new: 4 × 13.4, 4 × 13.3, 4 × 13.2, 3 × 13.1 at SSS+
    int n134 = ChartRatingFormula.base(InternalLevel.exact(134), Achievement.parse("100.5000"));
    int n133 = ChartRatingFormula.base(InternalLevel.exact(133), Achievement.parse("100.5000"));
    int n132 = ChartRatingFormula.base(InternalLevel.exact(132), Achievement.parse("100.5000"));
    int n131 = ChartRatingFormula.base(InternalLevel.exact(131), Achievement.parse("100.5000"));
    assertThat(b50.newTotal()).isEqualTo(4 * n134 + 4 * n133 + 4 * n132 + 3 * n131);
    assertThat(b50.newCharts().get(0).rating()).isEqualTo(n134);
    // old: 4 each of 12.9 … 12.2 (32) and 3 of 12.1 at SSS
    int oldTotal = 0;
    for (int ds = 122; ds <= 129; ds++) {
      oldTotal +=
          4 * ChartRatingFormula.base(InternalLevel.exact(ds), Achievement.parse("100.0000"));
    }
    oldTotal +=
        3 * ChartRatingFormula.base(InternalLevel.exact(121), Achievement.parse("100.0000"));
    assertThat(b50.oldTotal()).isEqualTo(oldTotal);
    assertThat(b50.total()).isEqualTo(b50.newTotal() + oldTotal);
    assertThat(b50.floor(true)).isEqualTo(n131);
    assertThat(b50.estimated()).isFalse();
  }

  @Test
  void theSampleWorkedExamplesAddUp() {
    add("19004", GameVersion.PRISM, 148, "100.5000", ComboFlag.AP);
    add("19005", GameVersion.PRISM_PLUS, 150, "101.0000", ComboFlag.APP);
    add("9003", GameVersion.FINALE, 135, "100.4999", ComboFlag.FC);
    Best50 before =
        Best50.of(bests, charts, new RatingRules(Region.JP, GameVersion.PRISM_PLUS, true));
    assertThat(before.newCharts()).extracting(RatedBest::rating).containsExactly(337);
    assertThat(before.oldCharts()).extracting(RatedBest::rating).containsExactly(333, 301);
    assertThat(before.total()).isEqualTo(971);
    // Under CiRCLE, PRiSM PLUS and CiRCLE are new, and AP/AP+ add 1.
    Best50 circle = Best50.of(bests, charts, new RatingRules(Region.JP, GameVersion.CIRCLE, true));
    assertThat(circle.newCharts()).extracting(RatedBest::rating).containsExactly(338);
    assertThat(circle.oldCharts()).extracting(RatedBest::rating).containsExactly(334, 301);
    assertThat(circle.total()).isEqualTo(973);
  }

  @Test
  void utageRemovedAndUnratableChartsAreLeftOut() {
    add("kept", GameVersion.FESTIVAL, 130, "100.0000", ComboFlag.NONE);
    add("[宴]party", Difficulty.UTAGE, GameVersion.FESTIVAL, 130, "101.0000", ComboFlag.NONE, false);
    add("gone", Difficulty.MASTER, GameVersion.FESTIVAL, 140, "101.0000", ComboFlag.NONE, true);
    add("nolabel", Difficulty.MASTER, GameVersion.FESTIVAL, 0, "101.0000", ComboFlag.NONE, false);
    Best50 b50 = Best50.of(bests, charts, new RatingRules(Region.JP, GameVersion.PRISM, true));
    assertThat(b50.oldCharts())
        .extracting(r -> r.chart().id().song().title())
        .containsExactly("kept");
    assertThat(b50.floor(false)).isZero();
  }

  @Test
  void aBestOnAChartTheDirectoryLacksIsLeftOut() {
    add("known", GameVersion.FESTIVAL, 130, "100.0000", ComboFlag.NONE);
    charts.clear();
    assertThat(
            Best50.of(bests, charts, new RatingRules(Region.JP, GameVersion.PRISM, true)).total())
        .isZero();
  }

  @Test
  void anEstimatedConstantMarksTheWholeRating() {
    ChartId id = ChartId.of("learned", ChartType.DX, Difficulty.MASTER);
    charts.put(id, new Chart(id, "13+", NoteCounts.UNKNOWN, null, Map.of(), false, false));
    Achievement a = Achievement.parse("100.5000");
    bests.add(
        new BestScore(
            id,
            new PlayResult(a, Rank.SSS_PLUS, new DxScore(0, 0), ComboFlag.NONE, SyncFlag.NONE),
            Instant.EPOCH,
            true));
    Best50 b50 = Best50.of(bests, charts, new RatingRules(Region.JP, GameVersion.PRISM, true));
    assertThat(b50.estimated()).isTrue();
    assertThat(b50.oldCharts().get(0).constant()).isEqualTo(new InternalLevel(136, true));
    assertThat(b50.total()).isEqualTo(306); // 22.4 × 13.6 × 1.005 = 306.15
  }
}
