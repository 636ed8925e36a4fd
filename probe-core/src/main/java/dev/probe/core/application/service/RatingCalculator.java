package dev.probe.core.application.service;

import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.application.port.out.ProfileStorePort;
import dev.probe.core.application.port.out.ScoreListStorePort;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.rating.Best50;
import dev.probe.core.domain.rating.RatingRules;
import dev.probe.core.domain.rating.VersionCalendar;
import dev.probe.core.domain.view.RatingPoint;
import java.time.Clock;
import java.time.Instant;
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
  private final NewerPlays newer;
  private final Map<PlayerId, DailyRatings> daily = new HashMap<>();

  RatingCalculator(
      LoadPlaysPort plays, ScoreListStorePort scores, ProfileStorePort profiles, Clock clock) {
    this.plays = plays;
    this.scores = scores;
    this.profiles = profiles;
    this.clock = clock;
    this.newer = new NewerPlays(plays);
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
    List<ChartId> unknown = new ArrayList<>();
    for (BestScore b : bests) {
      if (!charts.knows(b.chartId())) {
        unknown.add(b.chartId());
      }
    }
    if (!unknown.isEmpty()) {
      plays
          .firstPlays(player.id(), unknown)
          .forEach((id, first) -> charts.learn(id, first.chart()));
    }
    return bests;
  }

  /**
   * The rating at the end of each local day with plays, up to {@code asOf}, from the archived plays
   * (score lists have no dates), each day rated under the rules in force then.
   */
  List<RatingPoint> curve(Player player, Instant asOf, ChartDirectory charts) {
    DailyRatings daily = dailyRatings(player, asOf, charts);
    daily.learned().forEach(charts::learn);
    List<ProfileSnapshot> snapshots = profiles.history(player.id());
    List<DailyRatings.Day> days = daily.days();
    int step = Math.max(1, (days.size() + MAX_CURVE_POINTS - 1) / MAX_CURVE_POINTS);
    List<RatingPoint> points = new ArrayList<>();
    for (int d = 0; d < days.size(); d++) {
      if (d % step == 0 || d == days.size() - 1) {
        DailyRatings.Day day = days.get(d);
        points.add(
            new RatingPoint(
                day.at(), day.total(), day.estimated(), netRatingAt(snapshots, day.at())));
      }
    }
    return points;
  }

  /**
   * The player's daily ratings up to {@code asOf}: the kept ones extended by the plays saved since,
   * or computed afresh from every play when they cannot be (another catalogue or game version, an
   * earlier {@code asOf}, a play older than the newest counted).
   */
  private synchronized DailyRatings dailyRatings(
      Player player, Instant asOf, ChartDirectory charts) {
    GameVersion current = VersionCalendar.currentAt(player.region(), clock.instant());
    DailyRatings kept = daily.get(player.id());
    if (kept != null
        && kept.currentVersion == current
        && kept.catalogue.equals(charts.catalogue())
        && !asOf.isBefore(kept.asOf())
        && newer.extend(kept, player, asOf, at -> rulesAt(player, at))) {
      return kept;
    }
    DailyRatings fresh = new DailyRatings(charts.catalogue(), current, player.region().zone());
    fresh.add(plays.playsBeforeWithoutDetail(player.id(), asOf), at -> rulesAt(player, at));
    fresh.counted(asOf);
    if (kept == null || !asOf.isBefore(kept.asOf())) {
      daily.put(player.id(), fresh);
    }
    return fresh;
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
