package dev.probe.store;

import static dev.probe.store.gen.Tables.PLAY_MONTH;

import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.PlayFilter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.SortedMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * Plays per player, difficulty and UTC month ({@code play_month}), written by the transaction that
 * saves the plays, so that a deep history page can start its walk at the month of its first play
 * instead of skipping every play before it. Savers add in key order, so rows are locked alike.
 */
final class PlayMonths {

  /** A difficulty and month to which plays were added. */
  record Key(String difficulty, Instant month) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = difficulty.compareTo(o.difficulty);
      return c != 0 ? c : month.compareTo(o.month);
    }
  }

  /**
   * Where a walk in play order starts: the plays before (newest first) or from (oldest first)
   * {@code bound}, less {@code skip} of them.
   */
  record Start(Instant bound, long skip) {}

  private PlayMonths() {}

  /** The UTC month that holds {@code playedAt}, as its first instant. */
  static Instant month(Instant playedAt) {
    return YearMonth.from(playedAt.atOffset(ZoneOffset.UTC))
        .atDay(1)
        .atStartOfDay()
        .toInstant(ZoneOffset.UTC);
  }

  /** Adds plays just inserted, per difficulty and month. */
  static void add(DSLContext dsl, String player, SortedMap<Key, Long> plays) {
    if (plays.isEmpty()) {
      return;
    }
    dsl.execute(
        "insert into play_month (player, difficulty, month, plays)"
            + " select ?, u.difficulty, u.month, u.n"
            + " from unnest(?::varchar[], ?::text[]::timestamptz[], ?::bigint[])"
            + " as u (difficulty, month, n)"
            + " on conflict (player, difficulty, month)"
            + " do update set plays = play_month.plays + excluded.plays",
        player,
        plays.keySet().stream().map(Key::difficulty).toArray(String[]::new),
        plays.keySet().stream().map(k -> k.month().toString()).toArray(String[]::new),
        plays.values().toArray(Long[]::new));
  }

  /** Whether the counts serve this filter: it names a difficulty at most. */
  static boolean serve(PlayFilter f) {
    return PlayTally.counts(f)
        && f.chart() == null
        && f.titleContains().isEmpty()
        && f.type() == null
        && f.level().isEmpty();
  }

  /**
   * Where to start a walk that skips {@code skip} of the player's plays (of {@code difficulty},
   * when not null), newest first or oldest first: at the month that holds the first play wanted.
   */
  static Optional<Start> start(
      DSLContext dsl, String player, Difficulty difficulty, long skip, boolean newestFirst) {
    Field<OffsetDateTime> month = PLAY_MONTH.MONTH;
    Condition which =
        difficulty == null ? DSL.noCondition() : PLAY_MONTH.DIFFICULTY.eq(difficulty.name());
    long before = 0;
    for (Record2<OffsetDateTime, BigDecimal> r :
        dsl.select(month, DSL.sum(PLAY_MONTH.PLAYS))
            .from(PLAY_MONTH)
            .where(PLAY_MONTH.PLAYER.eq(player))
            .and(which)
            .groupBy(month)
            .orderBy(newestFirst ? month.desc() : month.asc())
            .fetch()) {
      long n = r.value2().longValueExact();
      if (before + n > skip) {
        OffsetDateTime start = r.value1().withOffsetSameInstant(ZoneOffset.UTC);
        Instant bound = (newestFirst ? start.plusMonths(1) : start).toInstant();
        return Optional.of(new Start(bound, skip - before));
      }
      before += n;
    }
    return Optional.empty();
  }
}
