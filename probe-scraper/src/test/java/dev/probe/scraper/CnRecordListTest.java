package dev.probe.scraper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SyncFlag;
import dev.probe.core.domain.page.RecordEntry;
import dev.probe.core.domain.page.RecordPage;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
/** The real CN record list ({@code fixtures/cn/record.html}, 50 plays, raw server response). */
class CnRecordListTest {

  private final RecordPage page =
      (RecordPage) new NetPageParser().parse(Fixtures.page("fixtures/cn/record.html"));
  private final List<RecordEntry> plays = page.plays();

  @Test
  void readsAllFiftyPlaysOfTheCnSite() {
    assertThat(page.region()).isEqualTo(Region.CN);
    assertThat(plays).hasSize(50);
  }

  @Test
  void firstPlayExactly() {
    assertThat(plays.get(0))
        .isEqualTo(
            new RecordEntry(
                4,
                LocalDateTime.parse("2025-10-03T13:06"),
                Instant.ofEpochSecond(1759467960),
                "33,1759467960",
                new ChartRef(
                    "Re:Unknown X",
                    ChartType.DX,
                    Difficulty.MASTER,
                    "",
                    "0847c38d2a623e99",
                    "",
                    ""),
                new PlayResult(
                    Achievement.ofPercent(98, 6484),
                    Rank.S_PLUS,
                    new DxScore(3066, 3567),
                    ComboFlag.NONE,
                    SyncFlag.SYNC),
                1,
                false,
                true,
                2,
                "",
                false));
  }

  @Test
  void lastPlayExactly() {
    RecordEntry last = plays.get(49);
    assertThat(last.track()).isEqualTo(3);
    assertThat(last.detailIdx()).isEqualTo("34,1759148778");
    assertThat(last.shownAt()).isEqualTo(LocalDateTime.parse("2025-09-29T20:26"));
    assertThat(last.chart().title()).isEqualTo("Got more raves？");
    assertThat(last.chart().type()).isEqualTo(ChartType.STD);
    assertThat(last.result().achievement().format()).isEqualTo("99.5409");
    assertThat(last.result().rank()).isEqualTo(Rank.SS_PLUS);
    assertThat(last.result().dxScore()).isEqualTo(new DxScore(2326, 2706));
    assertThat(last.achievementNewRecord()).isTrue();
    assertThat(last.place()).isEqualTo(1);
  }

  @Test
  void everyIdxSecondFallsInsideItsShownMinuteAtUtcPlusEight() {
    for (RecordEntry e : plays) {
      assertThat(e.exactTime()).isTrue();
      long epoch = Long.parseLong(e.detailIdx().split(",")[1]);
      assertThat(e.playedAt()).isEqualTo(Instant.ofEpochSecond(epoch));
      assertThat(LocalDateTime.ofEpochSecond(epoch, 0, ZoneOffset.ofHours(8)).withSecond(0))
          .isEqualTo(e.shownAt());
    }
    assertThat(plays.stream().map(e -> e.detailIdx().split(",")[0]).distinct()).hasSize(50);
  }

  @Test
  void newestFirstWithTracksOneToFour() {
    for (int i = 1; i < plays.size(); i++) {
      assertThat(plays.get(i).playedAt()).isBefore(plays.get(i - 1).playedAt());
    }
    assertThat(plays).allSatisfy(e -> assertThat(e.track()).isBetween(1, 4));
  }

  @Test
  void countsOfFlagsPlacesStarsAndTypesMatchTheIconsOnThePage() {
    assertThat(count(e -> e.result().combo()))
        .isEqualTo(Map.of(ComboFlag.NONE, 40L, ComboFlag.FC, 8L, ComboFlag.FCP, 2L));
    assertThat(count(e -> e.result().sync()))
        .isEqualTo(Map.of(SyncFlag.SYNC, 49L, SyncFlag.FS, 1L));
    assertThat(count(RecordEntry::place)).isEqualTo(Map.of(1, 43L, 2, 7L));
    assertThat(count(RecordEntry::dxStars)).isEqualTo(Map.of(0, 9L, 1, 23L, 2, 12L, 3, 6L));
    assertThat(count(e -> e.chart().type()))
        .isEqualTo(Map.of(ChartType.DX, 35L, ChartType.STD, 15L));
    assertThat(count(e -> e.chart().difficulty()))
        .isEqualTo(Map.of(Difficulty.MASTER, 48L, Difficulty.REMASTER, 2L));
    assertThat(count(e -> e.result().rank()))
        .isEqualTo(
            Map.of(
                Rank.AAA,
                3L,
                Rank.S,
                3L,
                Rank.S_PLUS,
                12L,
                Rank.SS,
                3L,
                Rank.SS_PLUS,
                10L,
                Rank.SSS,
                8L,
                Rank.SSS_PLUS,
                11L));
    assertThat(plays.stream().filter(RecordEntry::achievementNewRecord)).hasSize(22);
    assertThat(plays.stream().filter(RecordEntry::dxScoreNewRecord)).hasSize(23);
  }

  @Test
  void cnLayoutHasNoLevelButAJacketAndNoVsMarks() {
    assertThat(plays)
        .allSatisfy(
            e -> {
              assertThat(e.chart().level()).isEmpty();
              assertThat(e.chart().jacket()).matches("[0-9a-f]{16}");
              assertThat(e.vsKind()).isEmpty();
            });
  }

  @Test
  void sameChartPlayedTwiceKeepsOneJacket() {
    List<RecordEntry> reUnknown =
        plays.stream().filter(e -> e.chart().title().equals("Re:Unknown X")).toList();
    assertThat(reUnknown).hasSize(3);
    assertThat(reUnknown.stream().map(e -> e.chart()).distinct()).hasSize(1);
  }

  private <K> Map<K, Long> count(Function<RecordEntry, K> key) {
    return plays.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }
}
