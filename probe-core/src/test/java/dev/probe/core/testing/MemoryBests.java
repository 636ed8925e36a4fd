package dev.probe.core.testing;

import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.diff.BestResults;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Score-list sightings and the bests derived from them and the plays: every part the best ever seen
 * before the instant asked, so a best can never go down.
 */
final class MemoryBests {

  private record Listing(Instant seenAt, Map<ChartId, PlayResult> scores) {}

  private final Journal journal;
  private final MemoryPlays plays;
  private final Map<PlayerId, List<Listing>> listings = new HashMap<>();

  MemoryBests(Journal journal, MemoryPlays plays) {
    this.journal = journal;
    this.plays = plays;
  }

  void saveListed(PlayerId player, Instant seenAt, Map<ChartId, PlayResult> scores) {
    journal.add(
        listings.computeIfAbsent(player, k -> new ArrayList<>()),
        new Listing(seenAt, Map.copyOf(scores)));
  }

  /** Per chart: the best of all sources before {@code asOf}, ordered by chart id. */
  List<BestScore> bests(PlayerId player, Instant asOf) {
    Map<ChartId, Fold> folds = new TreeMap<>();
    for (Map.Entry<ChartId, TreeSet<Play>> chart : plays.byChart(player).entrySet()) {
      for (Play p : chart.getValue()) {
        if (!p.playedAt().isBefore(asOf)) {
          break;
        }
        folds.computeIfAbsent(chart.getKey(), k -> new Fold()).add(p.result(), p.playedAt(), true);
      }
    }
    for (Listing l : listings.getOrDefault(player, List.of())) {
      if (l.seenAt().isBefore(asOf)) {
        l.scores()
            .forEach(
                (chart, result) ->
                    folds.computeIfAbsent(chart, k -> new Fold()).add(result, l.seenAt(), false));
      }
    }
    List<BestScore> out = new ArrayList<>(folds.size());
    folds.forEach((chart, f) -> out.add(f.toBest(chart)));
    return out;
  }

  /** Folds the results of one chart, in any order. */
  private static final class Fold {
    private PlayResult all;
    private PlayResult fromPlays;
    private Instant firstReached;

    void add(PlayResult result, Instant at, boolean play) {
      int c = all == null ? 1 : result.achievement().compareTo(all.achievement());
      if (c > 0 || (c == 0 && at.isBefore(firstReached))) {
        firstReached = at;
      }
      all = BestResults.merge(all, result);
      if (play) {
        fromPlays = BestResults.merge(fromPlays, result);
      }
    }

    BestScore toBest(ChartId chart) {
      return new BestScore(chart, all, firstReached, all.equals(fromPlays));
    }
  }
}
