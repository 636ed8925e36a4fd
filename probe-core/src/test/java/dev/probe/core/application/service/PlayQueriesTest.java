package dev.probe.core.application.service;

import static dev.probe.core.application.service.SampleArchive.master;
import static dev.probe.core.testing.TestData.ME;
import static dev.probe.core.testing.TestData.play;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.application.port.in.ListPlaysQuery;
import dev.probe.core.application.port.in.ShowChartHistoryQuery;
import dev.probe.core.application.port.in.ShowPlayQuery;
import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.NetPaths;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.diff.Trend;
import dev.probe.core.domain.view.PlayView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Play history, one play, and one chart's history. */
class PlayQueriesTest {

  private final SampleArchive archive = new SampleArchive();
  private final ChartRef song04 = master("Sample Song 04", ChartType.DX);
  private final Play first = play(song04, "2026-11-01T10:00:00Z").achievement("99.0000").build();
  private final Play second = play(song04, "2026-11-02T10:00:00Z").achievement("100.5000").build();
  private final Play third = play(song04, "2026-11-03T10:00:00Z").achievement("99.5000").build();
  private final ChartRef learned =
      new ChartRef("Only On NET", ChartType.DX, Difficulty.EXPERT, "12+", "", "", "");
  private final Play other = play(learned, "2026-11-03T11:00:00Z").achievement("100.0000").build();

  private final ListPlaysService list =
      new ListPlaysService(archive.store, archive.store, archive.store, archive.clock);
  private final ShowPlayService show =
      new ShowPlayService(
          archive.store, archive.store, archive.store, archive.store, archive.clock);
  private final ShowChartHistoryService history =
      new ShowChartHistoryService(
          archive.store, archive.store, archive.store, archive.store, archive.clock);

  private void playAll() {
    archive.run(Instant.parse("2026-11-04T00:00:00Z"), third, other, first, second);
  }

  @Test
  void playsComeNewestFirstWithRatingAndDiffAgainstTheEarlierBest() {
    playAll();
    List<PlayView> page = list.listPlays(new ListPlaysQuery(ME, null, null)).items();
    assertThat(page)
        .extracting(v -> v.play().key())
        .containsExactly(other.key(), third.key(), second.key(), first.key());
    PlayView thirdView = page.get(1);
    assertThat(thirdView.rating()).isEqualTo(310); // 21.1 × 14.8 × 0.995 = 310.7
    assertThat(thirdView.diff().achievement()).isEqualTo(Trend.DOWN);
    assertThat(thirdView.diff().achievementDelta()).isEqualTo(-10_000);
    assertThat(page.get(2).diff().achievement()).isEqualTo(Trend.UP);
    assertThat(page.get(3).diff().first()).isTrue();
  }

  @Test
  void aPlayOnAChartOnlyNetShowedIsRatedFromItsLabelAndMarkedEstimated() {
    playAll();
    PlayView view =
        list.listPlays(new ListPlaysQuery(ME, null, new PageRequest(1, 1))).items().get(0);
    assertThat(view.chart().inCatalogue()).isFalse();
    assertThat(view.chart().constantEstimated()).isTrue();
    assertThat(view.ratingEstimated()).isTrue();
    assertThat(view.rating()).isEqualTo(272); // 21.6 × 12.6 × 1.0
    assertThat(view.diff().first()).isTrue();
  }

  @Test
  void filtersReachTheStore() {
    playAll();
    PlayFilter only =
        new PlayFilter(
            ChartIds.of(song04), "", null, null, "", null, null, null, null, null, false);
    assertThat(list.listPlays(new ListPlaysQuery(ME, only, new PageRequest(1, 2))).total())
        .isEqualTo(3);
  }

  @Test
  void onePlayShowsItsDiffAndTheRawPageItCameFrom() {
    playAll();
    String url = NetPaths.url(Region.CN, NetPaths.playDetail(third.detailIdx())).toString();
    long run =
        archive.store.startRun(
            dev.probe.core.testing.TestData.run(ME, Instant.parse("2026-11-05T00:00:00Z")));
    archive.store.saveRawPage(
        ME,
        run,
        new RawPage(
            java.net.URI.create(url),
            Instant.parse("2026-11-05T00:00:00Z"),
            "<html/>".getBytes(StandardCharsets.UTF_8)));
    var detail = show.showPlay(ShowPlayQuery.of(ME, third.key().value()));
    assertThat(detail.play().diff().achievement()).isEqualTo(Trend.DOWN);
    assertThat(detail.play().diff().previousBest().achievement().format()).isEqualTo("100.5000");
    assertThat(detail.playsOnChart()).isEqualTo(3);
    assertThat(detail.detailPageIfStored()).isPresent();
    assertThat(detail.play().chart().artist()).isEqualTo("Sample Artist D");
  }

  @Test
  void unknownPlaysAndPlayersAreNotFound() {
    assertThatThrownBy(() -> show.showPlay(ShowPlayQuery.of(ME, "t:1")))
        .isInstanceOf(ProbeException.class)
        .extracting(e -> ((ProbeException) e).kind())
        .isEqualTo(ProbeException.Kind.NOT_FOUND);
    assertThatThrownBy(() -> list.listPlays(new ListPlaysQuery(new PlayerId("nobody"), null, null)))
        .hasMessageContaining("no player 'nobody'");
    assertThatThrownBy(() -> ShowPlayQuery.of(ME, "garbage"))
        .extracting(e -> ((ProbeException) e).kind())
        .isEqualTo(ProbeException.Kind.INVALID_INPUT);
  }

  @Test
  void chartHistoryIsOldestFirstWithSeriesAndDiffs() {
    playAll();
    var view = history.showChartHistory(new ShowChartHistoryQuery(ME, ChartIds.of(song04)));
    assertThat(view.plays())
        .extracting(v -> v.play().result().achievement().format())
        .containsExactly("99.0000", "100.5000", "99.5000");
    assertThat(view.plays())
        .extracting(v -> v.diff().achievement())
        .containsExactly(Trend.FIRST, Trend.UP, Trend.DOWN);
    assertThat(view.plays()).extracting(PlayView::rating).containsExactly(304, 333, 310);
    assertThat(view.best().best().achievement().format()).isEqualTo("100.5000");
    assertThat(view.chart().constant().tenths()).isEqualTo(148);
  }

  @Test
  void aCatalogueChartNeverPlayedHasAnEmptyHistoryAndAnUnknownOneIsNotFound() {
    var empty =
        history.showChartHistory(
            new ShowChartHistoryQuery(ME, ChartIds.of(master("Sample Song 05", ChartType.DX))));
    assertThat(empty.plays()).isEmpty();
    assertThat(empty.bestIfPlayed()).isEmpty();
    assertThatThrownBy(
            () -> history.showChartHistory(new ShowChartHistoryQuery(ME, ChartIds.of(learned))))
        .hasMessageContaining("no chart");
  }
}
