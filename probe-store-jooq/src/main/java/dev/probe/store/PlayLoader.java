package dev.probe.store;

import static dev.probe.store.gen.Tables.CHART_KEY;
import static dev.probe.store.gen.Tables.CHART_REF;
import static dev.probe.store.gen.Tables.PLAY;

import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayerId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectConditionStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/** Reads plays; every list is ordered and paged by the database. */
final class PlayLoader implements LoadPlaysPort {

  /** From how many plays to skip on, a page starts its walk at its month ({@link PlayMonths}). */
  private static final long MONTH_WALK = 1000;

  private final StoreTx tx;
  private final PlayListReader reader;

  PlayLoader(StoreTx tx, PlayListReader reader) {
    this.tx = tx;
    this.reader = reader;
  }

  @Override
  public Set<PlayKey> knownKeys(PlayerId player, Collection<PlayKey> keys) {
    return keysWhere(player, keys, DSL.noCondition());
  }

  @Override
  public Set<PlayKey> keysWithDetail(PlayerId player, Collection<PlayKey> keys) {
    return keysWhere(player, keys, PLAY.DETAIL.isNotNull());
  }

  private Set<PlayKey> keysWhere(PlayerId player, Collection<PlayKey> keys, Condition extra) {
    if (keys.isEmpty()) {
      return Set.of();
    }
    String[] wanted = keys.stream().map(PlayKey::value).distinct().toArray(String[]::new);
    return tx.read(
        dsl -> {
          Set<PlayKey> found = new HashSet<>();
          for (String k :
              dsl.select(PLAY.PLAY_KEY)
                  .from(PLAY)
                  .where(PLAY.PLAYER.eq(player.value()))
                  .and(PLAY.PLAY_KEY.eq(DSL.any(wanted)))
                  .and(extra)
                  .fetch(PLAY.PLAY_KEY)) {
            found.add(new PlayKey(k));
          }
          return Set.copyOf(found);
        });
  }

  @Override
  public Optional<Play> findPlay(PlayerId player, PlayKey key) {
    return tx.read(
        dsl ->
            PlayRows.select(dsl)
                .where(PLAY.PLAYER.eq(player.value()))
                .and(PLAY.PLAY_KEY.eq(key.value()))
                .fetchOptional(PlayRows::map));
  }

  /**
   * The page's ids come from an index-only walk of the filter's index ({@code play_page…}), and
   * only those plays are read whole; pages past the middle walk from the other end, and deep pages
   * of all plays or of one difficulty start their walk at the month of their first play ({@link
   * PlayMonths}). Totals come from {@link PlayTally} when the filter names only the chart or its
   * wording.
   */
  @Override
  public PageResult<Play> findPlays(PlayerId player, PlayFilter filter, PageRequest page) {
    Condition where = PLAY.PLAYER.eq(player.value()).and(PlayFilters.condition(filter));
    return tx.read(
        dsl -> {
          long total =
              PlayTally.counts(filter)
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
          if (skip >= MONTH_WALK && PlayMonths.serve(filter)) {
            Optional<PlayMonths.Start> start =
                PlayMonths.start(dsl, player.value(), filter.difficulty(), skip, !fromEnd);
            if (start.isPresent()) {
              OffsetDateTime bound = PlayRows.utc(start.get().bound());
              walk = walk.and(fromEnd ? PLAY.PLAYED_AT.ge(bound) : PLAY.PLAYED_AT.lt(bound));
              skip = start.get().skip();
            }
          }
          List<Play> items =
              reader.list(
                  dsl,
                  PLAY.ID.in(ids(dsl, filter, walk).orderBy(order).limit(take).offset(skip)),
                  order);
          if (fromEnd) {
            items = new ArrayList<>(items);
            Collections.reverse(items);
          }
          return new PageResult<>(items, page, total);
        });
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

  @Override
  public List<Play> chartHistory(PlayerId player, ChartId chart) {
    return tx.read(
        dsl ->
            reader.list(
                dsl,
                PLAY.PLAYER.eq(player.value()).and(PLAY.CHART_PK.eq(PlayFilters.chartPk(chart))),
                oldestFirst()));
  }

  @Override
  public Map<ChartId, Play> firstPlays(PlayerId player, Collection<ChartId> charts) {
    if (charts.isEmpty()) {
      return Map.of();
    }
    List<String> ids = charts.stream().map(ChartId::asString).distinct().toList();
    return tx.read(
        dsl -> {
          // The oldest play of each chart: one row per chart, by the (player, chart, time) index.
          var firsts =
              DSL.select(PLAY.ID)
                  .distinctOn(PLAY.CHART_PK)
                  .from(PLAY)
                  .where(
                      PLAY.PLAYER
                          .eq(player.value())
                          .and(
                              PLAY.CHART_PK.in(
                                  DSL.select(CHART_KEY.PK)
                                      .from(CHART_KEY)
                                      .where(CHART_KEY.CHART_ID.in(ids)))))
                  .orderBy(PLAY.CHART_PK, PLAY.PLAYED_AT, PLAY.TRACK, PLAY.PLAY_KEY);
          Map<ChartId, Play> first = new HashMap<>();
          for (Play p : reader.list(dsl, PLAY.ID.in(firsts), oldestFirst())) {
            first.put(p.chartId(), p);
          }
          return first;
        });
  }

  @Override
  public List<Play> playsOfRun(long syncRunId) {
    return tx.read(dsl -> reader.list(dsl, PLAY.FIRST_RUN.eq(syncRunId), oldestFirst()));
  }

  @Override
  public List<Play> playsBeforeWithoutDetail(PlayerId player, Instant before) {
    return tx.read(
        dsl ->
            reader.listWithoutDetail(
                dsl,
                PLAY.PLAYER.eq(player.value()).and(PLAY.PLAYED_AT.lt(PlayRows.utc(before))),
                oldestFirst()));
  }

  @Override
  public List<Play> playsBefore(PlayerId player, Instant before) {
    return tx.read(
        dsl ->
            reader.list(
                dsl,
                PLAY.PLAYER.eq(player.value()).and(PLAY.PLAYED_AT.lt(PlayRows.utc(before))),
                oldestFirst()));
  }

  @Override
  public long countPlays(PlayerId player) {
    return tx.read(dsl -> PlayTally.count(dsl, player.value(), PlayFilter.ALL));
  }

  private static List<SortField<?>> oldestFirst() {
    return List.of(PLAY.PLAYED_AT.asc(), PLAY.TRACK.asc(), PLAY.PLAY_KEY.asc());
  }

  private static List<SortField<?>> newestFirst() {
    return List.of(PLAY.PLAYED_AT.desc(), PLAY.TRACK.desc(), PLAY.PLAY_KEY.desc());
  }
}
