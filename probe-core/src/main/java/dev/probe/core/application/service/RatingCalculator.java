package dev.probe.core.application.service;

import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.application.port.out.ProfileStorePort;
import dev.probe.core.application.port.out.ScoreListStorePort;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.diff.BestResults;
import dev.probe.core.domain.rating.Best50;
import dev.probe.core.domain.rating.RatingRules;
import dev.probe.core.domain.view.RatingPoint;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** DX RATING at an instant and over time, from the archive. */
final class RatingCalculator {

  /** The curve keeps at most this many points (days are thinned evenly, the last day kept). */
  static final int MAX_CURVE_POINTS = 400;

  private final LoadPlaysPort plays;
  private final ScoreListStorePort scores;
  private final ProfileStorePort profiles;
  private final Clock clock;

  RatingCalculator(
      LoadPlaysPort plays, ScoreListStorePort scores, ProfileStorePort profiles, Clock clock) {
    this.plays = plays;
    this.scores = scores;
    this.profiles = profiles;
    this.clock = clock;
  }

  RatingRules rulesAt(Player player, Instant at) {
    return RatingRules.at(player.region(), at, clock.instant());
  }

  /** The B50 from every play before {@code asOf} and every score list seen before it. */
  Best50 at(Player player, Instant asOf, ChartDirectory charts) {
    return Best50.of(bests(player, asOf, charts), charts.charts(), rulesAt(player, asOf));
  }

  /**
   * The bests at {@code asOf}; a chart neither the catalogue nor NET pages saved is learned from
   * its first play, so its rating can still be estimated from the level label.
   */
  List<BestScore> bests(Player player, Instant asOf, ChartDirectory charts) {
    List<BestScore> bests = scores.bestScores(player.id(), asOf);
    for (BestScore b : bests) {
      if (!charts.knows(b.chartId())) {
        List<Play> history = plays.chartHistory(player.id(), b.chartId());
        if (!history.isEmpty()) {
          charts.learn(b.chartId(), history.get(0).chart());
        }
      }
    }
    return bests;
  }

  /**
   * The rating at the end of each local day with plays, up to {@code asOf}, from the archived plays
   * (score lists have no dates), each day rated under the rules in force then.
   */
  List<RatingPoint> curve(Player player, Instant asOf, ChartDirectory charts) {
    List<Play> all = plays.playsBefore(player.id(), asOf);
    List<ProfileSnapshot> snapshots = profiles.history(player.id());
    List<Integer> dayEnds = dayEnds(player, all);
    int step = Math.max(1, (dayEnds.size() + MAX_CURVE_POINTS - 1) / MAX_CURVE_POINTS);
    Map<ChartId, BestScore> bests = new HashMap<>();
    List<RatingPoint> points = new ArrayList<>();
    int from = 0;
    for (int d = 0; d < dayEnds.size(); d++) {
      int end = dayEnds.get(d);
      for (int i = from; i < end; i++) {
        Play p = all.get(i);
        charts.learn(p.chartId(), p.chart());
        BestScore old = bests.get(p.chartId());
        PlayResult merged = BestResults.merge(old == null ? null : old.best(), p.result());
        boolean raised =
            old == null || merged.achievement().compareTo(old.best().achievement()) > 0;
        bests.put(
            p.chartId(),
            new BestScore(p.chartId(), merged, raised ? p.playedAt() : old.achievedAt(), true));
      }
      from = end;
      if (d % step == 0 || d == dayEnds.size() - 1) {
        Instant at = all.get(end - 1).playedAt();
        Best50 b50 = Best50.of(bests.values(), charts.charts(), rulesAt(player, at));
        points.add(new RatingPoint(at, b50.total(), b50.estimated(), netRatingAt(snapshots, at)));
      }
    }
    return points;
  }

  /** Indexes just past the last play of each local day, in a list sorted oldest first. */
  private static List<Integer> dayEnds(Player player, List<Play> all) {
    List<Integer> ends = new ArrayList<>();
    LocalDate current = null;
    for (int i = 0; i < all.size(); i++) {
      LocalDate day = LocalDate.ofInstant(all.get(i).playedAt(), player.region().zone());
      if (current != null && !day.equals(current)) {
        ends.add(i);
      }
      current = day;
    }
    if (!all.isEmpty()) {
      ends.add(all.size());
    }
    return ends;
  }

  /** NET's rating at the newest snapshot at or before {@code at}; -1 when none. */
  static int netRatingAt(List<ProfileSnapshot> oldestFirst, Instant at) {
    int rating = -1;
    for (ProfileSnapshot s : oldestFirst) {
      if (s.takenAt().isAfter(at)) {
        break;
      }
      rating = s.user().rating();
    }
    return rating;
  }
}
