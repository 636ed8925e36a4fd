package dev.probe.store;

import static dev.probe.store.gen.Tables.CHART_REF;
import static dev.probe.store.gen.Tables.PLAY;

import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayerId;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectConditionStep;
import org.jooq.SortField;

/**
 * Numbered pages of a player's history. The page's ids come from an index-only walk of the filter's
 * index ({@code play_page…}), and only those plays are read whole; pages past the middle walk from
 * the other end, and pages of all plays or of one difficulty start their walk at the month of their
 * first play ({@link PlayMonths}), so a deep page skips a month's plays at most. Totals come from
 * {@link PlayMonths} for those, else from {@link PlayTally} when the filter names only the chart or
 * its wording, else from a count.
 */
final class PlayPages {

  private final PlayListReader reader;

  PlayPages(PlayListReader reader) {
    this.reader = reader;
  }

  PageResult<Play> find(DSLContext dsl, PlayerId player, PlayFilter filter, PageRequest page) {
    Condition where = PLAY.PLAYER.eq(player.value()).and(PlayFilters.condition(filter));
    boolean byMonth = PlayMonths.serve(filter);
    List<PlayMonths.Month> months =
        byMonth ? PlayMonths.months(dsl, player.value(), filter.difficulty()) : List.of();
    long total =
        byMonth
            ? PlayMonths.total(months)
            : PlayTally.counts(filter)
                ? PlayTally.count(dsl, player.value(), filter)
                : dsl.fetchCount(ids(dsl, filter, where));
    long offset = page.offset();
    if (offset >= total) {
      return new PageResult<>(List.of(), page, total);
    }
    boolean fromEnd = offset > total / 2;
    long skip = fromEnd ? Math.max(0, total - offset - page.size()) : offset;
    long take = fromEnd ? Math.min(page.size(), total - offset) : page.size();
    List<SortField<?>> order = fromEnd ? oldestFirst() : newestFirst();
    Condition walk = where;
    Optional<PlayMonths.Start> start =
        byMonth ? PlayMonths.start(months, skip, !fromEnd) : Optional.empty();
    if (start.isPresent()) {
      OffsetDateTime bound = PlayRows.utc(start.get().bound());
      walk = walk.and(fromEnd ? PLAY.PLAYED_AT.ge(bound) : PLAY.PLAYED_AT.lt(bound));
      skip = start.get().skip();
    }
    List<Play> items =
        reader.list(
            dsl, PLAY.ID.in(ids(dsl, filter, walk).orderBy(order).limit(take).offset(skip)), order);
    if (fromEnd) {
      items = new ArrayList<>(items);
      Collections.reverse(items);
    }
    return new PageResult<>(items, page, total);
  }

  private static SelectConditionStep<Record1<Long>> ids(
      DSLContext dsl, PlayFilter filter, Condition where) {
    return PlayFilters.needsWording(filter)
        ? dsl.select(PLAY.ID)
            .from(PLAY)
            .join(CHART_REF)
            .on(CHART_REF.PK.eq(PLAY.REF_PK))
            .where(where)
        : dsl.select(PLAY.ID).from(PLAY).where(where);
  }

  static List<SortField<?>> oldestFirst() {
    return List.of(PLAY.PLAYED_AT.asc(), PLAY.TRACK.asc(), PLAY.PLAY_KEY.asc());
  }

  static List<SortField<?>> newestFirst() {
    return List.of(PLAY.PLAYED_AT.desc(), PLAY.TRACK.desc(), PLAY.PLAY_KEY.desc());
  }
}
