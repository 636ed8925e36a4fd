package dev.probe.core.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.page.RecordEntry;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PageRecordsTest {

  private static final PlayerId ME = new PlayerId("me");

  @Test
  void thePlayKeyIsTheIdxSecond() {
    RecordEntry e = LostPlaysTest.entry(2, Instant.parse("2025-10-03T05:06:00Z"), 33);
    Play play = PageRecords.play(ME, e, null);

    assertThat(play.key()).isEqualTo(PlayKey.ofInstant(Instant.parse("2025-10-03T05:06:00Z")));
    assertThat(play.key().isExact()).isTrue();
    assertThat(play.chartId()).isEqualTo(ChartIds.of(e.chart()));
    assertThat(play.detail()).isNull();
  }

  @Test
  void oldIdxWithoutTimeFallsBackToMinuteTrackAndChart() {
    RecordEntry t = LostPlaysTest.entry(3, Instant.parse("2025-10-03T05:06:00Z"), 7);
    RecordEntry old =
        new RecordEntry(
            t.track(),
            t.shownAt(),
            t.playedAt(),
            "7",
            t.chart(),
            t.result(),
            0,
            false,
            false,
            0,
            "",
            false);
    Play play = PageRecords.play(ME, old, null);

    assertThat(play.key())
        .isEqualTo(
            PlayKey.ofMinute(LocalDateTime.parse("2025-10-03T13:06"), 3, ChartIds.of(t.chart())));
    assertThat(play.key().isExact()).isFalse();
  }

  @Test
  void idxNeedsSlotAndUnixSeconds() {
    assertThat(PageRecords.idxInstant("33,1759467960")).contains(Instant.ofEpochSecond(1759467960));
    assertThat(PageRecords.idxInstant("33")).isEmpty();
    assertThat(PageRecords.idxInstant("REDACTED")).isEmpty();
    assertThat(PageRecords.idxInstant("33,17594x7960")).isEmpty();
  }
}
