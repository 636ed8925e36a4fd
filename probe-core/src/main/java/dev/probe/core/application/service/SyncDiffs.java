package dev.probe.core.application.service;

import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.application.port.out.ProfileStorePort;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.diff.BestResults;
import dev.probe.core.domain.diff.CounterChange;
import dev.probe.core.domain.diff.LostPlays;
import dev.probe.core.domain.diff.ProfileDiff;
import dev.probe.core.domain.rating.RatingRules;
import dev.probe.core.domain.view.BestChange;
import dev.probe.core.domain.view.SyncDiff;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds what one sync run changed. */
final class SyncDiffs {

  private final LoadPlaysPort plays;
  private final ProfileStorePort profiles;
  private final PlayViews views;
  private final RatingCalculator ratings;
  private final Clock clock;

  SyncDiffs(
      LoadPlaysPort plays,
      ProfileStorePort profiles,
      PlayViews views,
      RatingCalculator ratings,
      Clock clock) {
    this.plays = plays;
    this.profiles = profiles;
    this.views = views;
    this.ratings = ratings;
    this.clock = clock;
  }

  SyncDiff of(Player player, SyncRun run, ChartDirectory charts) {
    List<Play> found = plays.playsOfRun(run.id());
    Instant first = found.isEmpty() ? run.startedAt() : found.get(0).playedAt();
    Instant afterLast =
        found.isEmpty() ? run.startedAt() : found.get(found.size() - 1).playedAt().plusSeconds(1);
    int before = ratings.at(player, first, charts).total();
    int after = ratings.at(player, afterLast, charts).total();
    LostPlays lost =
        run.lostPlays() > 0 ? new LostPlays(run.lostPlays(), run.lostFrom(), run.lostTo()) : null;
    Map<ChartId, List<Play>> histories = views.histories(player, found);
    return new SyncDiff(
        run,
        views.of(player, found, charts, histories),
        newBests(player, run, found, charts, histories),
        before,
        after,
        counters(player, run),
        lost);
  }

  /** Per chart: the best of the plays stored before the run against that best plus the run's. */
  private List<BestChange> newBests(
      Player player,
      SyncRun run,
      List<Play> found,
      ChartDirectory charts,
      Map<ChartId, List<Play>> histories) {
    Map<ChartId, List<Play>> byChart = new LinkedHashMap<>();
    Set<PlayKey> runKeys = new HashSet<>();
    for (Play p : found) {
      byChart.computeIfAbsent(p.chartId(), k -> new ArrayList<>()).add(p);
      runKeys.add(p.key());
    }
    RatingRules rules = ratings.rulesAt(player, run.startedAt());
    List<BestChange> changes = new ArrayList<>();
    for (Map.Entry<ChartId, List<Play>> e : byChart.entrySet()) {
      PlayResult before = null;
      for (Play p : histories.get(e.getKey())) {
        if (!runKeys.contains(p.key()) && p.playedAt().isBefore(run.startedAt())) {
          before = BestResults.merge(before, p.result());
        }
      }
      PlayResult after = before;
      for (Play p : e.getValue()) {
        after = BestResults.merge(after, p.result());
      }
      if (BestResults.improves(before, after)) {
        var chart = charts.chart(e.getKey());
        int rBefore =
            before == null
                ? 0
                : PlayRating.of(chart, before.achievement(), before.combo(), rules).value();
        int rAfter = PlayRating.of(chart, after.achievement(), after.combo(), rules).value();
        changes.add(new BestChange(charts.info(e.getKey(), rules), before, after, rBefore, rAfter));
      }
    }
    return changes;
  }

  /** Counters changed between the run's snapshot and the one before it. */
  private List<CounterChange> counters(Player player, SyncRun run) {
    Instant end = run.finishedAt() != null ? run.finishedAt() : clock.instant();
    ProfileSnapshot previous = null;
    for (ProfileSnapshot s : profiles.history(player.id())) {
      if (!s.takenAt().isBefore(run.startedAt()) && !s.takenAt().isAfter(end)) {
        return ProfileDiff.between(previous, s);
      }
      previous = s;
    }
    return List.of();
  }
}
