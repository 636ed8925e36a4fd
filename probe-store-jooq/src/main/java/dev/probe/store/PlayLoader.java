package dev.probe.store;

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
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Reads plays; every list is ordered and paged by the database. */
final class PlayLoader implements LoadPlaysPort {

  private final StoreTx tx;

  PlayLoader(StoreTx tx) {
    this.tx = tx;
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

  @Override
  public PageResult<Play> findPlays(PlayerId player, PlayFilter filter, PageRequest page) {
    Condition where = PLAY.PLAYER.eq(player.value()).and(PlayFilters.condition(filter));
    boolean needsRef = PlayFilters.needsWording(filter);
    return tx.read(
        dsl -> {
          List<Play> items =
              PlayRows.select(dsl)
                  .where(where)
                  .orderBy(PLAY.PLAYED_AT.desc(), PLAY.TRACK.desc(), PLAY.PLAY_KEY.desc())
                  .limit(page.size())
                  .offset(page.offset())
                  .fetch(PlayRows::map);
          long total =
              needsRef
                  ? dsl.fetchCount(
                      dsl.selectOne()
                          .from(PLAY)
                          .join(CHART_REF)
                          .on(CHART_REF.PK.eq(PLAY.REF_PK))
                          .where(where))
                  : dsl.fetchCount(PLAY, where);
          return new PageResult<>(items, page, total);
        });
  }

  @Override
  public List<Play> chartHistory(PlayerId player, ChartId chart) {
    return tx.read(
        dsl ->
            PlayRows.select(dsl)
                .where(PLAY.PLAYER.eq(player.value()))
                .and(PLAY.CHART_PK.eq(PlayFilters.chartPk(chart)))
                .orderBy(oldestFirst())
                .fetch(PlayRows::map));
  }

  @Override
  public List<Play> playsOfRun(long syncRunId) {
    return tx.read(
        dsl ->
            PlayRows.select(dsl)
                .where(PLAY.FIRST_RUN.eq(syncRunId))
                .orderBy(oldestFirst())
                .fetch(PlayRows::map));
  }

  @Override
  public List<Play> playsBeforeWithoutDetail(PlayerId player, Instant before) {
    return tx.read(
        dsl ->
            PlayRows.selectWithoutDetail(dsl)
                .where(PLAY.PLAYER.eq(player.value()))
                .and(PLAY.PLAYED_AT.lt(PlayRows.utc(before)))
                .orderBy(oldestFirst())
                .fetch(PlayRows::map));
  }

  @Override
  public List<Play> playsBefore(PlayerId player, Instant before) {
    return tx.read(
        dsl ->
            PlayRows.select(dsl)
                .where(PLAY.PLAYER.eq(player.value()))
                .and(PLAY.PLAYED_AT.lt(PlayRows.utc(before)))
                .orderBy(oldestFirst())
                .fetch(PlayRows::map));
  }

  @Override
  public long countPlays(PlayerId player) {
    return tx.read(dsl -> (long) dsl.fetchCount(PLAY, PLAY.PLAYER.eq(player.value())));
  }

  private static List<org.jooq.SortField<?>> oldestFirst() {
    return List.of(PLAY.PLAYED_AT.asc(), PLAY.TRACK.asc(), PLAY.PLAY_KEY.asc());
  }
}
