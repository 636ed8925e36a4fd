package dev.probe.core.application.service;

import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.Photo;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayDetail;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.page.HomePage;
import dev.probe.core.domain.page.MusicDetailChart;
import dev.probe.core.domain.page.MusicDetailPage;
import dev.probe.core.domain.page.PhotoAlbumPage;
import dev.probe.core.domain.page.PlayerDataPage;
import dev.probe.core.domain.page.RecordEntry;
import dev.probe.core.domain.page.ScoreEntry;
import dev.probe.core.domain.page.ScoreListPage;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns typed NET pages into the archive's records. Pure functions. */
final class PageRecords {

  private static final Pattern IDX = Pattern.compile("(\\d{1,3}),(\\d{9,11})");

  private PageRecords() {}

  /** A play as a record-list entry shows it; {@code detail} null when only the list was read. */
  static Play play(PlayerId player, RecordEntry entry, PlayDetail detail) {
    ChartId chartId = ChartIds.of(entry.chart());
    Optional<Instant> exact = idxInstant(entry.detailIdx());
    PlayKey key =
        exact
            .map(PlayKey::ofInstant)
            .orElseGet(() -> PlayKey.ofMinute(entry.shownAt(), entry.track(), chartId));
    return new Play(
        player,
        key,
        chartId,
        entry.chart(),
        entry.track(),
        exact.orElse(entry.playedAt()),
        entry.result(),
        entry.achievementNewRecord(),
        entry.dxScoreNewRecord(),
        entry.place(),
        entry.detailIdx(),
        detail);
  }

  /** The exact play time in a detail idx {@code slot,unixseconds}; empty on old idx forms. */
  static Optional<Instant> idxInstant(String detailIdx) {
    Matcher m = IDX.matcher(detailIdx == null ? "" : detailIdx.trim());
    return m.matches()
        ? Optional.of(Instant.ofEpochSecond(Long.parseLong(m.group(2))))
        : Optional.empty();
  }

  static ProfileSnapshot snapshot(PlayerId player, Instant takenAt, PlayerDataPage page) {
    return new ProfileSnapshot(
        player,
        takenAt,
        page.player(),
        page.playCountVersion(),
        page.playCountTotal(),
        page.counters());
  }

  static ProfileSnapshot snapshot(PlayerId player, Instant takenAt, HomePage page) {
    return new ProfileSnapshot(player, takenAt, page.player(), -1, -1, Map.of());
  }

  static List<Photo> photos(PlayerId player, PhotoAlbumPage page) {
    return page.photos().stream()
        .map(p -> new Photo(player, p.takenAt(), p.chart(), p.imageUrl(), ""))
        .toList();
  }

  /** The played charts of a score list with their bests; a chart listed twice keeps its best. */
  static Map<ChartId, PlayResult> listedScores(ScoreListPage page) {
    Map<ChartId, PlayResult> scores = new LinkedHashMap<>();
    for (ScoreEntry entry : page.entries()) {
      if (entry.played()) {
        scores.merge(ChartIds.of(entry.chart()), entry.result(), PageRecords::better);
      }
    }
    return scores;
  }

  /** The played charts of a musicDetail page with their bests. */
  static Map<ChartId, PlayResult> listedScores(MusicDetailPage page) {
    Map<ChartId, PlayResult> scores = new LinkedHashMap<>();
    for (MusicDetailChart chart : page.charts()) {
      if (chart.result() != null) {
        scores.merge(ChartIds.of(chartRef(page, chart)), chart.result(), PageRecords::better);
      }
    }
    return scores;
  }

  static ChartRef chartRef(MusicDetailPage page, MusicDetailChart chart) {
    return new ChartRef(
        page.title(),
        page.type(),
        chart.difficulty(),
        chart.level(),
        page.jacket(),
        page.genre(),
        "");
  }

  private static PlayResult better(PlayResult a, PlayResult b) {
    return a.achievement().compareTo(b.achievement()) >= 0 ? a : b;
  }
}
