package dev.probe.core.application.service;

import static dev.probe.core.application.service.SampleArchive.master;
import static dev.probe.core.testing.TestData.ME;
import static dev.probe.core.testing.TestData.play;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.application.port.in.AddPlayerCommand;
import dev.probe.core.application.port.in.ListChartsQuery;
import dev.probe.core.application.port.in.ListPlaysQuery;
import dev.probe.core.application.port.in.ShowDashboardQuery;
import dev.probe.core.application.port.in.ShowRatingQuery;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.view.ChartListItem;
import dev.probe.core.testing.TestData;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cached answers are the same object until a write completes, and fresh right after it. */
class CachedQueriesServiceTest {

  private final SampleArchive archive = new SampleArchive();
  private final WatchedArchive watched = WatchedArchive.of(ArchivePorts.of(archive.store));
  private final ArchivePorts ports = watched.ports();
  private final CachedQueriesService cached = cachedOver(watched);
  private final ChartRef song04 = master("Sample Song 04", ChartType.DX);
  private final ChartRef song03 = master("Sample Song 03", ChartType.STD);
  private final ShowDashboardQuery dashboard = ShowDashboardQuery.of(ME);
  private final ListPlaysQuery firstPage = new ListPlaysQuery(ME, null, null);

  private CachedQueriesService cachedOver(WatchedArchive a) {
    ArchivePorts p = a.ports();
    return new CachedQueriesService(
        a.changes(),
        archive.clock,
        new ManagePlayersService(p.players(), p.transactions()),
        new ShowDashboardService(
            p.players(),
            p.loadPlays(),
            p.scoreLists(),
            p.profiles(),
            p.catalog(),
            p.runs(),
            archive.clock),
        new ListPlaysService(p.players(), p.loadPlays(), p.catalog(), archive.clock),
        new ListChartsService(
            p.players(), p.loadPlays(), p.scoreLists(), p.profiles(), p.catalog(), archive.clock),
        new ShowRatingService(
            p.players(), p.loadPlays(), p.scoreLists(), p.profiles(), p.catalog(), archive.clock),
        new ShowChartHistoryService(
            p.players(), p.loadPlays(), p.scoreLists(), p.catalog(), archive.clock));
  }

  /** A sync as the services save one: a run, its plays, its end, all through the watched ports. */
  private long sync(String at, Play... plays) {
    Instant started = Instant.parse(at);
    long id = ports.runs().startRun(TestData.run(ME, started));
    ports.savePlays().savePlays(id, List.of(plays));
    ports
        .runs()
        .finishRun(
            TestData.finished(
                ports.runs().findRun(id).orElseThrow(), id, started.plusSeconds(60), plays.length));
    return id;
  }

  @BeforeEach
  void firstSync() {
    sync(
        "2026-11-01T12:00:00Z",
        play(song04, "2026-11-01T10:00:00Z").achievement("99.0000").build());
  }

  @Test
  void anUnchangedArchiveIsAnsweredFromMemory() {
    assertThat(cached.listPlayers()).isSameAs(cached.listPlayers());
    assertThat(cached.showDashboard(dashboard)).isSameAs(cached.showDashboard(dashboard));
    assertThat(cached.listPlays(firstPage)).isSameAs(cached.listPlays(firstPage));
    assertThat(cached.listCharts(ListChartsQuery.all(ME)))
        .isSameAs(cached.listCharts(ListChartsQuery.all(ME)));
    assertThat(cached.showRating(ShowRatingQuery.now(ME)))
        .isSameAs(cached.showRating(ShowRatingQuery.now(ME)));
  }

  @Test
  void aSyncRefreshesTheDashboardThePlaysAndTheChartList() {
    var before = cached.showDashboard(dashboard);
    assertThat(before.playCount()).isEqualTo(1);
    assertThat(best(cached.listCharts(ListChartsQuery.all(ME)), song04)).isEqualTo("99.0000");
    assertThat(cached.listPlays(firstPage).total()).isEqualTo(1);

    sync(
        "2026-11-02T12:00:00Z",
        play(song04, "2026-11-02T10:00:00Z").achievement("100.5000").build(),
        play(song03, "2026-11-02T10:05:00Z").achievement("97.0000").build());

    var after = cached.showDashboard(dashboard);
    assertThat(after.playCount()).isEqualTo(3);
    assertThat(after.latestPlays().get(0).play().chart().title()).isEqualTo("Sample Song 03");
    assertThat(after.rating()).isGreaterThan(before.rating());
    assertThat(after.curve()).hasSize(before.curve().size() + 1);
    assertThat(after.latestSync().newPlays()).hasSize(2);
    assertThat(best(cached.listCharts(ListChartsQuery.all(ME)), song04)).isEqualTo("100.5000");
    assertThat(cached.listPlays(firstPage).total()).isEqualTo(3);
    assertThat(cached.showRating(ShowRatingQuery.now(ME)).total()).isEqualTo(after.rating());
  }

