package dev.probe.core.application.service;

import static dev.probe.core.application.service.SampleArchive.master;
import static dev.probe.core.testing.TestData.ME;
import static dev.probe.core.testing.TestData.play;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.application.port.in.ShowRatingQuery;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.rating.RatingBand;
import dev.probe.core.domain.view.RatingEntry;
import dev.probe.core.domain.view.RatingView;
import dev.probe.core.testing.TestData;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sample catalogue's expected values (data/README.md §5) through the whole service. */
class ShowRatingServiceTest {

  private final SampleArchive archive = new SampleArchive();
  private final ShowRatingService service =
      new ShowRatingService(
          archive.store, archive.store, archive.store, archive.store, archive.store, archive.clock);

  @BeforeEach
  void plays() {
    archive.run(
        Instant.parse("2026-11-01T12:00:00Z"),
        play(master("Sample Song 04", ChartType.DX), "2026-11-01T10:00:00Z")
            .achievement("100.5000")
            .combo(ComboFlag.AP)
            .build(),
        play(master("Sample Song 03", ChartType.STD), "2026-11-01T10:05:00Z")
            .achievement("100.4999")
            .build(),
        play(master("Sample Song 01", ChartType.DX), "2026-11-01T10:10:00Z")
            .achievement("96.9999")
            .build());
    archive.run(
        Instant.parse("2026-11-10T12:00:00Z"),
        play(master("Sample Song 05", ChartType.DX), "2026-11-10T10:00:00Z")
            .achievement("101.0000")
            .build(),
        play(
                SampleArchive.of("Sample Song 02", ChartType.DX, Difficulty.REMASTER),
                "2026-11-10T10:05:00Z")
            .achievement("100.7000")
            .build(),
        play(master("\u3000", ChartType.DX), "2026-11-10T10:10:00Z").achievement("98.0000").build(),
        play(master("Sample Song 01", ChartType.STD), "2026-11-10T10:15:00Z")
            .achievement("79.9999")
            .build(),
        play(
                new ChartRef("[宴]Sample Party", ChartType.DX, Difficulty.UTAGE, "13?", "", "", "宴"),
                "2026-11-10T10:20:00Z")
            .achievement("101.0000")
            .build());
  }

  @Test
  void b15AndB35HoldTheExpectedChartRatings() {
    RatingView view = service.showRating(ShowRatingQuery.now(ME));
    assertThat(view.version()).isEqualTo(GameVersion.PRISM_PLUS);
    assertThat(view.newCharts()).extracting(RatingEntry::rating).containsExactly(337);
    // CN has no AP bonus yet: 19004 stays 333
    assertThat(view.oldCharts())
        .extracting(RatingEntry::rating)
        .containsExactly(333, 328, 301, 256, 225, 125);
    assertThat(view.total()).isEqualTo(337 + 333 + 328 + 301 + 256 + 225 + 125);
    assertThat(view.estimated()).isFalse();
    assertThat(view.band()).isEqualTo(RatingBand.BLUE);
    assertThat(view.netRating()).isEqualTo(-1);
    assertThat(view.mismatch()).isFalse();
  }

  @Test
  void netsOwnFigureIsShownBesideAndAMismatchFlagged() {
    archive.store.saveSnapshot(
        TestData.snapshot(ME, Instant.parse("2026-11-10T13:00:00Z"), 1905, 100));
    assertThat(service.showRating(ShowRatingQuery.now(ME)).mismatch()).isFalse();
    archive.store.saveSnapshot(
        TestData.snapshot(ME, Instant.parse("2026-11-11T13:00:00Z"), 1910, 101));
    RatingView view = service.showRating(ShowRatingQuery.now(ME));
    assertThat(view.netRating()).isEqualTo(1910);
    assertThat(view.mismatch()).isTrue();
  }

  @Test
  void theRatingAtAnEarlierInstantUsesOnlyWhatWasPlayedBefore() {
    RatingView then =
        service.showRating(new ShowRatingQuery(ME, Instant.parse("2026-11-05T00:00:00Z"), 0));
    assertThat(then.total()).isEqualTo(333 + 301 + 225);
    assertThat(then.newCharts()).isEmpty();
    assertThat(then.candidates()).isEmpty();
  }

  @Test
  void theCurveEndsAtTheRatingNow() {
    RatingView view = service.showRating(ShowRatingQuery.now(ME));
    assertThat(view.curve()).extracting(p -> p.rating()).containsExactly(859, 1905, 1905);
  }

  @Test
  void candidatesNameTheAchievementThatWouldRaiseTheRating() {
    RatingView view = service.showRating(new ShowRatingQuery(ME, null, 5));
    assertThat(view.candidates()).hasSize(5);
    assertThat(view.candidates()).allSatisfy(c -> assertThat(c.gain()).isPositive());
    assertThat(view.candidates())
        .isSortedAccordingTo((a, b) -> Integer.compare(b.gain(), a.gain()));
    // B35 slots are free, so any A on an unplayed chart adds its whole rating; the hardest first.
    var top = view.candidates().get(0);
    assertThat(top.current()).isNull();
    assertThat(top.needed().format()).isEqualTo("80.0000");
    assertThat(top.gain()).isEqualTo(top.ratingAtNeeded());
    assertThat(top.chart().constant().tenths()).isEqualTo(141); // 19002 MASTER
  }
}
