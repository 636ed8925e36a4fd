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
    Map<ChartId, Merge> merges = new TreeMap<>();
    for (Play p : plays.before(player, asOf)) {
      merges.computeIfAbsent(p.chartId(), k -> new Merge()).add(p.result(), p.playedAt(), true);
    }
    for (Listing l : listings.getOrDefault(player, List.of())) {
      if (l.seenAt().isBefore(asOf)) {
        l.scores()
            .forEach(
                (chart, result) ->
                    merges.computeIfAbsent(chart, k -> new Merge()).add(result, l.seenAt(), false));
      }
    }
    List<BestScore> out = new ArrayList<>(merges.size());
    merges.forEach((chart, m) -> out.add(m.toBest(chart)));
    return out;
  }

  /** Folds the results of one chart. */
  private static final class Merge {
    private PlayResult all;
    private PlayResult fromPlays;
    private final List<Map.Entry<Instant, PlayResult>> seen = new ArrayList<>();

    void add(PlayResult result, Instant at, boolean play) {
      all = BestResults.merge(all, result);
      if (play) {
        fromPlays = BestResults.merge(fromPlays, result);
      }
      seen.add(Map.entry(at, result));
    }

    BestScore toBest(ChartId chart) {
      Instant first = null;
      for (Map.Entry<Instant, PlayResult> e : seen) {
        boolean reaches = e.getValue().achievement().equals(all.achievement());
        if (reaches && (first == null || e.getKey().isBefore(first))) {
          first = e.getKey();
        }
      }
      return new BestScore(chart, all, first, all.equals(fromPlays));
    }
  }
}
