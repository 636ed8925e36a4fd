package dev.probe.core.testing.contract;

import static dev.probe.core.testing.TestData.ME;
import static dev.probe.core.testing.TestData.chart;
import static dev.probe.core.testing.TestData.play;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.SyncFlag;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link dev.probe.core.application.port.out.LoadPlaysPort}: paging, filters and order. */
public abstract class LoadPlaysPortContract extends StoreContract {

  private static final ChartRef ALPHA = chart("Alpha");
  private static final ChartRef BETA = ChartRef.of("Beta", ChartType.STD, Difficulty.EXPERT, "12+");
  private static final ChartRef SPACE = chart("\u3000");

  private Play a1;
  private Play b1;
  private Play a2track1;
  private Play a2track2;
  private Play space;

  @BeforeEach
  void somePlays() {
    a1 = play(ALPHA, "2026-04-01T10:00:00Z").achievement("97.0000").build();
    b1 =
        play(BETA, "2026-04-02T10:00:00Z")
            .achievement("100.5000")
            .combo(ComboFlag.AP)
            .detail(dev.probe.core.testing.TestData.detail())
            .build();
    // Two tracks stored at the same second (fallback keys) order by track.
    Instant same = Instant.parse("2026-04-03T10:00:00Z");
    a2track1 =
        play(ALPHA, same)
            .track(1)
            .key(PlayKey.ofMinute(LocalDateTime.parse("2026-04-03T19:00"), 1, ChartIds.of(ALPHA)))
            .achievement("99.0000")
            .sync(SyncFlag.FS)
            .newRecord(true)
            .build();
    a2track2 =
        play(ALPHA, same)
            .track(2)
            .key(PlayKey.ofMinute(LocalDateTime.parse("2026-04-03T19:00"), 2, ChartIds.of(ALPHA)))
            .achievement("98.0000")
            .build();
    space = play(SPACE, "2026-04-04T10:00:00Z").build();
    save(startRun(T0), a1, b1, a2track1, a2track2, space);
  }

  private PageResult<Play> find(PlayFilter filter, int page, int size) {
    return store.loadPlays().findPlays(ME, filter, new PageRequest(page, size));
  }

  private static PlayFilter filter() {
    return PlayFilter.ALL;
  }

  @Test
  void listsAreNewestFirstAndTiesPutTheHigherTrackFirst() {
    assertThat(find(filter(), 1, 10).items()).containsExactly(space, a2track2, a2track1, b1, a1);
  }

  @Test
  void pagesSliceTheOrderedListAndCountTheWhole() {
    PageResult<Play> second = find(filter(), 2, 2);
    assertThat(second.items()).containsExactly(a2track1, b1);
    assertThat(second.total()).isEqualTo(5);
    assertThat(second.pageCount()).isEqualTo(3);
    assertThat(find(filter(), 4, 2).items()).isEmpty();
    assertThat(find(filter(), 4, 2).total()).isEqualTo(5);
  }

  @Test
  void filtersByChartTitleDifficultyTypeAndLevel() {
    assertThat(find(byChart(ALPHA), 1, 10).items()).containsExactly(a2track2, a2track1, a1);
    assertThat(
            find(
                    new PlayFilter(
                        null, "bet", null, null, "", null, null, null, null, null, false),
                    1,
                    10)
                .items())
        .containsExactly(b1);
    assertThat(
            find(
                    new PlayFilter(
                        null, "", Difficulty.EXPERT, null, "", null, null, null, null, null, false),
                    1,
                    10)
                .items())
        .containsExactly(b1);
    assertThat(
            find(
                    new PlayFilter(
                        null, "", null, ChartType.STD, "", null, null, null, null, null, false),
                    1,
                    10)
                .total())
        .isEqualTo(1);
    assertThat(
            find(
                    new PlayFilter(
                        null, "", null, null, "12+", null, null, null, null, null, false),
                    1,
                    10)
                .items())
        .containsExactly(b1);
  }

