package dev.probe.core.application.service;

import static dev.probe.core.application.service.SampleArchive.master;
import static dev.probe.core.testing.TestData.ME;
import static dev.probe.core.testing.TestData.play;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.view.RatingPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A kept rating curve, extended by new plays, is the curve computed from every play. */
class DailyRatingsTest {

  private final SampleArchive archive = new SampleArchive();
  private final AtomicInteger wholeReads = new AtomicInteger();
  private final RatingCalculator kept =
      new RatingCalculator(counting(archive.store), archive.store, archive.store, archive.clock);
  private final ChartRef song04 = master("Sample Song 04", ChartType.DX);
  private final ChartRef song03 = master("Sample Song 03", ChartType.STD);
  private final ChartRef unknown =
      ChartRef.of("Not In The Catalogue", ChartType.DX, Difficulty.MASTER, "13+");
  private final Player me = archive.store.findPlayer(ME).orElseThrow();

  private List<RatingPoint> keptCurve() {
    return kept.curve(me, archive.clock.instant(), new ChartDirectory(archive.store));
  }

  private List<RatingPoint> fromScratch() {
    return new RatingCalculator(archive.store, archive.store, archive.store, archive.clock)
        .curve(me, archive.clock.instant(), new ChartDirectory(archive.store));
  }

  @Test
  void newerPlaysExtendTheKeptCurveToTheCurveFromScratch() {
    archive.run(
        Instant.parse("2026-11-01T12:00:00Z"),
        play(song04, "2026-11-01T10:00:00Z").achievement("97.0000").build(),
        play(song03, "2026-11-01T10:05:00Z").achievement("95.0000").build());
    assertThat(keptCurve()).isEqualTo(fromScratch()).hasSize(1);
    assertThat(wholeReads).hasValue(1);

    archive.clock.advance(Duration.ofHours(1));
    archive.run(
        Instant.parse("2026-11-01T12:30:00Z"),
        play(song04, "2026-11-01T11:00:00Z").achievement("99.5000").build()); // same day
    archive.run(
        Instant.parse("2026-11-02T12:00:00Z"),
        play(unknown, "2026-11-02T10:00:00Z").achievement("100.1000").build(),
        play(song03, "2026-11-03T10:00:00Z").achievement("100.6000").build());
    archive.clock.set(Instant.parse("2026-11-26T04:00:00Z"));
    List<RatingPoint> extended = keptCurve();
    assertThat(extended).isEqualTo(fromScratch()).hasSize(3);
    assertThat(extended.get(0).rating()).isGreaterThan(0);
    assertThat(extended.get(2).rating()).isGreaterThan(extended.get(0).rating());
    assertThat(wholeReads).as("extended, not read again").hasValue(1);

    ChartDirectory charts = new ChartDirectory(archive.store);
    kept.curve(me, archive.clock.instant(), charts);
    assertThat(charts.knows(ChartId.of(unknown.title(), ChartType.DX, Difficulty.MASTER)))
        .as("charts learned from plays are learned by the request too")
        .isTrue();
  }

  @Test
  void anOlderPlayOrAnotherCatalogueIsComputedFromScratch() {
    archive.run(
        Instant.parse("2026-11-02T12:00:00Z"),
        play(song04, "2026-11-02T10:00:00Z").achievement("97.0000").build());
    keptCurve();
    archive.run(
        Instant.parse("2026-11-03T12:00:00Z"),
        play(song03, "2026-10-20T10:00:00Z").achievement("100.0000").build()); // imported, older
    assertThat(keptCurve()).isEqualTo(fromScratch()).hasSize(2);
    assertThat(wholeReads).hasValue(2);

    archive.store.saveCatalog(
        List.of(),
        List.of(
            dev.probe.core.testing.TestData.catalogChart(
                unknown,
                dev.probe.core.domain.GameVersion.PRISM_PLUS,
                dev.probe.core.domain.GameVersion.PRISM_PLUS,
                139)));
    assertThat(keptCurve()).isEqualTo(fromScratch());
    assertThat(wholeReads).hasValue(3);
  }

  /** The store, counting reads of the whole history. */
  private LoadPlaysPort counting(LoadPlaysPort store) {
    return new LoadPlaysPort() {
      @Override
      public Set<PlayKey> knownKeys(PlayerId player, Collection<PlayKey> keys) {
        return store.knownKeys(player, keys);
      }

      @Override
      public Set<PlayKey> keysWithDetail(PlayerId player, Collection<PlayKey> keys) {
        return store.keysWithDetail(player, keys);
      }

      @Override
      public Optional<Play> findPlay(PlayerId player, PlayKey key) {
        return store.findPlay(player, key);
      }

      @Override
      public PageResult<Play> findPlays(PlayerId player, PlayFilter filter, PageRequest page) {
        return store.findPlays(player, filter, page);
      }

      @Override
      public List<Play> chartHistory(PlayerId player, ChartId chart) {
        return store.chartHistory(player, chart);
      }

      @Override
      public List<Play> playsOfRun(long syncRunId) {
        return store.playsOfRun(syncRunId);
      }

      @Override
      public List<Play> playsBefore(PlayerId player, Instant before) {
        wholeReads.incrementAndGet();
        return store.playsBefore(player, before);
      }

      @Override
      public long countPlays(PlayerId player) {
        return store.countPlays(player);
      }
    };
  }
}