  @Test
  void aViewReadWhileATransactionIsOpenIsNotKeptPastIt() {
    var during =
        ports
            .transactions()
            .inTransaction(
                () -> {
                  long id =
                      ports
                          .runs()
                          .startRun(TestData.run(ME, Instant.parse("2026-11-03T12:00:00Z")));
                  ports
                      .savePlays()
                      .savePlays(
                          id,
                          List.of(
                              play(song03, "2026-11-03T10:00:00Z").achievement("98.0000").build()));
                  return cached.showDashboard(dashboard);
                });
    var after = cached.showDashboard(dashboard);
    assertThat(after).isNotSameAs(during);
    assertThat(after.playCount()).isEqualTo(2);
  }

  @Test
  void aCatalogueChangeRefreshesTheChartList() {
    List<ChartListItem> before = cached.listCharts(ListChartsQuery.all(ME));
    ChartRef added = master("Cache Test Song", ChartType.DX);
    ports
        .catalog()
        .saveCatalog(
            List.of(TestData.song(added.title(), GameVersion.PRISM_PLUS)),
            List.of(
                TestData.catalogChart(added, GameVersion.PRISM_PLUS, GameVersion.PRISM_PLUS, 135)));
    List<ChartListItem> after = cached.listCharts(ListChartsQuery.all(ME));
    assertThat(after).hasSize(before.size() + 1);
    assertThat(after).anyMatch(i -> i.chart().title().equals("Cache Test Song"));
  }

  @Test
  void aNewGameVersionReratesWithoutAnyWrite() {
    var now = cached.showRating(ShowRatingQuery.now(ME));
    archive.clock.set(Instant.parse("2026-06-01T00:00:00Z")); // back in CN PRiSM
    var then = cached.showRating(ShowRatingQuery.now(ME));
    assertThat(then).isNotSameAs(now);
    assertThat(then.version()).isEqualTo(GameVersion.PRISM);
  }

  @Test
  void failuresAreThrownAsTheyAreAndNotKept() {
    PlayerId sister = TestData.SISTER;
    assertThatThrownBy(() -> cached.showDashboard(ShowDashboardQuery.of(sister)))
        .isInstanceOf(ProbeException.class)
        .extracting(e -> ((ProbeException) e).kind())
        .isEqualTo(ProbeException.Kind.NOT_FOUND);
    assertThat(cached.listPlayers()).extracting(p -> p.id()).containsExactly(ME);
    cached.addPlayer(new AddPlayerCommand(sister, Region.CN, ""));
    assertThat(cached.listPlayers()).extracting(p -> p.id()).containsExactly(ME, sister);
    assertThat(cached.findPlayer(sister).id()).isEqualTo(sister);
    assertThat(cached.showDashboard(ShowDashboardQuery.of(sister)).playCount()).isZero();
  }

  @Test
  void theKeptPlayerAndSessionAreTheSavedOnes() {
    var first =
        new dev.probe.core.domain.NetSession(
            ME, Region.CN, java.util.Map.of("_t", "one"), Instant.parse("2026-11-01T00:00:00Z"));
    ports.sessions().saveSession(first);
    assertThat(ports.sessions().loadSession(ME)).contains(first);
    var rotated =
        new dev.probe.core.domain.NetSession(
            ME, Region.CN, java.util.Map.of("_t", "two"), Instant.parse("2026-11-01T00:01:00Z"));
    ports.sessions().saveSession(rotated);
    assertThat(ports.sessions().loadSession(ME)).contains(rotated);
    ports.sessions().deleteSession(ME);
    assertThat(ports.sessions().loadSession(ME)).isEmpty();

    assertThat(ports.players().findPlayer(ME).orElseThrow().name()).isNotEqualTo("RENAMED");
    ports.players().savePlayer(new dev.probe.core.domain.Player(ME, Region.CN, "RENAMED", ""));
    assertThat(ports.players().findPlayer(ME).orElseThrow().name()).isEqualTo("RENAMED");
  }

  private static String best(List<ChartListItem> items, ChartRef chart) {
    return items.stream()
        .filter(i -> i.chart().title().equals(chart.title()) && i.chart().type() == chart.type())
        .filter(i -> i.chart().difficulty() == chart.difficulty())
        .findFirst()
        .orElseThrow()
        .best()
        .best()
        .achievement()
        .format();
  }
}
