package dev.probe.core.application.service;

import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.diff.BestResults;
import dev.probe.core.domain.rating.Best50;
import dev.probe.core.domain.rating.RatingRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One player's rating at the end of every local day with plays, kept between requests and extended
 * with plays newer than the last one it has seen, so a sync costs the new plays, not the archive.
 * Valid only for the catalogue and the current game version it was computed under.
 */
final class DailyRatings {
  /** The rating at the end of one day. */
  record Day(LocalDate day, Instant at, int total, boolean estimated) {}

  final List<Chart> catalogue;
  final GameVersion currentVersion;
  private final ZoneId zone;
  private final Map<ChartId, Chart> charts = new HashMap<>();
  private final Map<ChartId, ChartRef> learned = new LinkedHashMap<>();
  private final RunningBest50 bests = new RunningBest50(charts);
  private final List<Day> days = new ArrayList<>();
  private long plays;
  private Instant last;
  private Instant asOf = Instant.MIN;

  DailyRatings(List<Chart> catalogue, GameVersion currentVersion, ZoneId zone) {
    this.catalogue = catalogue;
    this.currentVersion = currentVersion;
    this.zone = zone;
    for (Chart c : catalogue) {
      charts.put(c.id(), c);
    }
  }

  /** Plays counted so far. */
  long plays() {
    return plays;
  }

  /** Every play before this instant is counted. */
  Instant asOf() {
    return asOf;
  }

  /** Records that every play before {@code instant} is counted now. */
  void counted(Instant instant) {
    asOf = instant;
  }

  /** The newest play counted; null before any. */
  Instant last() {
    return last;
  }

  List<Day> days() {
    return List.copyOf(days);
  }

  /** Charts learned from plays that the catalogue lacks, with the page's reference to each. */
  Map<ChartId, ChartRef> learned() {
    return learned;
  }

  /**
   * Counts plays (oldest first, none older than {@link #last()}), closing each day under the rules
   * in force at its last play.
   */
  void add(List<Play> newer, Function<Instant, RatingRules> rulesAt) {
    int from = 0;
    while (from < newer.size()) {
      LocalDate day = LocalDate.ofInstant(newer.get(from).playedAt(), zone);
      int end = from;
      while (end < newer.size()
          && LocalDate.ofInstant(newer.get(end).playedAt(), zone).equals(day)) {
        count(newer.get(end++));
      }
      Instant at = newer.get(end - 1).playedAt();
      Best50 b50 = bests.under(rulesAt.apply(at));
      Day closed = new Day(day, at, b50.total(), b50.estimated());
      if (!days.isEmpty() && days.get(days.size() - 1).day().equals(day)) {
        days.set(days.size() - 1, closed); // more plays on the last day seen
      } else {
        days.add(closed);
      }
      from = end;
    }
  }

  private void count(Play p) {
    if (!charts.containsKey(p.chartId())) {
      charts.put(
          p.chartId(),
          new Chart(
              p.chartId(), p.chart().level(), NoteCounts.UNKNOWN, null, Map.of(), false, false));
      learned.put(p.chartId(), p.chart());
    }
    plays++;
    last = p.playedAt();
    BestScore old = bests.best(p.chartId());
    PlayResult merged = BestResults.merge(old == null ? null : old.best(), p.result());
    if (old != null && merged.equals(old.best())) {
      return; // most plays do not beat the best: nothing to re-rate
    }
    boolean raised = old == null || merged.achievement().compareTo(old.best().achievement()) > 0;
    bests.put(new BestScore(p.chartId(), merged, raised ? p.playedAt() : old.achievedAt(), true));
  }
}
