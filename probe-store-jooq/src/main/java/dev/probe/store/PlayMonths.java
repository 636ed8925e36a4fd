package dev.probe.store;

import static dev.probe.store.gen.Tables.PLAY_MONTH;

import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.PlayFilter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * Plays per player, difficulty and UTC month ({@code play_month}), written by the transaction that
 * saves the plays: the totals of all plays or of one difficulty add up a few dozen rows, and a deep
 * history page starts its walk at the month of its first play instead of skipping every play before
 * it. Savers add in key order, so rows are locked alike.
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

  /** Plays in the month that begins at {@code start}. */
  record Month(Instant start, long plays) {}

  /** The player's plays (of {@code difficulty}, when not null) per month, oldest first. */
  static List<Month> months(DSLContext dsl, String player, Difficulty difficulty) {
    Field<OffsetDateTime> month = PLAY_MONTH.MONTH;
    Condition which =
        difficulty == null ? DSL.noCondition() : PLAY_MONTH.DIFFICULTY.eq(difficulty.name());
    List<Month> months = new ArrayList<>();
    for (Record2<OffsetDateTime, BigDecimal> r :
        dsl.select(month, DSL.sum(PLAY_MONTH.PLAYS))
            .from(PLAY_MONTH)
            .where(PLAY_MONTH.PLAYER.eq(player))
            .and(which)
            .groupBy(month)
            .orderBy(month)
            .fetch()) {
      months.add(new Month(r.value1().toInstant(), r.value2().longValueExact()));
    }
    return months;
  }

  /** All of the player's plays. */
  static long total(DSLContext dsl, String player) {
    BigDecimal sum =
        dsl.select(DSL.sum(PLAY_MONTH.PLAYS))
            .from(PLAY_MONTH)
            .where(PLAY_MONTH.PLAYER.eq(player))
            .fetchOne(0, BigDecimal.class);
    return sum == null ? 0 : sum.longValueExact();
  }

  static long total(List<Month> months) {
    return months.stream().mapToLong(Month::plays).sum();
  }

  /**
   * Where to start a walk that skips {@code skip} of these plays, newest first or oldest first: at
   * the month that holds the first play wanted.
   */
  static Optional<Start> start(List<Month> months, long skip, boolean newestFirst) {
    List<Month> inWalk = newestFirst ? reversed(months) : months;
    long before = 0;
    for (Month m : inWalk) {
      if (before + m.plays() > skip) {
        Instant bound =
            newestFirst ? m.start().atOffset(ZoneOffset.UTC).plusMonths(1).toInstant() : m.start();
        return Optional.of(new Start(bound, skip - before));
      }
      before += m.plays();
    }
    return Optional.empty();
  }

  private static List<Month> reversed(List<Month> months) {
    List<Month> r = new ArrayList<>(months);
    Collections.reverse(r);
    return r;
  }
}
