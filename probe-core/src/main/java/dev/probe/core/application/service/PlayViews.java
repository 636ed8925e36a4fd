package dev.probe.core.application.service;

import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.diff.ChartHistoryDiffs;
import dev.probe.core.domain.diff.PlayDiff;
import dev.probe.core.domain.rating.RatingRules;
import dev.probe.core.domain.view.PlayView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns plays into {@link PlayView}s: each with its chart, its rating under the rules in force when
 * it was played, and its diff against the best of the earlier plays on that chart. Loads the
 * history of each chart once.
 */
final class PlayViews {

  private final LoadPlaysPort plays;
  private final Clock clock;

  PlayViews(LoadPlaysPort plays, Clock clock) {
    this.plays = plays;
    this.clock = clock;
  }

  List<PlayView> of(Player player, List<Play> page, ChartDirectory charts) {
    return of(player, page, charts, histories(player, page));
  }

  /** The whole history of each chart the plays are on, oldest first. */
  Map<ChartId, List<Play>> histories(Player player, List<Play> plays) {
    Set<ChartId> chartIds = new LinkedHashSet<>();
    for (Play p : plays) {
      chartIds.add(p.chartId());
    }
    Map<ChartId, List<Play>> histories = new HashMap<>();
    for (ChartId chart : chartIds) {
      histories.put(chart, this.plays.chartHistory(player.id(), chart));
    }
    return histories;
  }

  /** Views of plays whose charts' {@link #histories} were read already. */
  List<PlayView> of(
      Player player, List<Play> page, ChartDirectory charts, Map<ChartId, List<Play>> histories) {
    Map<PlayKey, PlayDiff> diffs = new HashMap<>();
    for (List<Play> history : histories.values()) {
      diffs.putAll(diffsOf(history));
    }
    List<PlayView> views = new ArrayList<>(page.size());
    for (Play p : page) {
      views.add(view(player, p, diffs.get(p.key()), charts));
    }
    return views;
  }

  /** Views of a whole chart history (oldest first) without loading it again. */
  List<PlayView> ofHistory(Player player, List<Play> history, ChartDirectory charts) {
    Map<PlayKey, PlayDiff> diffs = diffsOf(history);
    List<PlayView> views = new ArrayList<>(history.size());
    for (Play p : history) {
      views.add(view(player, p, diffs.get(p.key()), charts));
    }
    return views;
  }

  private static Map<PlayKey, PlayDiff> diffsOf(List<Play> history) {
    List<Play> ordered = new ArrayList<>(history);
    ordered.sort(ChartHistoryDiffs.OLDEST_FIRST);
    List<PlayDiff> diffs = ChartHistoryDiffs.of(ordered, null);
    Map<PlayKey, PlayDiff> byKey = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      byKey.put(ordered.get(i).key(), diffs.get(i));
    }
    return byKey;
  }

  private PlayView view(Player player, Play p, PlayDiff diff, ChartDirectory charts) {
    RatingRules rules = RatingRules.at(player.region(), p.playedAt(), clock.instant());
    charts.learn(p.chartId(), p.chart());
    PlayRating rating =
        PlayRating.of(
            charts.chart(p.chartId()), p.result().achievement(), p.result().combo(), rules);
    PlayDiff d = diff != null ? diff : PlayDiff.of(null, p.result());
    return new PlayView(p, charts.info(p.chartId(), rules), rating.value(), rating.estimated(), d);
  }
}
