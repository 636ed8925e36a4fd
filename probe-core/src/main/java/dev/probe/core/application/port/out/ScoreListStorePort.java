package dev.probe.core.application.port.out;

import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.PlayerId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Best scores. They are derived: the best of every archived play and every score-list entry seen,
 * so a best can never go down because a later page shows less.
 */
public interface ScoreListStorePort {

  /** Remembers what score lists showed at {@code seenAt} (bests older than the archive). */
  void saveListedScores(PlayerId player, Instant seenAt, Map<ChartId, PlayResult> scores);

  /**
   * Like {@link #saveListedScores(PlayerId, Instant, Map)}, naming where the list came from ({@code
   * net}, {@code diving-fish}, {@code lxns}, a file). Stores that keep no source ignore it.
   */
  default void saveListedScores(
      PlayerId player, Instant seenAt, String source, Map<ChartId, PlayResult> scores) {
    saveListedScores(player, seenAt, scores);
  }

  /** The best on every chart from plays before {@code asOf} and lists seen before it. */
  List<BestScore> bestScores(PlayerId player, Instant asOf);
}
