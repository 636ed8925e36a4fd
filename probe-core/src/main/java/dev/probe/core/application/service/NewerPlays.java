package dev.probe.core.application.service;

import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.diff.ChartHistoryDiffs;
import dev.probe.core.domain.rating.RatingRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Brings kept {@link DailyRatings} up to date with the plays saved since, when that is all that
 * changed: the archive holds exactly the counted plays plus newer ones, read newest first a page at
 * a time. Anything else (an older play imported, a play at or after {@code asOf}, too many new
 * plays, plays saved while reading) is left to a computation from scratch.
 */
final class NewerPlays {
  /** Beyond this many new plays, reading them all at once is as cheap. */
  static final int MAX_NEW = 5000;

  private final LoadPlaysPort plays;

  NewerPlays(LoadPlaysPort plays) {
    this.plays = plays;
  }

  /** Adds the newer plays to {@code kept}; false (leaving it as it was) when it cannot. */
  boolean extend(
      DailyRatings kept, Player player, Instant asOf, Function<Instant, RatingRules> rulesAt) {
    long total = plays.countPlays(player.id());
    long fresh = total - kept.plays();
    if (fresh < 0 || fresh > MAX_NEW) {
      return false;
    }
    List<Play> newer = new ArrayList<>((int) fresh);
    int size = (int) Math.max(1, Math.min(PageRequest.MAX_SIZE, fresh));
    for (int page = 1; newer.size() < fresh; page++) {
      PageResult<Play> read =
          plays.findPlays(player.id(), PlayFilter.ALL, new PageRequest(page, size));
      if (read.total() != total || read.items().isEmpty()) {
        return false; // saved while reading
      }
      for (Play p : read.items()) {
        if (newer.size() < fresh) {
          newer.add(p);
        }
      }
    }
    for (Play p : newer) {
      boolean afterCounted = kept.last() == null || p.playedAt().isAfter(kept.last());
      if (!afterCounted || !p.playedAt().isBefore(asOf)) {
        return false;
      }
    }
    newer.sort(ChartHistoryDiffs.OLDEST_FIRST);
    kept.add(newer, rulesAt);
    kept.counted(asOf);
    return true;
  }
}