  @Test
  void filtersByDateRangeFromInclusiveToExclusive() {
    PlayFilter range =
        new PlayFilter(
            null,
            "",
            null,
            null,
            "",
            Instant.parse("2026-04-02T10:00:00Z"),
            Instant.parse("2026-04-04T10:00:00Z"),
            null,
            null,
            null,
            false);
    assertThat(find(range, 1, 10).items()).containsExactly(a2track2, a2track1, b1);
  }

  @Test
  void filtersByRankMarksAndNewRecords() {
    PlayFilter ss =
        new PlayFilter(null, "", null, null, "", null, null, Rank.SS, null, null, false);
    assertThat(find(ss, 1, 10).items()).containsExactly(space, a2track1, b1);
    PlayFilter ap =
        new PlayFilter(null, "", null, null, "", null, null, null, ComboFlag.AP, null, false);
    assertThat(find(ap, 1, 10).items()).containsExactly(b1);
    PlayFilter fs =
        new PlayFilter(null, "", null, null, "", null, null, null, null, SyncFlag.FS, false);
    assertThat(find(fs, 1, 10).items()).containsExactly(a2track1);
    PlayFilter records =
        new PlayFilter(null, "", null, null, "", null, null, null, null, null, true);
    assertThat(find(records, 1, 10).items()).containsExactly(a2track1);
  }

  @Test
  void titlesAreKeptExactlyEvenWhenTheyAreOnlyAnIdeographicSpace() {
    assertThat(find(byChart(SPACE), 1, 10).items()).containsExactly(space);
    assertThat(store.loadPlays().findPlay(ME, space.key()).orElseThrow().chart().title())
        .isEqualTo("\u3000");
  }

  @Test
  void chartHistoryIsEveryPlayOfTheChartOldestFirst() {
    assertThat(store.loadPlays().chartHistory(ME, ChartIds.of(ALPHA)))
        .containsExactly(a1, a2track1, a2track2);
    assertThat(store.loadPlays().chartHistory(ME, ChartIds.of(chart("Nothing")))).isEmpty();
  }

  @Test
  void firstPlaysAreTheOldestOfEachChartPlayed() {
    assertThat(
            store
                .loadPlays()
                .firstPlays(ME, List.of(ChartIds.of(ALPHA), ChartIds.of(chart("Nothing")))))
        .containsExactly(java.util.Map.entry(ChartIds.of(ALPHA), a1));
    assertThat(store.loadPlays().firstPlays(ME, List.of())).isEmpty();
  }

  @Test
  void playsBeforeAnInstantAreOldestFirstAndExcludeThatInstant() {
    assertThat(store.loadPlays().playsBefore(ME, Instant.parse("2026-04-03T10:00:00Z")))
        .containsExactly(a1, b1);
  }

  @Test
  void playsBeforeWithoutDetailAreThoseSamePlaysWithNoDetail() {
    Instant at = Instant.parse("2026-04-03T10:00:01Z");
    List<Play> whole = store.loadPlays().playsBefore(ME, at);
    assertThat(whole).hasSize(4).anyMatch(p -> p.detail() != null);
    assertThat(store.loadPlays().playsBeforeWithoutDetail(ME, at))
        .containsExactlyElementsOf(whole.stream().map(p -> p.withDetail(null)).toList());
  }

  @Test
  void anUnknownPlayerHasNoPlays() {
    assertThat(store.loadPlays().countPlays(dev.probe.core.testing.TestData.SISTER)).isZero();
    assertThat(
            store
                .loadPlays()
                .findPlays(
                    dev.probe.core.testing.TestData.SISTER, PlayFilter.ALL, new PageRequest(1, 5))
                .total())
        .isZero();
  }

  private static PlayFilter byChart(ChartRef ref) {
    return new PlayFilter(
        ChartIds.of(ref), "", null, null, "", null, null, null, null, null, false);
  }
}
